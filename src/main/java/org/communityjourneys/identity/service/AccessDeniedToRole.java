package org.communityjourneys.identity.service;

import java.util.Locale;
import org.communityjourneys.shared.domain.Worded;
import org.communityjourneys.shared.domain.Wording;
import org.springframework.security.access.AccessDeniedException;

/**
 * A user tried something their role does not allow; the message is shown to them. One made with
 * {@link #worded} is said in the reader's language too; one made with a plain message says just that.
 */
public class AccessDeniedToRole extends AccessDeniedException implements Worded {

    /** {@code null} for a refusal made with a plain message. */
    private final transient Wording wording;

    public AccessDeniedToRole(String message) {
        super(message);
        this.wording = null;
    }

    private AccessDeniedToRole(Wording wording) {
        super(wording.english());
        this.wording = wording;
    }

    /** Refused with the bundles' text for the key (English as the message). */
    public static AccessDeniedToRole worded(String key, Object... arguments) {
        return new AccessDeniedToRole(Wording.of(key, arguments));
    }

    @Override
    public String messageKey() {
        return wording == null ? null : wording.messageKey();
    }

    @Override
    public Object[] messageArguments() {
        return wording == null ? new Object[0] : wording.messageArguments();
    }

    @Override
    public String in(Locale locale) {
        return wording == null ? getMessage() : wording.in(locale);
    }
}

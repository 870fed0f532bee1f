package org.communityjourneys.identity.service;

import java.util.Locale;
import org.communityjourneys.shared.domain.MessageBundles;
import org.communityjourneys.shared.domain.Worded;
import org.springframework.security.access.AccessDeniedException;

/**
 * A user tried something their role does not allow; the message is shown to them. One made with
 * {@link #worded} is said in the reader's language too; one made with a plain message says just that.
 */
public class AccessDeniedToRole extends AccessDeniedException implements Worded {

    private final String key;
    private final transient Object[] arguments;

    public AccessDeniedToRole(String message) {
        super(message);
        this.key = null;
        this.arguments = new Object[0];
    }

    private AccessDeniedToRole(String key, Object[] arguments) {
        super(MessageBundles.english(key, arguments));
        this.key = key;
        this.arguments = arguments == null ? new Object[0] : arguments.clone();
    }

    /** Refused with the bundles' text for the key (English as the message). */
    public static AccessDeniedToRole worded(String key, Object... arguments) {
        return new AccessDeniedToRole(key, arguments);
    }

    @Override
    public String messageKey() {
        return key;
    }

    @Override
    public Object[] messageArguments() {
        return arguments.clone();
    }

    @Override
    public String in(Locale locale) {
        return key == null ? getMessage() : MessageBundles.find(key, locale, arguments).orElse(getMessage());
    }
}

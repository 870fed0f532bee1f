package org.communityjourneys.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.communityjourneys.shared.domain.MessageBundles;

/**
 * The languages the product speaks: English (UK), the default and the fallback for every other
 * language a browser asks for, and Welsh (a draft awaiting a translator's review). The resident's
 * choice is remembered in the {@value #COOKIE} cookie for a year, so it outlives the session and a
 * log-out.
 */
public final class Languages {

    public static final Locale ENGLISH = MessageBundles.ENGLISH;
    public static final Locale WELSH = MessageBundles.WELSH;
    public static final List<Locale> SUPPORTED = List.of(ENGLISH, WELSH);
    public static final String COOKIE = "cj-lang";
    static final Duration REMEMBERED_FOR = Duration.ofDays(365);

    private Languages() {
    }

    /** The supported locale for any locale: Welsh for any Welsh, English (UK) for everything else. */
    public static Locale supported(Locale locale) {
        return MessageBundles.supported(locale);
    }

    /** The locale a language tag names ("cy-GB", "cy", "en-GB"), if it is one the product speaks. */
    public static Optional<Locale> ofTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        Locale asked = Locale.forLanguageTag(tag.trim());
        return SUPPORTED.stream().filter(locale -> locale.getLanguage().equals(asked.getLanguage())).findFirst();
    }

    /** The language remembered in the request's cookie, if any. */
    public static Optional<Locale> remembered(VaadinRequest request) {
        if (request == null || request.getCookies() == null) {
            return Optional.empty();
        }
        for (Cookie cookie : request.getCookies()) {
            if (COOKIE.equals(cookie.getName())) {
                return ofTag(cookie.getValue());
            }
        }
        return Optional.empty();
    }

    /** The language the request should be answered in: the remembered one, else English (UK). */
    public static Locale of(VaadinRequest request) {
        return remembered(request).orElse(ENGLISH);
    }

    /** Remembers the language in a cookie on the response: a year, the whole app, same-site only. */
    public static void remember(Locale locale, VaadinRequest request, VaadinResponse response) {
        if (response == null) {
            return;
        }
        Cookie cookie = new Cookie(COOKIE, supported(locale).toLanguageTag());
        String contextPath = request == null ? "" : request.getContextPath();
        cookie.setPath(contextPath == null || contextPath.isEmpty() ? "/" : contextPath);
        cookie.setMaxAge((int) REMEMBERED_FOR.toSeconds());
        cookie.setAttribute("SameSite", "Lax");
        cookie.setSecure(request != null && request.isSecure());
        response.addCookie(cookie);
    }

    /**
     * Switches this UI and session to the language, remembers it in the cookie and reloads the page
     * so that every text on it, the header's too, is in the new language.
     */
    public static void choose(UI ui, Locale chosen) {
        Locale locale = supported(chosen);
        remember(locale, VaadinRequest.getCurrent(), VaadinResponse.getCurrent());
        if (ui.getSession() != null) {
            ui.getSession().setLocale(locale);
        }
        ui.setLocale(locale);
        ui.getPage().executeJs("document.documentElement.lang = $0", locale.toLanguageTag());
        ui.getPage().reload();
    }
}

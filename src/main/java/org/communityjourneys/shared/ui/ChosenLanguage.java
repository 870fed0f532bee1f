package org.communityjourneys.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The product speaks British English whatever the browser's language, unless the resident chose
 * Welsh in the header ({@link Languages#COOKIE}): every UI and session gets that locale when it
 * starts, so texts come from its bundle, date fields read and show dd/mm/yyyy, times are on the
 * 24-hour clock and numbers use the UK's separators. The page's {@code <html lang>} says the same
 * from the first byte (the bootstrap page) and again when a UI starts. Set here once, not per
 * screen.
 */
@Component
class ChosenLanguage implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(session -> session.getSession().setLocale(Languages.of(session.getRequest())));
        event.getSource().addUIInitListener(init -> apply(init.getUI(), VaadinRequest.getCurrent()));
        event.addIndexHtmlRequestListener(response -> response.getDocument().getElementsByTag("html")
                .attr("lang", Languages.of(response.getVaadinRequest()).toLanguageTag()));
    }

    private static void apply(UI ui, VaadinRequest request) {
        Locale locale = Languages.remembered(request).orElseGet(() -> {
            VaadinSession session = ui.getSession();
            return session == null ? Languages.ENGLISH : Languages.supported(session.getLocale());
        });
        ui.setLocale(locale);
        ui.getPage().executeJs("document.documentElement.lang = $0", locale.toLanguageTag());
    }
}

package org.communityjourneys.shared.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The product speaks British English whatever the browser's language: every UI and session gets
 * {@link Locale#UK} when it starts, so date fields read and show dd/mm/yyyy, times are on the
 * 24-hour clock and components that format numbers use the UK's separators. Set here once, not
 * per screen.
 */
@Component
class BritishLocale implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(session -> session.getSession().setLocale(Locale.UK));
        event.getSource().addUIInitListener(init -> init.getUI().setLocale(Locale.UK));
    }
}

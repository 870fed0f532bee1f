package org.communityjourneys.identity.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.communityjourneys.identity.service.TooManyLoginAttempts;
import org.springframework.security.web.WebAttributes;

@Route(value = "login", autoLayout = false)
@PageTitle("Log in | Community Journeys")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private static final String CHECK_AND_RETRY = "Check your username and password and try again.";

    final LoginForm login = new LoginForm();
    private final LoginI18n i18n = LoginI18n.createDefault();

    public LoginView() {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        i18n.getForm().setTitle("Log in");
        i18n.getForm().setUsername("Username or email");
        i18n.getErrorMessage().setTitle("That did not work");
        i18n.getErrorMessage().setMessage(CHECK_AND_RETRY);
        login.setI18n(i18n);
        login.setId("login-form");
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);

        Paragraph intro = new Paragraph("Communities deciding what local prevention money is spent on.");
        add(new H1("Community Journeys"), intro, login,
                new Paragraph(new Anchor("register", "New here? Register")),
                new Paragraph(new Anchor("wards", "See what is happening in your ward")));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            // Spring Security keeps the reason of the last failed login in the session
            Object failure = VaadinSession.getCurrent() == null || VaadinSession.getCurrent().getSession() == null ? null
                    : VaadinSession.getCurrent().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            if (failure instanceof TooManyLoginAttempts tooMany) {
                i18n.getErrorMessage().setTitle("Too many attempts");
                i18n.getErrorMessage().setMessage(tooMany.getMessage());
            } else {
                i18n.getErrorMessage().setTitle("That did not work");
                i18n.getErrorMessage().setMessage(CHECK_AND_RETRY);
            }
            login.setI18n(i18n);
            login.setError(true);
        }
    }
}

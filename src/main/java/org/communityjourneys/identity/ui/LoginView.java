package org.communityjourneys.identity.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.communityjourneys.identity.service.TooManyLoginAttempts;
import org.communityjourneys.shared.ui.Translations;
import org.springframework.security.web.WebAttributes;

@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final LoginForm login = new LoginForm();
    private final LoginI18n i18n = LoginI18n.createDefault();

    public LoginView() {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login.failedTitle"));
        i18n.getErrorMessage().setMessage(getTranslation("login.checkAndRetry"));
        login.setI18n(i18n);
        login.setId("login-form");
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);

        Paragraph intro = new Paragraph(getTranslation("login.intro"));
        add(new H1(getTranslation("app.name")), intro, login,
                new Paragraph(new Anchor("register", getTranslation("login.register"))),
                new Paragraph(new Anchor("wards", getTranslation("login.seeYourWard"))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.pageTitle", getTranslation("login.title"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            // Spring Security keeps the reason of the last failed login in the session
            Object failure = VaadinSession.getCurrent() == null || VaadinSession.getCurrent().getSession() == null ? null
                    : VaadinSession.getCurrent().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            if (failure instanceof TooManyLoginAttempts tooMany) {
                i18n.getErrorMessage().setTitle(getTranslation("login.tooManyTitle"));
                i18n.getErrorMessage().setMessage(Translations.explain(tooMany));
            } else {
                i18n.getErrorMessage().setTitle(getTranslation("login.failedTitle"));
                i18n.getErrorMessage().setMessage(getTranslation("login.checkAndRetry"));
            }
            login.setI18n(i18n);
            login.setError(true);
        }
    }
}

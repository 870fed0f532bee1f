package org.communityjourneys.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.github.mvysny.fakeservlet.FakeResponse;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.ServletResponseWrapper;
import jakarta.servlet.http.Cookie;
import java.util.Locale;
import org.communityjourneys.notifications.service.Notifications;
import org.communityjourneys.shared.ui.Languages;
import org.communityjourneys.support.SpringMockVaadin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

/** The header's language chooser and the front page in English (UK) and in Welsh. */
@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(username = "resident", roles = "RESIDENT")
class LanguageChooserTest {

    @Autowired
    ApplicationContext context;

    @BeforeEach
    void setUp() {
        SpringMockVaadin.setUp(context, HomeView.class);
    }

    @AfterEach
    void tearDown() {
        SpringMockVaadin.tearDown();
    }

    private MainLayout header() {
        MainLayout layout = new MainLayout(context.getBean(AuthenticationContext.class), context.getBean(Notifications.class), context.getBean(MenusByRoles.class));
        UI.getCurrent().add(layout);
        return layout;
    }

    private static FakeResponse response() {
        ServletResponse response = ((VaadinServletResponse) VaadinResponse.getCurrent()).getResponse();
        while (response instanceof ServletResponseWrapper wrapper) {
            response = wrapper.getResponse();
        }
        return (FakeResponse) response;
    }

    @Test
    void thePageIsInEnglishUnlessWelshIsChosen() {
        // the mock UI starts in the JVM's language ("en"), which the app answers in English (UK)
        assertThat(Languages.supported(UI.getCurrent().getLocale())).isEqualTo(Locale.UK);
        UI.getCurrent().navigate("");
        assertThat(_get(H1.class).getText()).isEqualTo("Community Journeys");
        assertThat(_get(H2.class).getText()).isEqualTo("How a journey runs");
    }

    @Test
    void thePageIsInWelshWhenTheUiIs() {
        UI.getCurrent().setLocale(Languages.WELSH);
        UI.getCurrent().refreshCurrentRoute(true);
        assertThat(_get(H1.class).getText()).isEqualTo("Teithiau Cymunedol");
        assertThat(_get(H2.class).getText()).isEqualTo("Sut mae taith yn gweithio");
        assertThat(_get(HomeView.class).getPageTitle()).isEqualTo("Teithiau Cymunedol");
    }

    @Test
    void theChooserSwitchesToWelshAndRemembersItInACookie() {
        MainLayout english = header();
        Button cymraeg = _get(english, Button.class, spec -> spec.withId("language-cy"));
        assertThat(cymraeg.getText()).isEqualTo("Cymraeg");
        assertThat(cymraeg.getElement().getAttribute("lang")).isEqualTo("cy-GB");
        assertThat(_get(english, Button.class, spec -> spec.withId("log-out")).getText()).isEqualTo("Log out");
        _assertNone(english, Span.class, spec -> spec.withId("draft-translation"));

        _click(cymraeg);

        assertThat(VaadinSession.getCurrent().getLocale()).isEqualTo(Languages.WELSH);
        Cookie remembered = response().getCookie(Languages.COOKIE);
        assertThat(remembered.getValue()).isEqualTo("cy-GB");
        assertThat(remembered.getMaxAge()).isEqualTo(365 * 24 * 60 * 60);
        assertThat(remembered.getPath()).isEqualTo("/");
        assertThat(remembered.getAttribute("SameSite")).isEqualTo("Lax");

        // the page reloads (Karibu makes a new UI, without the app's service listeners: here the
        // test gives it the session's language as ChosenLanguage does); the header built again is
        // in Welsh and offers English, marked as English
        UI.getCurrent().setLocale(VaadinSession.getCurrent().getLocale());
        MainLayout welsh = header();
        Button englishChooser = _get(welsh, Button.class, spec -> spec.withId("language-en"));
        assertThat(englishChooser.getText()).isEqualTo("English");
        assertThat(englishChooser.getElement().getAttribute("lang")).isEqualTo("en-GB");
        assertThat(_get(welsh, Button.class, spec -> spec.withId("log-out")).getText()).isEqualTo("Allgofnodi");
        assertThat(_get(welsh, Span.class, spec -> spec.withId("draft-translation")).getText()).isEqualTo("Cyfieithiad drafft");
    }

    @Test
    void theCookieNamesTheLanguageOfANewSessionAndAnythingElseIsEnglish() {
        assertThat(Languages.of(requestWithCookie("cy-GB"))).isEqualTo(Languages.WELSH);
        assertThat(Languages.of(requestWithCookie("cy"))).isEqualTo(Languages.WELSH);
        assertThat(Languages.of(requestWithCookie("en-GB"))).isEqualTo(Locale.UK);
        assertThat(Languages.of(requestWithCookie("fr-FR"))).isEqualTo(Locale.UK);
        assertThat(Languages.of(requestWithCookie("<script>"))).isEqualTo(Locale.UK);
        VaadinRequest none = mock(VaadinRequest.class);
        assertThat(Languages.of(none)).isEqualTo(Locale.UK);
        assertThat(Languages.supported(Locale.GERMANY)).isEqualTo(Locale.UK);
    }

    private static VaadinRequest requestWithCookie(String value) {
        VaadinRequest request = mock(VaadinRequest.class);
        when(request.getCookies()).thenReturn(new Cookie[] {new Cookie("other", "x"), new Cookie(Languages.COOKIE, value)});
        return request;
    }
}

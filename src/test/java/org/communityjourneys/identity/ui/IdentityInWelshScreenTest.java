package org.communityjourneys.identity.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.UUID;
import org.communityjourneys.identity.domain.AgeBand;
import org.communityjourneys.identity.domain.Registration;
import org.communityjourneys.identity.domain.Role;
import org.communityjourneys.identity.domain.UserAccount;
import org.communityjourneys.identity.service.AccountService;
import org.communityjourneys.identity.service.ResidentRegistration;
import org.communityjourneys.identity.service.TooManyAttempts;
import org.communityjourneys.identity.service.TooManyLoginAttempts;
import org.communityjourneys.notifications.domain.Notice;
import org.communityjourneys.notifications.domain.Notification;
import org.communityjourneys.notifications.domain.NotificationRepository;
import org.communityjourneys.notifications.ui.NotificationsView;
import org.communityjourneys.shared.domain.MessageBundles;
import org.communityjourneys.shared.domain.UkTime;
import org.communityjourneys.shared.ui.Languages;
import org.communityjourneys.support.Journeys;
import org.communityjourneys.support.SpringMockVaadin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.context.ActiveProfiles;

/**
 * The identity screens while the UI is in Welsh: the residents page (staff), a registration refused
 * on the register page, too many attempts on the login page and the notifications' times; and the
 * same in English, word for word as before.
 */
@SpringBootTest
@ActiveProfiles("test")
class IdentityInWelshScreenTest {

    private static final String PASSWORD = "a long enough password";
    /** 17:00 on 2 December 2026 in the county (GMT then). */
    private static final Instant DECEMBER = Instant.parse("2026-12-02T17:00:00Z");

    @Autowired
    ApplicationContext context;
    @Autowired
    ResidentRegistration registration;
    @Autowired
    AccountService accounts;
    @Autowired
    NotificationRepository notifications;

    @AfterEach
    void tearDown() {
        SpringMockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    private static void signIn(String username, String... roles) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                AuthorityUtils.createAuthorityList(java.util.Arrays.stream(roles).map(role -> "ROLE_" + role).toArray(String[]::new))));
    }

    private void open(Locale locale, String location) {
        SpringMockVaadin.setUp(context, ResidentsView.class, RegisterView.class, LoginView.class, NotificationsView.class);
        UI.getCurrent().setLocale(locale);
        UI.getCurrent().navigate(location);
    }

    private UserAccount newResident() {
        return registration.register(new Registration("Robin Example", "resident-" + UUID.randomUUID() + "@example.org",
                PASSWORD, "HR9 9ZZ", Journeys.WARD, AgeBand.AGE_65_PLUS, true));
    }

    @SuppressWarnings("unchecked")
    private static Grid<UserAccount> residentsGrid() {
        return _get(Grid.class, spec -> spec.withId("residents-grid"));
    }

    private static String text(String id) {
        return _get(Div.class, spec -> spec.withId(id)).getText();
    }

    @Test
    void theResidentsPageIsInWelsh() {
        UserAccount resident = newResident();
        signIn("facilitator", "FACILITATOR");
        open(Languages.WELSH, "residents");
        assertThat(_get(H1.class).getText()).isEqualTo("Trigolion");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Trigolion | Teithiau Cymunedol");
        assertThat(_get(TextField.class, spec -> spec.withId("residents-search")).getLabel())
                .isEqualTo("Chwilio yn ôl enw, e-bost neu god post");
        assertThat(_get(Button.class, spec -> spec.withId("residents-verify")).getText()).isEqualTo("Dilysu wyneb yn wyneb");
        assertThat(residentsGrid().getColumns().stream().map(Grid.Column::getHeaderText).toList())
                .containsExactly("Enw", "E-bost", "Cod post", "Ward", "Statws", "Yr un person");

        _get(TextField.class, spec -> spec.withId("residents-search")).setValue(resident.getUsername());
        Grid<UserAccount> grid = residentsGrid();
        assertThat(GridKt._getFormattedRow(grid, 0).get(4)).isEqualTo("Heb ddilysu eto");
        grid.select(GridKt._get(grid, 0));

        // verifying without a note: the service's refusal, in Welsh
        ButtonKt._click(_get(Button.class, spec -> spec.withId("residents-verify")));
        assertThat(text("residents-status")).isEqualTo("Dywedwch sut y gwnaethoch wirio ble mae'r person hwn yn byw.");

        ButtonKt._click(_get(Button.class, spec -> spec.withId("residents-issue-code")));
        String welshMonths = "(Ionawr|Chwefror|Mawrth|Ebrill|Mai|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr)";
        assertThat(text("residents-issued-code")).matches("Cod ar gyfer Robin Example: [A-Z2-9]{4}-[A-Z2-9]{4} "
                + "\\(yn gweithio tan \\d{1,2} " + welshMonths + " \\d{4}\\)\\. Dim ond nawr y caiff ei ddangos\\.");
        assertThat(text("residents-status")).isEqualTo("Rhoddwyd cod ar gyfer Robin Example.");

        _get(TextField.class, spec -> spec.withId("residents-note")).setValue("Met at the hub");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("residents-verify")));
        assertThat(text("residents-status")).isEqualTo("Dilyswyd Robin Example.");
    }

    @Test
    void theResidentsPageIsUnchangedInEnglish() {
        UserAccount resident = newResident();
        signIn("facilitator", "FACILITATOR");
        open(Languages.ENGLISH, "residents");
        assertThat(_get(H1.class).getText()).isEqualTo("Residents");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Residents | Community Journeys");
        assertThat(residentsGrid().getColumns().stream().map(Grid.Column::getHeaderText).toList())
                .containsExactly("Name", "Email", "Postcode", "Ward", "Status", "Same person");
        _get(TextField.class, spec -> spec.withId("residents-search")).setValue(resident.getUsername());
        Grid<UserAccount> grid = residentsGrid();
        assertThat(GridKt._getFormattedRow(grid, 0).get(4)).isEqualTo("Not yet verified");
        grid.select(GridKt._get(grid, 0));
        ButtonKt._click(_get(Button.class, spec -> spec.withId("residents-verify")));
        assertThat(text("residents-status")).isEqualTo("Please say how you checked where this person lives.");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("residents-issue-code")));
        assertThat(text("residents-issued-code")).matches("Code for Robin Example: [A-Z2-9]{4}-[A-Z2-9]{4} "
                + "\\(works until \\d{1,2} [A-Z][a-z]+ \\d{4}\\)\\. It is shown only now\\.");
        assertThat(text("residents-status")).isEqualTo("A code was issued for Robin Example.");
    }

    @Test
    void aRefusedRegistrationIsSaidInWelshOnItsFields() {
        open(Languages.WELSH, "register");
        _get(TextField.class, spec -> spec.withId("register-postcode")).setValue("HR9 9ZZ");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("register-submit")));
        assertThat(_get(TextField.class, spec -> spec.withId("register-name")).getErrorMessage()).isEqualTo("Rhowch eich enw.");
        assertThat(_get(EmailField.class, spec -> spec.withId("register-email")).getErrorMessage())
                .isEqualTo("Rhowch gyfeiriad e-bost fel enw@example.org.");
        assertThat(_get(Checkbox.class, spec -> spec.withId("register-consent")).getErrorMessage())
                .isEqualTo("Darllenwch yr hysbysiad preifatrwydd a thiciwch y blwch i gytuno iddo.");
        assertThat(text("registration-problems")).startsWith(MessageBundles.find("register.putRight", Languages.WELSH, "")
                .orElseThrow()).contains("Rhowch eich enw. Rhowch gyfeiriad e-bost fel enw@example.org.")
                .doesNotContain("Please");
    }

    @Test
    void aRefusedRegistrationIsUnchangedInEnglish() {
        open(Languages.ENGLISH, "register");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("register-submit")));
        assertThat(_get(TextField.class, spec -> spec.withId("register-name")).getErrorMessage()).isEqualTo("Please give your name.");
        assertThat(text("registration-problems")).isEqualTo("Please put right what is marked below: Please give your name. "
                + "Please give an email address like name@example.org. Please choose a password of at least 10 characters. "
                + "Please give your postcode. Please choose your age band. "
                + "Please read the privacy notice and tick the box to agree to it.");
    }

    @Test
    void tooManyAttemptsAreSaidInWelshOnTheLoginPage() {
        open(Languages.WELSH, "login");
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                new TooManyLoginAttempts(new TooManyAttempts(12)));
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        String i18n = String.valueOf(_get(LoginForm.class).getElement().getPropertyRaw("i18n"));
        assertThat(i18n).contains("Gormod o ymdrechion. Rhowch gynnig arall ymhen 12 munud.").doesNotContain("Try again");
    }

    @Test
    void tooManyAttemptsKeepTheirEnglishAndSayEachLimitInWelsh() {
        assertThat(new TooManyAttempts(1).getMessage()).isEqualTo("Too many attempts. Try again in 1 minute.");
        assertThat(new TooManyAttempts(15).getMessage()).isEqualTo("Too many attempts. Try again in 15 minutes.");
        assertThat(TooManyAttempts.message(15)).isEqualTo("Too many attempts. Try again in 15 minutes.");
        assertThat(new TooManyAttempts("ideas", 1440).getMessage()).isEqualTo("Too many ideas. Try again in 1440 minutes.");
        assertThat(new TooManyAttempts("supports", 3).in(Languages.WELSH))
                .isEqualTo("Gormod o gefnogaethau. Rhowch gynnig arall ymhen 3 munud.");
        assertThat(new TooManyLoginAttempts(new TooManyAttempts(5)).getMessage()).isEqualTo("Too many attempts. Try again in 5 minutes.");
        assertThat(new TooManyLoginAttempts(new TooManyAttempts(1)).in(Languages.WELSH))
                .isEqualTo("Gormod o ymdrechion. Rhowch gynnig arall ymhen 1 munud.");
    }

    @Test
    void notificationTimesAndRefusalsAreInWelsh() {
        String me = "nel-" + UUID.randomUUID() + "@example.org";
        accounts.ensureAccount(me, "Nel", PASSWORD, EnumSet.of(Role.RESIDENT), Journeys.WARD, true);
        Notification told = notifications.save(new Notification(me, new Notice("Ideas are open", "Say yours.", null), DECEMBER));
        signIn(me, "RESIDENT");

        open(Languages.WELSH, "notifications");
        String card = _get(Div.class, spec -> spec.withId("notification-" + told.getId())).getElement().getTextRecursively();
        assertThat(card).contains(UkTime.moment(DECEMBER, Languages.WELSH)).contains("2 Rhag 2026, 17:00");
        _get(EmailField.class, spec -> spec.withId("email-address")).setValue("not an address");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("save-email")));
        assertThat(text("email-status")).isEqualTo("Rhowch gyfeiriad e-bost fel enw@example.org.");
        SpringMockVaadin.tearDown();

        open(Languages.ENGLISH, "notifications");
        card = _get(Div.class, spec -> spec.withId("notification-" + told.getId())).getElement().getTextRecursively();
        assertThat(card).contains("2 Dec 2026, 17:00");
        _get(EmailField.class, spec -> spec.withId("email-address")).setValue("not an address");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("save-email")));
        assertThat(text("email-status")).isEqualTo("Please give an email address like name@example.org.");
    }
}

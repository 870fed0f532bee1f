package org.communityjourneys.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.communityjourneys.identity.domain.Role;
import org.communityjourneys.identity.domain.UserAccount;
import org.communityjourneys.identity.service.AccountService;
import org.communityjourneys.identity.service.CurrentUser;
import org.communityjourneys.identity.service.PersonalData;
import org.communityjourneys.identity.service.VerificationCodes;
import org.communityjourneys.shared.domain.Ward;
import org.communityjourneys.shared.service.WardDirectory;

/**
 * The signed-in person's own account: their details and ward, whether the ward is verified (and a
 * box for the one-time code a facilitator gave them), downloading their data, deleting the account.
 */
@Route("account")
@PageTitle("My account | Community Journeys")
@Menu(title = "My account", order = 90, icon = "vaadin:user")
@PermitAll
public class AccountView extends Main {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).withZone(ZoneId.of("Europe/London"));

    final TextField code = new TextField("Verification code");
    final Button redeem = new Button("Verify my ward");
    final Div codeProblem = new Div();
    final Div status = new Div();
    final Button delete = new Button("Delete my account");
    Dialog confirmation;

    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final VerificationCodes codes;
    private final PersonalData personalData;
    private final WardDirectory wards;
    private final AuthenticationContext authentication;

    public AccountView(AccountService accounts, CurrentUser currentUser, VerificationCodes codes, PersonalData personalData,
            WardDirectory wards, AuthenticationContext authentication) {
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.codes = codes;
        this.personalData = personalData;
        this.wards = wards;
        this.authentication = authentication;
        addClassName("page");
        setMaxWidth("40rem");
        code.setId("account-code");
        code.setHelperText("8 letters and numbers, for example ABCD-EFGH. Spaces and dashes do not matter.");
        code.setMaxLength(20);
        code.setWidthFull();
        code.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.OFF);
        redeem.setId("account-redeem-code");
        redeem.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        redeem.addClickListener(event -> redeem());
        codeProblem.setId("account-code-problem");
        codeProblem.getElement().setAttribute("role", "alert");
        codeProblem.getStyle().set("color", "var(--lumo-error-text-color)");
        status.setId("account-status");
        status.getElement().setAttribute("role", "status");
        delete.setId("account-delete");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(event -> confirmDeletion());
        show();
    }

    private void show() {
        removeAll();
        Optional<UserAccount> found = currentUser.username().flatMap(accounts::find);
        if (found.isEmpty()) {
            add(new H1("My account"), new Paragraph("Your account could not be found."));
            return;
        }
        UserAccount account = found.get();
        add(new H1("My account"), details(account), verification(account), dataRights(), status);
    }

    private Div details(UserAccount account) {
        Div details = new Div();
        details.setId("account-details");
        details.add(new H2("Your details"),
                line("Name", account.getDisplayName(), "account-name"),
                line(account.getUsername().contains("@") ? "Email" : "Username", account.getUsername(), "account-username"));
        if (account.getPostcode() != null) {
            details.add(line("Postcode", account.getPostcode(), "account-postcode"));
        }
        details.add(line("Ward", account.getWardCode() == null ? "None" : wards.find(account.getWardCode())
                .map(Ward::getName).orElse(account.getWardCode()), "account-ward"));
        if (account.getAgeBand() != null) {
            details.add(line("Age band", account.getAgeBand().label(), "account-age-band"));
        }
        details.add(line("Role", String.join(", ", account.getRoles().stream().map(Role::label).toList()), "account-roles"));
        return details;
    }

    private static Paragraph line(String label, String value, String id) {
        Span text = new Span(value);
        text.setId(id);
        Paragraph line = new Paragraph(new Span(label + ": "), text);
        line.getStyle().set("overflow-wrap", "anywhere");
        return line;
    }

    private Div verification(UserAccount account) {
        Div section = new Div();
        section.add(new H2("Your ward"));
        Paragraph state = new Paragraph();
        state.setId("account-verification");
        section.add(state);
        if (!account.hasRole(Role.RESIDENT)) {
            state.setText("Only residents' wards are verified.");
        } else if (account.isVerified()) {
            state.setText("Verified" + (account.getVerifiedAt() == null ? "." : " on " + DAY.format(account.getVerifiedAt()) + ".")
                    + " You can vote in journeys in your ward.");
        } else if (account.getWardCode() == null) {
            state.setText("You have no ward yet. Please ask a community facilitator.");
        } else {
            state.setText("Not yet verified. A community facilitator checks where you live, in person or by giving you "
                    + "a one-time code. If you have a code, enter it here.");
            code.clear();
            codeProblem.setText("");
            section.add(code, codeProblem, redeem);
        }
        return section;
    }

    private Div dataRights() {
        Div section = new Div();
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] json = personalData.ofCurrentUserAsJson();
            return new DownloadResponse(new ByteArrayInputStream(json), "my-community-journeys-data.json",
                    "application/json", json.length);
        }), "Download my data (JSON file)");
        download.setId("account-download");
        section.add(new H2("Your data"),
                new Paragraph("Download everything we hold about you: your account, the ideas you put forward and "
                        + "supported, and the votes you took part in (never what you voted)."),
                new Paragraph(download));
        if (personalData.mayDeleteOwnAccount()) {
            section.add(new Paragraph("Deleting your account removes your name, email, postcode and age band. "
                    + "Ideas you put forward stay, shown as by a former resident. A record that you voted stays without "
                    + "your name, so that the count of ballots still adds up."), delete);
        } else {
            section.add(new Paragraph("Staff accounts are removed by an administrator."));
        }
        return section;
    }

    void redeem() {
        try {
            codes.redeem(code.getValue(), ClientAddress.current());
            show();
            status.setText("Thank you. Your ward is now verified.");
            Notification.show("Your ward is now verified.");
        } catch (IllegalArgumentException | IllegalStateException problem) {
            // the problem sits on the code field, not apart from it
            code.setErrorMessage(problem.getMessage());
            code.setInvalid(true);
        }
    }

    void confirmDeletion() {
        confirmation = new Dialog();
        confirmation.setHeaderTitle("Delete your account?");
        confirmation.add(new Paragraph("This cannot be undone. You will be logged out, and you would need to "
                + "register again to take part."));
        Button yes = new Button("Yes, delete my account", event -> deleteAccount());
        yes.setId("account-delete-confirm");
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button no = new Button("Keep my account", event -> confirmation.close());
        no.setId("account-delete-cancel");
        confirmation.getFooter().add(no, yes);
        confirmation.open();
    }

    void deleteAccount() {
        confirmation.close();
        try {
            personalData.deleteCurrentAccount();
        } catch (IllegalStateException | org.springframework.security.access.AccessDeniedException problem) {
            status.setText(problem.getMessage());
            return;
        }
        authentication.logout();
    }
}

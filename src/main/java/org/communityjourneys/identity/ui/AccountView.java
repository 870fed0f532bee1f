package org.communityjourneys.identity.ui;

import org.communityjourneys.shared.domain.UkTime;
import org.communityjourneys.shared.ui.Translations;
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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
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
@Menu(title = "My account", order = 90, icon = "vaadin:user")
@PermitAll
public class AccountView extends Main implements HasDynamicTitle {

    final TextField code = new TextField(getTranslation("account.codeLabel"));
    final Button redeem = new Button(getTranslation("account.verify"));
    final Div codeProblem = new Div();
    final Div status = new Div();
    final Button delete = new Button(getTranslation("account.delete"));
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
        code.setHelperText(getTranslation("account.codeHelper"));
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
            add(new H1(getTranslation("account.heading")), new Paragraph(getTranslation("account.notFound")));
            return;
        }
        UserAccount account = found.get();
        add(new H1(getTranslation("account.heading")), details(account), verification(account), dataRights(), status);
    }

    private Div details(UserAccount account) {
        Div details = new Div();
        details.setId("account-details");
        details.add(new H2(getTranslation("account.details")),
                line(getTranslation("account.name"), account.getDisplayName(), "account-name"),
                line(getTranslation(account.getUsername().contains("@") ? "account.email" : "account.username"), account.getUsername(),
                        "account-username"));
        if (account.getPostcode() != null) {
            details.add(line(getTranslation("account.postcode"), account.getPostcode(), "account-postcode"));
        }
        details.add(line(getTranslation("account.ward"), account.getWardCode() == null ? getTranslation("account.noWard") : wards.find(account.getWardCode())
                .map(Ward::getName).orElse(account.getWardCode()), "account-ward"));
        if (account.getAgeBand() != null) {
            details.add(line(getTranslation("account.ageBand"),
                    Translations.label("ageBand", account.getAgeBand(), account.getAgeBand().label()), "account-age-band"));
        }
        details.add(line(getTranslation("account.role"), String.join(", ", account.getRoles().stream()
                .map(role -> Translations.label("role", role, role.label())).toList()), "account-roles"));
        return details;
    }

    private static Paragraph line(String label, String value, String id) {
        Span text = new Span(value);
        text.setId(id);
        Paragraph line = new Paragraph(new Span(Translations.text("account.lineLabel", label) + " "), text);
        line.getStyle().set("overflow-wrap", "anywhere");
        return line;
    }

    private Div verification(UserAccount account) {
        Div section = new Div();
        section.add(new H2(getTranslation("account.yourWard")));
        Paragraph state = new Paragraph();
        state.setId("account-verification");
        section.add(state);
        if (!account.hasRole(Role.RESIDENT)) {
            state.setText(getTranslation("account.onlyResidents"));
        } else if (account.isVerified()) {
            state.setText((account.getVerifiedAt() == null ? getTranslation("account.verified")
                    : getTranslation("account.verifiedOn", UkTime.day(account.getVerifiedAt(), Translations.current())))
                    + " " + getTranslation("account.canVote"));
        } else if (account.getWardCode() == null) {
            state.setText(getTranslation("account.noWardYet"));
        } else {
            state.setText(getTranslation("account.notVerified"));
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
        }), getTranslation("account.download"));
        download.setId("account-download");
        section.add(new H2(getTranslation("account.yourData")),
                new Paragraph(getTranslation("account.downloadIntro")),
                new Paragraph(download));
        if (personalData.mayDeleteOwnAccount()) {
            section.add(new Paragraph(getTranslation("account.deleteIntro")), delete);
        } else {
            section.add(new Paragraph(getTranslation("account.staffRemoved")));
        }
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.pageTitle", getTranslation("account.heading"));
    }

    void redeem() {
        try {
            codes.redeem(code.getValue(), ClientAddress.current());
            show();
            status.setText(getTranslation("account.thankYouVerified"));
            Notification.show(getTranslation("account.nowVerified"));
        } catch (IllegalArgumentException | IllegalStateException problem) {
            // the problem sits on the code field, not apart from it
            code.setErrorMessage(Translations.explain(problem));
            code.setInvalid(true);
        }
    }

    void confirmDeletion() {
        confirmation = new Dialog();
        confirmation.setHeaderTitle(getTranslation("account.deleteTitle"));
        confirmation.add(new Paragraph(getTranslation("account.deleteWarning")));
        Button yes = new Button(getTranslation("account.deleteYes"), event -> deleteAccount());
        yes.setId("account-delete-confirm");
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button no = new Button(getTranslation("account.deleteNo"), event -> confirmation.close());
        no.setId("account-delete-cancel");
        confirmation.getFooter().add(no, yes);
        confirmation.open();
    }

    void deleteAccount() {
        confirmation.close();
        try {
            personalData.deleteCurrentAccount();
        } catch (IllegalStateException | org.springframework.security.access.AccessDeniedException problem) {
            status.setText(Translations.explain(problem));
            return;
        }
        authentication.logout();
    }
}

package org.communityjourneys.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.Optional;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.communityjourneys.identity.domain.UserAccount;
import org.communityjourneys.identity.service.PersonalData;
import org.communityjourneys.identity.service.ResidentRegistration;
import org.communityjourneys.identity.service.VerificationCodes;
import org.communityjourneys.shared.domain.Ward;
import org.communityjourneys.shared.service.WardDirectory;

/** Facilitators find residents and verify in person where they live. */
@Route("residents")
@PageTitle("Residents | Community Journeys")
@Menu(title = "Residents", order = 60, icon = "vaadin:users")
@RolesAllowed({"FACILITATOR", "GOVERNANCE", "ADMIN"})
public class ResidentsView extends Main {

    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter
            .ofPattern("d MMMM yyyy", java.util.Locale.UK).withZone(java.time.ZoneId.of("Europe/London"));

    final TextField search = new TextField("Search by name, email or postcode");
    final Grid<UserAccount> residents = new Grid<>(UserAccount.class, false);
    final TextField note = new TextField("How did you check? (note)");
    final Button verify = new Button("Verify in person");
    final Button issueCode = new Button("Give a one-time code");
    final Div status = new Div();
    final Div issuedCode = new Div();
    final Button notSamePerson = new Button("Not the same person");
    final Anchor download = new Anchor();
    final Button erase = new Button("Erase this paper record");

    private final ResidentRegistration registration;
    private final VerificationCodes codes;
    private final PersonalData personalData;

    public ResidentsView(ResidentRegistration registration, VerificationCodes codes, WardDirectory wards,
            PersonalData personalData) {
        this.registration = registration;
        this.codes = codes;
        this.personalData = personalData;
        search.setId("residents-search");
        note.setId("residents-note");
        verify.setId("residents-verify");
        issueCode.setId("residents-issue-code");
        status.setId("residents-status");
        issuedCode.setId("residents-issued-code");
        residents.setId("residents-grid");
        addClassName("page");
        search.setWidthFull();
        search.setClearButtonVisible(true);
        search.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
        search.addValueChangeListener(event -> refresh());
        residents.addColumn(UserAccount::getDisplayName).setHeader("Name").setAutoWidth(true);
        residents.addColumn(account -> account.isPaperOnly() ? "none: paper record" : account.getUsername())
                .setHeader("Email").setAutoWidth(true);
        residents.addColumn(UserAccount::getPostcode).setHeader("Postcode");
        residents.addColumn(account -> account.getWardCode() == null ? "" : wards.find(account.getWardCode())
                .map(Ward::getName).orElse(account.getWardCode())).setHeader("Ward");
        residents.addColumn(account -> account.isVerified() ? "Verified" : "Not yet verified").setHeader("Status");
        residents.addColumn(this::match).setHeader("Same person").setAutoWidth(true);
        residents.addSelectionListener(event -> {
            boolean unverified = event.getFirstSelectedItem().filter(a -> !a.isVerified()).isPresent();
            verify.setEnabled(unverified);
            issueCode.setEnabled(unverified);
            issuedCode.setText("");
            Optional<UserAccount> chosen = event.getFirstSelectedItem();
            notSamePerson.setEnabled(chosen.flatMap(registration::samePerson).isPresent());
            boolean paperRecord = chosen.filter(UserAccount::isPaperOnly).isPresent();
            erase.setEnabled(paperRecord);
            download.setEnabled(paperRecord);
            download.setVisible(paperRecord);
            chosen.filter(UserAccount::isPaperOnly).ifPresent(this::offerDownload);
        });
        notSamePerson.setId("residents-not-same-person");
        notSamePerson.setEnabled(false);
        notSamePerson.addClickListener(event -> unmatchSelected());
        download.setId("residents-download-paper-record");
        download.setText("Download this paper record's data (JSON file)");
        download.setVisible(false);
        erase.setId("residents-erase-paper-record");
        erase.setEnabled(false);
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR);
        erase.addClickListener(event -> confirmErase());
        note.setWidthFull();
        verify.setEnabled(false);
        verify.addClickListener(event -> verifySelected());
        issueCode.setEnabled(false);
        issueCode.addClickListener(event -> issueCodeForSelected());
        issuedCode.getStyle().set("font-size", "var(--lumo-font-size-l)");
        status.getElement().setAttribute("role", "status");
        add(new H1("Residents"),
                new Paragraph("Find a resident, check in person where they live, and verify them with a short note."),
                search, residents, new HorizontalLayout(note, verify), status,
                new Paragraph("Or, when you know where they live but cannot meet, give them a one-time code "
                        + "(by post or on the phone to a number you know is theirs). They enter it on their account page. "
                        + "The code works once, for " + codes.validDays() + " days; a new code replaces the old one."),
                issueCode, issuedCode,
                new H2("Records and data rights"),
                new Paragraph("A paper record and an online account with the same name and postcode count as one person. "
                        + "If they are two different people, say how you found out in the note and press Not the same person. "
                        + "A person with a paper record only cannot sign in: when they ask, download their data for them "
                        + "or erase their record (their votes stay counted, without their name)."),
                new Div(notSamePerson, erase), new Paragraph(download));
        refresh();
    }

    private void offerDownload(UserAccount record) {
        download.setHref(DownloadHandler.fromInputStream(event -> {
            byte[] json = personalData.ofPaperRecordAsJson(record.getId());
            return new DownloadResponse(new ByteArrayInputStream(json), "paper-record-data.json", "application/json", json.length);
        }));
        download.getElement().setAttribute("download", true);
    }

    void unmatchSelected() {
        residents.getSelectedItems().stream().findFirst().ifPresent(account -> {
            try {
                registration.notTheSamePerson(account.getId(), note.getValue());
                status.setText(account.getDisplayName() + ": the two records are now two people, who vote on their own.");
                note.clear();
                refresh();
            } catch (IllegalArgumentException | IllegalStateException problem) {
                status.setText(problem.getMessage());
            }
        });
    }

    private void confirmErase() {
        residents.getSelectedItems().stream().findFirst().ifPresent(record -> {
            ConfirmDialog dialog = new ConfirmDialog("Erase " + record.getDisplayName() + "'s paper record?",
                    "Their name, address, postcode and age band are erased. The votes they took part in stay counted, "
                            + "without their name. This cannot be undone.", "Erase", event -> eraseSelected(record), "Cancel",
                    event -> { });
            dialog.setConfirmButtonTheme("error primary");
            dialog.open();
        });
    }

    void eraseSelected(UserAccount record) {
        try {
            personalData.erasePaperRecord(record.getId());
            status.setText("The paper record of " + record.getDisplayName() + " has been erased.");
            residents.deselectAll();
            refresh();
        } catch (IllegalArgumentException | IllegalStateException problem) {
            status.setText(problem.getMessage());
        }
    }

    /** The paper record an online account was matched to, or the account a paper record was matched by. */
    private String match(UserAccount account) {
        return registration.samePerson(account).map(other -> other.isPaperOnly()
                ? "Matches the paper record entered by " + other.getVerifiedBy() + ": they vote once"
                : "Registered online since as " + other.getUsername() + ": they vote once").orElse("");
    }

    private void refresh() {
        residents.setItems(registration.searchResidents(search.getValue()));
    }

    private void issueCodeForSelected() {
        residents.getSelectedItems().stream().findFirst().ifPresent(account -> {
            try {
                VerificationCodes.IssuedCode issued = codes.issue(account.getId());
                issuedCode.setText("Code for " + account.getDisplayName() + ": " + issued.code()
                        + " (works until " + DAY.format(issued.expiresAt()) + "). It is shown only now.");
                status.setText("A code was issued for " + account.getDisplayName() + ".");
            } catch (IllegalArgumentException | IllegalStateException problem) {
                issuedCode.setText("");
                status.setText(problem.getMessage());
            }
        });
    }

    private void verifySelected() {
        residents.getSelectedItems().stream().findFirst().ifPresent(account -> {
            try {
                registration.verifyInPerson(account.getId(), note.getValue());
                status.setText(account.getDisplayName() + " is now verified.");
                Notification.show(account.getDisplayName() + " is now verified.");
                note.clear();
                refresh();
            } catch (IllegalArgumentException | IllegalStateException problem) {
                status.setText(problem.getMessage());
            }
        });
    }
}

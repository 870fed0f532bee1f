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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.communityjourneys.identity.domain.UserAccount;
import org.communityjourneys.identity.service.PersonalData;
import org.communityjourneys.identity.service.ResidentRegistration;
import org.communityjourneys.identity.service.VerificationCodes;
import org.communityjourneys.shared.domain.UkTime;
import org.communityjourneys.shared.domain.Ward;
import org.communityjourneys.shared.service.WardDirectory;
import org.communityjourneys.shared.ui.Translations;

/** Facilitators find residents and verify in person where they live. */
@Route("residents")
@Menu(title = "Residents", order = 60, icon = "vaadin:users")
@RolesAllowed({"FACILITATOR", "GOVERNANCE", "ADMIN"})
public class ResidentsView extends Main implements HasDynamicTitle {

    final TextField search = new TextField(getTranslation("residents.search"));
    final Grid<UserAccount> residents = new Grid<>(UserAccount.class, false);
    final TextField note = new TextField(getTranslation("residents.note"));
    final Button verify = new Button(getTranslation("residents.verify"));
    final Button issueCode = new Button(getTranslation("residents.issueCode"));
    final Div status = new Div();
    final Div issuedCode = new Div();
    final Button notSamePerson = new Button(getTranslation("residents.notSamePerson"));
    final Anchor download = new Anchor();
    final Button erase = new Button(getTranslation("residents.erase"));

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
        residents.addColumn(UserAccount::getDisplayName).setHeader(getTranslation("residents.name")).setAutoWidth(true);
        residents.addColumn(account -> account.isPaperOnly() ? getTranslation("residents.noEmail") : account.getUsername())
                .setHeader(getTranslation("residents.email")).setAutoWidth(true);
        residents.addColumn(UserAccount::getPostcode).setHeader(getTranslation("residents.postcode"));
        residents.addColumn(account -> account.getWardCode() == null ? "" : wards.find(account.getWardCode())
                .map(Ward::getName).orElse(account.getWardCode())).setHeader(getTranslation("residents.ward"));
        residents.addColumn(account -> getTranslation(account.isVerified() ? "residents.verified" : "residents.notVerified"))
                .setHeader(getTranslation("residents.status"));
        residents.addColumn(this::match).setHeader(getTranslation("residents.samePerson")).setAutoWidth(true);
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
        download.setText(getTranslation("residents.download"));
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
        add(new H1(getTranslation("residents.heading")),
                new Paragraph(getTranslation("residents.intro")),
                search, residents, new HorizontalLayout(note, verify), status,
                new Paragraph(getTranslation("residents.codeIntro", String.valueOf(codes.validDays()))),
                issueCode, issuedCode,
                new H2(getTranslation("residents.recordsHeading")),
                new Paragraph(getTranslation("residents.recordsIntro")),
                new Div(notSamePerson, erase), new Paragraph(download));
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.pageTitle", getTranslation("residents.heading"));
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
                status.setText(getTranslation("residents.unmatched", account.getDisplayName()));
                note.clear();
                refresh();
            } catch (IllegalArgumentException | IllegalStateException problem) {
                status.setText(Translations.explain(problem));
            }
        });
    }

    private void confirmErase() {
        residents.getSelectedItems().stream().findFirst().ifPresent(record -> {
            ConfirmDialog dialog = new ConfirmDialog(getTranslation("residents.eraseTitle", record.getDisplayName()),
                    getTranslation("residents.eraseText"), getTranslation("residents.eraseYes"), event -> eraseSelected(record),
                    getTranslation("residents.eraseNo"), event -> { });
            dialog.setConfirmButtonTheme("error primary");
            dialog.open();
        });
    }

    void eraseSelected(UserAccount record) {
        try {
            personalData.erasePaperRecord(record.getId());
            status.setText(getTranslation("residents.erased", record.getDisplayName()));
            residents.deselectAll();
            refresh();
        } catch (IllegalArgumentException | IllegalStateException problem) {
            status.setText(Translations.explain(problem));
        }
    }

    /** The paper record an online account was matched to, or the account a paper record was matched by. */
    private String match(UserAccount account) {
        return registration.samePerson(account).map(other -> other.isPaperOnly()
                ? getTranslation("residents.matchesPaperRecord", other.getVerifiedBy())
                : getTranslation("residents.registeredOnlineSince", other.getUsername())).orElse("");
    }

    private void refresh() {
        residents.setItems(registration.searchResidents(search.getValue()));
    }

    private void issueCodeForSelected() {
        residents.getSelectedItems().stream().findFirst().ifPresent(account -> {
            try {
                VerificationCodes.IssuedCode issued = codes.issue(account.getId());
                issuedCode.setText(getTranslation("residents.codeFor", account.getDisplayName(), issued.code(),
                        UkTime.day(issued.expiresAt(), Translations.current())));
                status.setText(getTranslation("residents.codeIssued", account.getDisplayName()));
            } catch (IllegalArgumentException | IllegalStateException problem) {
                issuedCode.setText("");
                status.setText(Translations.explain(problem));
            }
        });
    }

    private void verifySelected() {
        residents.getSelectedItems().stream().findFirst().ifPresent(account -> {
            try {
                registration.verifyInPerson(account.getId(), note.getValue());
                status.setText(getTranslation("residents.nowVerified", account.getDisplayName()));
                Notification.show(getTranslation("residents.nowVerified", account.getDisplayName()));
                note.clear();
                refresh();
            } catch (IllegalArgumentException | IllegalStateException problem) {
                status.setText(Translations.explain(problem));
            }
        });
    }
}

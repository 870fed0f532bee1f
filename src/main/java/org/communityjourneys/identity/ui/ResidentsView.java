package org.communityjourneys.identity.ui;

import com.vaadin.flow.component.button.Button;
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
import org.communityjourneys.identity.service.ResidentRegistration;
import org.communityjourneys.shared.domain.Ward;
import org.communityjourneys.shared.service.WardDirectory;

/** Facilitators find residents and verify in person where they live. */
@Route("residents")
@PageTitle("Residents | Community Journeys")
@Menu(title = "Residents", order = 60, icon = "vaadin:users")
@RolesAllowed({"FACILITATOR", "GOVERNANCE"})
public class ResidentsView extends Main {

    final TextField search = new TextField("Search by name, email or postcode");
    final Grid<UserAccount> residents = new Grid<>(UserAccount.class, false);
    final TextField note = new TextField("How did you check? (note)");
    final Button verify = new Button("Verify in person");
    final Div status = new Div();

    private final ResidentRegistration registration;

    public ResidentsView(ResidentRegistration registration, WardDirectory wards) {
        this.registration = registration;
        addClassName("page");
        search.setWidthFull();
        search.setClearButtonVisible(true);
        search.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
        search.addValueChangeListener(event -> refresh());
        residents.addColumn(UserAccount::getDisplayName).setHeader("Name").setAutoWidth(true);
        residents.addColumn(UserAccount::getUsername).setHeader("Email").setAutoWidth(true);
        residents.addColumn(UserAccount::getPostcode).setHeader("Postcode");
        residents.addColumn(account -> account.getWardCode() == null ? "" : wards.find(account.getWardCode())
                .map(Ward::getName).orElse(account.getWardCode())).setHeader("Ward");
        residents.addColumn(account -> account.isVerified() ? "Verified" : "Not yet verified").setHeader("Status");
        residents.addSelectionListener(event -> verify.setEnabled(event.getFirstSelectedItem().filter(a -> !a.isVerified()).isPresent()));
        note.setWidthFull();
        verify.setEnabled(false);
        verify.addClickListener(event -> verifySelected());
        status.getElement().setAttribute("role", "status");
        add(new H1("Residents"),
                new Paragraph("Find a resident, check in person where they live, and verify them with a short note."),
                search, residents, new HorizontalLayout(note, verify), status);
        refresh();
    }

    private void refresh() {
        residents.setItems(registration.searchResidents(search.getValue()));
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

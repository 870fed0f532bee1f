package org.communityjourneys.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;
import org.communityjourneys.identity.domain.AgeBand;
import org.communityjourneys.identity.domain.Registration;
import org.communityjourneys.identity.service.ResidentRegistration;
import org.communityjourneys.identity.service.TooManyAttempts;
import org.communityjourneys.shared.domain.Ward;
import org.communityjourneys.shared.service.WardDirectory;

/** A resident registers themselves; afterwards they log in. */
@Route("register")
@PageTitle("Register | Community Journeys")
@AnonymousAllowed
public class RegisterView extends Main {

    final TextField name = new TextField("Your name");
    final EmailField email = new EmailField("Email address (you log in with this)");
    final PasswordField password = new PasswordField("Password (at least " + ResidentRegistration.MIN_PASSWORD_LENGTH + " characters)");
    final TextField postcode = new TextField("Postcode");
    final Paragraph wardNote = new Paragraph();
    final ComboBox<Ward> ward = new ComboBox<>("Your ward");
    final Select<AgeBand> ageBand = new Select<>();
    final Checkbox consent = new Checkbox("I have read the privacy notice and agree to it");
    final Button register = new Button("Register");
    final Div problems = new Div();

    private final ResidentRegistration registration;

    public RegisterView(ResidentRegistration registration, WardDirectory wards) {
        this.registration = registration;
        addClassName("page");
        setMaxWidth("40rem");

        name.setId("register-name");
        email.setId("register-email");
        password.setId("register-password");
        postcode.setId("register-postcode");
        wardNote.setId("register-ward-note");
        ward.setId("register-ward");
        ageBand.setId("register-age-band");
        consent.setId("register-consent");
        register.setId("register-submit");
        name.setRequired(true);
        name.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NAME);
        email.setRequired(true);
        password.setRequired(true);
        password.setMinLength(ResidentRegistration.MIN_PASSWORD_LENGTH);
        postcode.setRequired(true);
        postcode.setHelperText("For example HR6 8AA. It tells us which ward you live in.");
        postcode.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.ON_BLUR);
        postcode.addValueChangeListener(event -> showWard(wards));
        ward.setItems(wards.all());
        ward.setItemLabelGenerator(Ward::getName);
        ward.setHelperText("We do not know your postcode yet, so please choose your ward.");
        ward.setVisible(false);
        ageBand.setLabel("Age band");
        ageBand.setItems(AgeBand.values());
        ageBand.setItemLabelGenerator(AgeBand::label);
        for (var field : new com.vaadin.flow.component.HasSize[] {name, email, password, postcode, ward, ageBand}) {
            field.setWidthFull();
        }
        problems.setId("registration-problems");
        problems.getElement().setAttribute("role", "alert");
        problems.getStyle().set("color", "var(--lumo-error-text-color)");
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        register.addClickListener(event -> submit());

        add(new H1("Register"),
                new Paragraph("Register to put forward ideas and, once a facilitator has checked where you live, to vote."),
                name, email, password, postcode, wardNote, ward, ageBand,
                new Anchor("privacy", "Read the privacy notice"), consent, problems, register,
                new Paragraph(new Anchor("login", "Already registered? Log in")));
    }

    private void showWard(WardDirectory wards) {
        if (postcode.getValue().isBlank()) {
            wardNote.setText("");
            ward.setVisible(false);
            return;
        }
        Optional<String> known = registration.wardOfPostcode(postcode.getValue());
        ward.setVisible(known.isEmpty());
        wardNote.setText(known.flatMap(wards::find).map(found -> "Your ward: " + found.getName()
                + ". A facilitator will confirm this with you.").orElse(""));
    }

    private void submit() {
        Registration form = new Registration(name.getValue(), email.getValue(), password.getValue(), postcode.getValue(),
                ward.getValue() == null ? null : ward.getValue().getCode(), ageBand.getValue(), consent.getValue());
        try {
            registration.register(form, ClientAddress.current());
            getUI().ifPresent(ui -> ui.navigate("login"));
        } catch (TooManyAttempts tooMany) {
            problems.setText(tooMany.getMessage());
        } catch (IllegalArgumentException problem) {
            problems.setText(problem.getMessage());
            if (registration.wardOfPostcode(postcode.getValue()).isEmpty() && !postcode.getValue().isBlank()) {
                ward.setVisible(true);
            }
        }
    }
}

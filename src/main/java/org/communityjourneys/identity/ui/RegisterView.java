package org.communityjourneys.identity.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;
import org.communityjourneys.identity.domain.AgeBand;
import org.communityjourneys.identity.domain.Registration;
import org.communityjourneys.identity.domain.UserAccount;
import org.communityjourneys.identity.service.RegistrationProblems;
import org.communityjourneys.identity.service.ResidentRegistration;
import org.communityjourneys.identity.service.TooManyAttempts;
import org.communityjourneys.shared.domain.Ward;
import org.communityjourneys.shared.service.PostcodeLookup;
import org.communityjourneys.shared.service.WardDirectory;

/**
 * A resident registers themselves. Each problem is shown on its field (and listed above the button);
 * afterwards the page says what happens next: who checks where they live, and how.
 */
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
    private final WardDirectory wards;

    public RegisterView(ResidentRegistration registration, WardDirectory wards) {
        this.registration = registration;
        this.wards = wards;
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
        // no required indicator: on a select it puts aria-required on a button, which axe refuses
        ageBand.setHelperText("Needed. It shows whether every age group takes part.");
        ward.setRequiredIndicatorVisible(true);
        consent.setRequiredIndicatorVisible(true);
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
                new Paragraph("Every field is needed."),
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
        postcode.setInvalid(false);
        PostcodeLookup.Standing standing = registration.postcodeStanding(postcode.getValue());
        switch (standing) {
            case KNOWN -> {
                ward.setVisible(false);
                wardNote.setText(registration.wardOfPostcode(postcode.getValue()).flatMap(wards::find)
                        .map(found -> "Your ward: " + found.getName() + ". A facilitator will confirm this with you.")
                        .orElse(""));
            }
            case UNKNOWN_IN_COUNTY -> {
                ward.setVisible(true);
                wardNote.setText("We do not know that postcode yet. Please choose your ward below; "
                        + "a facilitator will check it with you.");
            }
            case OUTSIDE_COUNTY -> {
                ward.setVisible(true);
                wardNote.setText(ResidentRegistration.OUTSIDE_COUNTY + " If you do live in Herefordshire, choose your ward below.");
            }
            default -> {
                ward.setVisible(false);
                wardNote.setText("");
                postcode.setErrorMessage("That does not look like a postcode. Check it: for example HR6 8AA.");
                postcode.setInvalid(true);
            }
        }
    }

    private void submit() {
        Registration form = new Registration(name.getValue(), email.getValue(), password.getValue(), postcode.getValue(),
                ward.getValue() == null ? null : ward.getValue().getCode(), ageBand.getValue(), consent.getValue());
        Map<RegistrationProblems.Field, HasValidation> fields = Map.of(RegistrationProblems.Field.NAME, name,
                RegistrationProblems.Field.EMAIL, email, RegistrationProblems.Field.PASSWORD, password,
                RegistrationProblems.Field.POSTCODE, postcode, RegistrationProblems.Field.WARD, ward,
                RegistrationProblems.Field.AGE_BAND, ageBand, RegistrationProblems.Field.CONSENT, consent);
        fields.values().forEach(field -> field.setInvalid(false));
        problems.setText("");
        try {
            UserAccount account = registration.register(form, ClientAddress.current());
            showWhatHappensNext(account);
        } catch (TooManyAttempts tooMany) {
            problems.setText(tooMany.getMessage());
        } catch (RegistrationProblems refused) {
            refused.byField().forEach((which, message) -> {
                fields.get(which).setErrorMessage(message);
                fields.get(which).setInvalid(true);
            });
            problems.setText("Please put right what is marked below: " + refused.getMessage());
            if (refused.byField().containsKey(RegistrationProblems.Field.WARD)) {
                ward.setVisible(true);
            }
        }
    }

    /** The registration is done: say who checks where the resident lives, and how, and what they can do meanwhile. */
    private void showWhatHappensNext(UserAccount account) {
        String wardName = account.getWardCode() == null ? "your ward"
                : wards.find(account.getWardCode()).map(Ward::getName).orElse("your ward");
        removeAll();
        Div done = new Div();
        done.setId("registration-done");
        done.getElement().setAttribute("role", "status");
        done.add(new H1("You are registered"),
                new H2("What happens next"),
                new Paragraph("A facilitator (a community development officer of the council) checks that you live in "
                        + wardName + ". They do it in one of two ways: they meet you, for example at a community hub "
                        + "or a journey event, or they give you a one-time verification code, which you type in on "
                        + "your account page (My account)."),
                new Paragraph("You can log in now with " + account.getUsername() + " and follow the journeys in your "
                        + "ward. Once you are verified you can put forward and support ideas and vote."),
                new Paragraph(new Anchor("login", "Log in")));
        add(done);
    }
}

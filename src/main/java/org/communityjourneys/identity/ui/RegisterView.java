package org.communityjourneys.identity.ui;

import org.communityjourneys.shared.ui.Translations;
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
import com.vaadin.flow.router.HasDynamicTitle;
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
@AnonymousAllowed
public class RegisterView extends Main implements HasDynamicTitle {

    final TextField name = new TextField(getTranslation("register.name"));
    final EmailField email = new EmailField(getTranslation("register.email"));
    final PasswordField password = new PasswordField(getTranslation("register.password", String.valueOf(ResidentRegistration.MIN_PASSWORD_LENGTH)));
    final TextField postcode = new TextField(getTranslation("register.postcode"));
    final Paragraph wardNote = new Paragraph();
    final ComboBox<Ward> ward = new ComboBox<>(getTranslation("register.ward"));
    final Select<AgeBand> ageBand = new Select<>();
    final Checkbox consent = new Checkbox(getTranslation("register.consent"));
    final Button register = new Button(getTranslation("register.submit"));
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
        postcode.setHelperText(getTranslation("register.postcodeHelper"));
        postcode.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.ON_BLUR);
        postcode.addValueChangeListener(event -> showWard(wards));
        ward.setItems(wards.all());
        ward.setItemLabelGenerator(Ward::getName);
        ward.setHelperText(getTranslation("register.wardHelper"));
        ward.setVisible(false);
        ageBand.setLabel(getTranslation("register.ageBand"));
        // no required indicator: on a select it puts aria-required on a button, which axe refuses
        ageBand.setHelperText(getTranslation("register.ageBandHelper"));
        ward.setRequiredIndicatorVisible(true);
        consent.setRequiredIndicatorVisible(true);
        ageBand.setItems(AgeBand.values());
        ageBand.setItemLabelGenerator(band -> Translations.label("ageBand", band, band.label()));
        for (var field : new com.vaadin.flow.component.HasSize[] {name, email, password, postcode, ward, ageBand}) {
            field.setWidthFull();
        }
        problems.setId("registration-problems");
        problems.getElement().setAttribute("role", "alert");
        problems.getStyle().set("color", "var(--lumo-error-text-color)");
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        register.addClickListener(event -> submit());

        add(new H1(getTranslation("register.heading")),
                new Paragraph(getTranslation("register.intro")),
                new Paragraph(getTranslation("register.everyField")),
                name, email, password, postcode, wardNote, ward, ageBand,
                new Anchor("privacy", getTranslation("register.readPrivacy")), consent, problems, register,
                new Paragraph(new Anchor("login", getTranslation("register.alreadyRegistered"))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.pageTitle", getTranslation("register.heading"));
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
                        .map(found -> getTranslation("register.yourWard", found.getName()))
                        .orElse(""));
            }
            case UNKNOWN_IN_COUNTY -> {
                ward.setVisible(true);
                wardNote.setText(getTranslation("register.unknownPostcode"));
            }
            case OUTSIDE_COUNTY -> {
                ward.setVisible(true);
                wardNote.setText(getTranslation("register.outsideCounty") + " " + getTranslation("register.ifYouLiveHere"));
            }
            default -> {
                ward.setVisible(false);
                wardNote.setText("");
                postcode.setErrorMessage(getTranslation("register.notAPostcode"));
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
            problems.setText(Translations.explain(tooMany));
        } catch (RegistrationProblems refused) {
            refused.byField(getLocale()).forEach((which, message) -> {
                fields.get(which).setErrorMessage(message);
                fields.get(which).setInvalid(true);
            });
            problems.setText(getTranslation("register.putRight", Translations.explain(refused)));
            if (refused.byField().containsKey(RegistrationProblems.Field.WARD)) {
                ward.setVisible(true);
            }
        }
    }

    /** The registration is done: say who checks where the resident lives, and how, and what they can do meanwhile. */
    private void showWhatHappensNext(UserAccount account) {
        String wardName = account.getWardCode() == null ? getTranslation("register.yourWardWords")
                : wards.find(account.getWardCode()).map(Ward::getName).orElse(getTranslation("register.yourWardWords"));
        removeAll();
        Div done = new Div();
        done.setId("registration-done");
        done.getElement().setAttribute("role", "status");
        done.add(new H1(getTranslation("register.done")),
                new H2(getTranslation("register.whatNext")),
                new Paragraph(getTranslation("register.facilitatorChecks", wardName)),
                new Paragraph(getTranslation("register.logInNow", account.getUsername())),
                new Paragraph(new Anchor("login", getTranslation("register.logIn"))));
        add(done);
    }
}

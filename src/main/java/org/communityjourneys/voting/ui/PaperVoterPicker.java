package org.communityjourneys.voting.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.communityjourneys.identity.domain.AgeBand;
import org.communityjourneys.identity.domain.PaperResident;
import org.communityjourneys.identity.service.RegistrationProblems;
import org.communityjourneys.shared.domain.Ward;
import org.communityjourneys.shared.ui.Translations;
import org.communityjourneys.voting.domain.PaperVoter;
import org.communityjourneys.voting.service.PaperVoting;

/**
 * Who cast a paper ballot: a resident found by name, postcode or e-mail, or a person without an
 * account whose details the facilitator takes down from the paper (name, first line of address,
 * postcode, the ward when the postcode is unknown, the age band when the vote is limited by age).
 * The search is a text field with the people it finds as radio buttons below (not a lazy combo
 * box, whose overlay can stay "loading" after an empty answer while typing): one match is chosen
 * at once, someone who has voted is listed but cannot be chosen.
 */
class PaperVoterPicker extends Div {

    final TextField search = new TextField(getTranslation("voting.voter.search"));
    final RadioButtonGroup<PaperVoter> voter = new RadioButtonGroup<>(getTranslation("voting.voter.found"));
    final Paragraph found = new Paragraph();
    private final PaperVoting paperVoting;
    private final UUID journeyId;
    final Checkbox withoutAccount = new Checkbox(getTranslation("voting.voter.withoutAccount"));
    final TextField name = new TextField(getTranslation("voting.voter.name"));
    final TextField addressLine = new TextField(getTranslation("voting.voter.addressLine"));
    final TextField postcode = new TextField(getTranslation("voting.voter.postcode"));
    final Select<Ward> ward = new Select<>();
    final Select<AgeBand> ageBand = new Select<>();
    private final Div newPerson = new Div();

    PaperVoterPicker(PaperVoting paperVoting, UUID journeyId, List<Ward> voteWards, boolean ageBandNeeded) {
        this.paperVoting = paperVoting;
        this.journeyId = journeyId;
        addClassName("paper-voter");
        search.setId("paper-voter-search");
        search.setWidthFull();
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.TIMEOUT);
        search.setValueChangeTimeout(300);
        search.setHelperText(getTranslation("voting.voter.searchHelper"));
        search.addValueChangeListener(change -> look(change.getValue()));
        voter.setId("paper-voter");
        voter.setItemLabelGenerator(PaperVoterPicker::label);
        voter.setItemEnabledProvider(person -> !person.voted());
        voter.setVisible(false);
        found.setId("paper-voter-found");
        found.getElement().setAttribute("role", "status");
        withoutAccount.setId("paper-without-account");
        withoutAccount.addValueChangeListener(change -> showNewPerson(change.getValue()));
        name.setId("paper-person-name");
        name.setMaxLength(120);
        name.setRequiredIndicatorVisible(true);
        addressLine.setId("paper-person-address");
        addressLine.setMaxLength(200);
        postcode.setId("paper-person-postcode");
        postcode.setRequiredIndicatorVisible(true);
        postcode.setHelperText(getTranslation("voting.voter.postcodeHelper"));
        ward.setId("paper-person-ward");
        ward.setLabel(getTranslation("voting.voter.ward"));
        ward.setItems(voteWards);
        ward.setItemLabelGenerator(chosen -> chosen == null ? "" : chosen.getName());
        ward.setEmptySelectionAllowed(true);
        ward.setEmptySelectionCaption(getTranslation("voting.voter.fromPostcode"));
        ageBand.setId("paper-person-age");
        // not the required indicator: Vaadin's select then puts aria-required on its button, which axe refuses
        ageBand.setLabel(getTranslation(ageBandNeeded ? "voting.voter.ageBandNeeded" : "voting.voter.ageBand"));
        ageBand.setItems(Arrays.asList(AgeBand.values()));
        ageBand.setItemLabelGenerator(band -> band == null ? "" : Translations.label("ageBand", band, band.label()));
        newPerson.addClassName("paper-new-person");
        newPerson.add(name, addressLine, postcode, ward);
        if (ageBandNeeded) {
            newPerson.add(ageBand);
        }
        newPerson.setVisible(false);
        // the checkbox on a line of its own, not beside the radio buttons
        add(search, found, voter, new Div(withoutAccount), newPerson);
    }

    private void look(String text) {
        List<PaperVoter> people = text == null || text.trim().length() < 2 ? List.of() : paperVoting.findVoters(journeyId, text);
        voter.setItems(people);
        voter.setVisible(!people.isEmpty());
        List<PaperVoter> free = people.stream().filter(person -> !person.voted()).toList();
        if (free.size() == 1) {
            voter.setValue(free.get(0));
        }
        found.setText(text == null || text.trim().length() < 2 ? ""
                : people.isEmpty() ? getTranslation("voting.voter.nobody")
                : people.size() == 1 ? getTranslation("voting.voter.one")
                : getTranslation("voting.voter.many", String.valueOf(people.size())));
    }

    /** As {@link PaperVoter#label()} says it, in the UI's language: name, postcode, the kind of record and whether they voted. */
    static String label(PaperVoter person) {
        String who = person.name() + (person.postcode() == null ? "" : ", " + person.postcode());
        String described = Translations.text(person.paperOnly() ? "voting.voter.paperRecord" : "voting.voter.onlineAccount", who);
        return person.voted() ? Translations.text("voting.voter.hasVoted", described) : described;
    }

    private void showNewPerson(boolean show) {
        newPerson.setVisible(show);
        search.setEnabled(!show);
        voter.setEnabled(!show);
        if (show) {
            voter.clear();
            name.focus();
        }
    }

    boolean isNewPerson() {
        return withoutAccount.getValue();
    }

    Optional<PaperVoter> chosen() {
        return Optional.ofNullable(voter.getValue());
    }

    PaperResident person() {
        return new PaperResident(name.getValue(), addressLine.getValue(), postcode.getValue(),
                ward.getValue() == null ? null : ward.getValue().getCode(), ageBand.getValue());
    }

    /** What the person's name reads as in the confirmation. */
    String who() {
        return isNewPerson() ? name.getValue().trim() : chosen().map(PaperVoter::name).orElse("");
    }

    /** Puts each problem on its field. */
    void show(RegistrationProblems problems) {
        Map<RegistrationProblems.Field, String> byField = problems.byField(getLocale());
        mark(name, byField.get(RegistrationProblems.Field.NAME));
        mark(addressLine, byField.get(RegistrationProblems.Field.ADDRESS));
        mark(postcode, byField.get(RegistrationProblems.Field.POSTCODE));
        ward.setInvalid(byField.containsKey(RegistrationProblems.Field.WARD));
        ward.setErrorMessage(byField.get(RegistrationProblems.Field.WARD));
        ageBand.setInvalid(byField.containsKey(RegistrationProblems.Field.AGE_BAND));
        ageBand.setErrorMessage(byField.get(RegistrationProblems.Field.AGE_BAND));
    }

    private static void mark(TextField field, String problem) {
        field.setInvalid(problem != null);
        field.setErrorMessage(problem);
    }

    /** Ready for the next paper: everything empty, the search focused. */
    void clear() {
        withoutAccount.setValue(false);
        search.clear();
        look("");
        voter.clear();
        List.of(name, addressLine, postcode).forEach(field -> {
            field.clear();
            field.setInvalid(false);
        });
        ward.clear();
        ward.setInvalid(false);
        ageBand.clear();
        ageBand.setInvalid(false);
        search.focus();
    }
}

package org.communityjourneys.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.communityjourneys.audit.service.AuditLog;
import org.communityjourneys.identity.domain.AgeBand;
import org.communityjourneys.identity.domain.Registration;
import org.communityjourneys.identity.domain.Role;
import org.communityjourneys.identity.domain.UserAccount;
import org.communityjourneys.identity.domain.UserAccountRepository;
import org.communityjourneys.identity.service.AccessDeniedToRole;
import org.communityjourneys.identity.service.RegistrationProblems;
import org.communityjourneys.identity.service.ResidentRegistration;
import org.communityjourneys.shared.service.PostcodeLookup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

/** Residents register themselves; facilitators verify them in person. */
@SpringBootTest
@ActiveProfiles("test")
class ResidentRegistrationTest {

    /** HR1 1BJ lies in College ward (postcodes-sample.csv). */
    private static final String COLLEGE = "E05009450";
    private static final String ARROW = "E05009438";

    @Autowired
    ResidentRegistration registration;
    @Autowired
    UserAccountRepository accounts;
    @Autowired
    PostcodeLookup postcodes;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    AuditLog audit;

    private static String uniqueEmail() {
        return "person-" + UUID.randomUUID() + "@example.org";
    }

    private static Registration form(String email, String postcode, String chosenWard, boolean consent) {
        return new Registration("Alex Example", email, "a long password", postcode, chosenWard, AgeBand.AGE_25_44, consent);
    }

    @Test
    void postcodesAreFoundWhateverTheirSpacingAndCase() {
        assertThat(postcodes.wardOf("HR1 1BJ")).contains(COLLEGE);
        assertThat(postcodes.wardOf("  hr11bj ")).contains(COLLEGE);
        assertThat(postcodes.wardOf("hr1   1bj")).contains(COLLEGE);
        assertThat(postcodes.wardOf("SW1A 1AA")).isEmpty();
        assertThat(postcodes.wardOf("")).isEmpty();
        assertThat(PostcodeLookup.normalise(" hr1  1bj")).isEqualTo("HR1 1BJ");
    }

    @Test
    void aKnownPostcodeGivesTheWardStillUnverified() {
        String email = uniqueEmail();
        UserAccount account = registration.register(form(email.toUpperCase(), " hr1 1bj", ARROW, true));

        UserAccount stored = accounts.findById(account.getId()).orElseThrow();
        assertThat(stored.getUsername()).isEqualTo(email);
        assertThat(stored.getWardCode()).isEqualTo(COLLEGE);
        assertThat(stored.getPostcode()).isEqualTo("HR1 1BJ");
        assertThat(stored.isVerified()).isFalse();
        assertThat(stored.getRoles()).containsExactly(Role.RESIDENT);
        assertThat(stored.getAgeBand()).isEqualTo(AgeBand.AGE_25_44);
        assertThat(stored.getPrivacyConsentAt()).isNotNull();
        assertThat(stored.getPasswordHash()).doesNotContain("a long password");
        assertThat(passwordEncoder.matches("a long password", stored.getPasswordHash())).isTrue();
    }

    @Test
    void anUnknownPostcodeTakesTheChosenWardUnverified() {
        UserAccount account = registration.register(form(uniqueEmail(), "HR9 9ZZ", ARROW, true));

        UserAccount stored = accounts.findById(account.getId()).orElseThrow();
        assertThat(stored.getWardCode()).isEqualTo(ARROW);
        assertThat(stored.getPostcode()).isEqualTo("HR9 9ZZ");
        assertThat(stored.isVerified()).isFalse();
    }

    @Test
    void anUnknownPostcodeWithoutAChosenWardIsRefused() {
        long before = accounts.count();
        assertThatThrownBy(() -> registration.register(form(uniqueEmail(), "HR9 9ZZ", null, true)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("choose your ward");
        assertThat(accounts.count()).isEqualTo(before);
    }

    @Test
    void aPostcodeOutsideTheCountyIsSaidSoOnTheWardField() {
        long before = accounts.count();
        assertThat(registration.postcodeStanding("SW1A 1AA")).isEqualTo(PostcodeLookup.Standing.OUTSIDE_COUNTY);
        assertThat(registration.postcodeStanding("HR9 9ZZ")).isEqualTo(PostcodeLookup.Standing.UNKNOWN_IN_COUNTY);
        assertThat(registration.postcodeStanding("hr1 1bj")).isEqualTo(PostcodeLookup.Standing.KNOWN);
        assertThat(registration.postcodeStanding("12345")).isEqualTo(PostcodeLookup.Standing.MALFORMED);
        assertThatThrownBy(() -> registration.register(form(uniqueEmail(), "SW1A 1AA", null, true)))
                .isInstanceOfSatisfying(RegistrationProblems.class, refused -> assertThat(refused.byField())
                        .containsOnlyKeys(RegistrationProblems.Field.WARD)
                        .extractingByKey(RegistrationProblems.Field.WARD).asString()
                        .startsWith("That postcode is outside Herefordshire").contains("choose your ward"));
        assertThat(accounts.count()).isEqualTo(before);
    }

    @Test
    void eachProblemBelongsToItsField() {
        assertThatThrownBy(() -> registration.register(new Registration(" ", "not-an-email", "short", "12345", null, null, false)))
                .isInstanceOfSatisfying(RegistrationProblems.class, refused -> assertThat(refused.byField())
                        .containsEntry(RegistrationProblems.Field.NAME, "Please give your name.")
                        .containsEntry(RegistrationProblems.Field.EMAIL, "Please give an email address like name@example.org.")
                        .containsEntry(RegistrationProblems.Field.POSTCODE, "That does not look like a postcode. Check it: for example HR6 8AA.")
                        .containsKeys(RegistrationProblems.Field.PASSWORD, RegistrationProblems.Field.AGE_BAND,
                                RegistrationProblems.Field.CONSENT));
    }

    @Test
    void aSecondAccountWithTheSameEmailIsRefused() {
        String email = uniqueEmail();
        registration.register(form(email, "HR1 1BJ", null, true));
        long before = accounts.count();

        assertThatThrownBy(() -> registration.register(form(" " + email.toUpperCase() + " ", "HR1 1BJ", null, true)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("already an account");
        assertThat(accounts.count()).isEqualTo(before);
    }

    @Test
    void withoutConsentNothingIsStored() {
        String email = uniqueEmail();
        long before = accounts.count();

        assertThatThrownBy(() -> registration.register(form(email, "HR1 1BJ", null, false)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("privacy notice");
        assertThat(accounts.count()).isEqualTo(before);
        assertThat(accounts.existsByUsername(email)).isFalse();
    }

    @Test
    void badInputIsExplainedAllAtOnce() {
        long before = accounts.count();
        assertThatThrownBy(() -> registration.register(new Registration(" ", "not-an-email", "short", "", null, null, true)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("your name")
                .hasMessageContaining("email address like")
                .hasMessageContaining("at least 10 characters")
                .hasMessageContaining("your postcode")
                .hasMessageContaining("age band");
        assertThat(accounts.count()).isEqualTo(before);
    }

    @Test
    @WithMockUser(username = "facilitator", roles = "FACILITATOR")
    void aFacilitatorFindsAndVerifiesAResidentInPersonWithANote() {
        String email = uniqueEmail();
        UserAccount account = registration.register(form(email, "HR1 1BJ", null, true));

        assertThat(registration.searchResidents(email.substring(0, 20))).extracting(UserAccount::getId).contains(account.getId());
        assertThat(registration.searchResidents("hr11bj")).extracting(UserAccount::getId).contains(account.getId());
        assertThatThrownBy(() -> registration.verifyInPerson(account.getId(), " "))
                .hasMessageContaining("how you checked");

        registration.verifyInPerson(account.getId(), "Saw a council tax bill at the library drop-in");

        UserAccount stored = accounts.findById(account.getId()).orElseThrow();
        assertThat(stored.isVerified()).isTrue();
        assertThat(stored.getVerifiedBy()).isEqualTo("facilitator");
        assertThat(stored.getVerificationNote()).isEqualTo("Saw a council tax bill at the library drop-in");
        assertThat(audit.about("account", account.getId().toString()))
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.getAction()).isEqualTo("resident.verified");
                    assertThat(entry.getActor()).isEqualTo("facilitator");
                });
        assertThatThrownBy(() -> registration.verifyInPerson(account.getId(), "again"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    @WithMockUser(username = "resident", roles = "RESIDENT")
    void aResidentCannotSearchOrVerifyResidents() {
        UserAccount account = registration.register(form(uniqueEmail(), "HR1 1BJ", null, true));

        assertThatThrownBy(() -> registration.searchResidents("")).isInstanceOf(AccessDeniedToRole.class);
        assertThatThrownBy(() -> registration.verifyInPerson(account.getId(), "I say so"))
                .isInstanceOf(AccessDeniedToRole.class);
        assertThat(accounts.findById(account.getId()).orElseThrow().isVerified()).isFalse();
    }
}

package org.communityjourneys.identity.service;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.communityjourneys.shared.domain.Wording;
import org.communityjourneys.identity.domain.PaperResident;
import org.communityjourneys.identity.domain.ResidentVerified;
import org.communityjourneys.identity.domain.Role;
import org.communityjourneys.identity.domain.UserAccount;
import org.communityjourneys.identity.domain.UserAccountRepository;
import org.communityjourneys.identity.domain.VerificationMethod;
import org.communityjourneys.shared.domain.Refused;
import org.communityjourneys.shared.service.PostcodeLookup;
import org.communityjourneys.shared.service.WardDirectory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People without an account who vote on paper: a facilitator takes down their name, address and
 * postcode from the paper ballot, and they become a paper-only resident record, verified in person
 * by that facilitator and never able to log in. Someone who already has a record (an account or a
 * paper record with the same name and postcode) is not made twice: the facilitator is told to pick
 * them from the search instead.
 */
@Service
@Transactional
public class PaperResidents {

    /** How a paper-only record's username begins; it is never typed by anyone. */
    public static final String USERNAME_PREFIX = "paper-";
    private static final char[] LETTERS = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final PostcodeLookup postcodes;
    private final WardDirectory wards;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.systemUTC();

    PaperResidents(UserAccountRepository accounts, PasswordEncoder passwordEncoder, PostcodeLookup postcodes,
            WardDirectory wards, CurrentUser currentUser, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.postcodes = postcodes;
        this.wards = wards;
        this.currentUser = currentUser;
        this.events = events;
    }

    /** A person already on record under this name and postcode, when there is one. */
    public static class AlreadyOnRecord extends Refused.State {

        private final String username;

        AlreadyOnRecord(UserAccount existing) {
            super(existing.isPaperOnly() ? "identity.paper.alreadyPaperRecord" : "identity.paper.alreadyAccount",
                    existing.getDisplayName(), existing.getPostcode());
            this.username = existing.getUsername();
        }

        public String username() {
            return username;
        }
    }

    /**
     * Makes the paper-only record of a person entered from a paper ballot, for a vote in these
     * wards. Throws {@link RegistrationProblems} (each problem on its field) for a missing name, a
     * postcode or ward outside the vote's wards, or a missing age band when {@code ageBandNeeded};
     * {@link AlreadyOnRecord} when the person has a record already. Nothing is stored then.
     */
    public UserAccount enter(PaperResident person, Set<String> voteWards, boolean ageBandNeeded) {
        currentUser.requireAnyOf(Role.FACILITATOR);
        String facilitator = currentUser.require();
        Map<RegistrationProblems.Field, Wording> problems = new EnumMap<>(RegistrationProblems.Field.class);
        String name = person.name() == null ? "" : person.name().trim().replaceAll("\\s+", " ");
        if (name.isEmpty()) {
            problems.put(RegistrationProblems.Field.NAME, Wording.of("identity.paper.nameMissing"));
        } else if (name.length() > 120) {
            problems.put(RegistrationProblems.Field.NAME, Wording.of("identity.paper.nameTooLong"));
        }
        String address = person.addressLine() == null ? "" : person.addressLine().trim();
        if (address.length() > 200) {
            problems.put(RegistrationProblems.Field.ADDRESS, Wording.of("identity.paper.addressTooLong"));
        }
        String postcode = PostcodeLookup.normalise(person.postcode());
        String ward = null;
        PostcodeLookup.Standing standing = postcodes.standing(postcode);
        if (standing == PostcodeLookup.Standing.BLANK) {
            problems.put(RegistrationProblems.Field.POSTCODE, Wording.of("identity.paper.postcodeMissing"));
        } else if (standing == PostcodeLookup.Standing.MALFORMED) {
            problems.put(RegistrationProblems.Field.POSTCODE, Wording.of("identity.paper.notAPostcode"));
        } else if (standing == PostcodeLookup.Standing.OUTSIDE_COUNTY) {
            problems.put(RegistrationProblems.Field.POSTCODE, Wording.of("identity.paper.outsideCounty"));
        } else {
            Optional<String> fromPostcode = postcodes.wardOf(postcode);
            ward = fromPostcode.orElse(person.chosenWardCode());
            if (fromPostcode.isPresent() && !voteWards.contains(ward)) {
                problems.put(RegistrationProblems.Field.POSTCODE, Wording.of("identity.paper.wardNotVoting", wardName(ward)));
            } else if (fromPostcode.isEmpty() && (ward == null || !voteWards.contains(ward))) {
                problems.put(RegistrationProblems.Field.WARD,
                        Wording.of("identity.paper.unknownPostcode"));
            }
        }
        if (ageBandNeeded && person.ageBand() == null) {
            problems.put(RegistrationProblems.Field.AGE_BAND, Wording.of("identity.paper.ageBandMissing"));
        }
        if (!problems.isEmpty()) {
            throw new RegistrationProblems(problems);
        }
        List<UserAccount> same = accounts.findSamePerson(name, postcode);
        if (!same.isEmpty()) {
            throw new AlreadyOnRecord(same.get(0));
        }
        UserAccount record = new UserAccount(newUsername(), name, passwordEncoder.encode(newUsername() + newUsername()),
                EnumSet.of(Role.RESIDENT));
        record.livesIn(ward, false);
        record.registeredWith(postcode, person.ageBand(), null);
        record.enteredOnPaper(address.isEmpty() ? null : address, facilitator, clock.instant());
        accounts.save(record);
        events.publishEvent(new ResidentVerified(record.getId(), ward, facilitator, record.getVerificationNote(),
                VerificationMethod.PAPER_BALLOT));
        return record;
    }


    private String wardName(String code) {
        return wards.find(code).map(found -> found.getName()).orElse(code);
    }

    private static String newUsername() {
        StringBuilder name = new StringBuilder(USERNAME_PREFIX);
        for (int i = 0; i < 12; i++) {
            name.append(LETTERS[RANDOM.nextInt(LETTERS.length)]);
        }
        return name.toString();
    }
}

package org.communityjourneys.identity.service;

import java.time.Clock;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.communityjourneys.shared.domain.Wording;
import org.communityjourneys.identity.domain.LimitedAction;
import org.communityjourneys.identity.domain.Registration;
import org.communityjourneys.identity.domain.ResidentMatchUndone;
import org.communityjourneys.identity.domain.ResidentMatchedPaperRecord;
import org.communityjourneys.identity.domain.ResidentRegistered;
import org.communityjourneys.identity.domain.ResidentVerified;
import org.communityjourneys.identity.domain.Role;
import org.communityjourneys.identity.domain.UserAccount;
import org.communityjourneys.identity.domain.UserAccountRepository;
import org.communityjourneys.identity.domain.VerificationMethod;
import org.communityjourneys.shared.domain.MessageBundles;
import org.communityjourneys.shared.domain.Refused;
import org.communityjourneys.shared.service.PostcodeLookup;
import org.communityjourneys.shared.service.WardDirectory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Residents registering themselves, and facilitators verifying them in person. A new resident's
 * ward comes from their postcode when the project knows it, otherwise from their own choice; either
 * way it stays unverified until a facilitator checks it.
 */
@Service
@Transactional
public class ResidentRegistration {

    public static final int MIN_PASSWORD_LENGTH = 10;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final PostcodeLookup postcodes;
    private final WardDirectory wards;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final AttemptLimits limits;
    private final Clock clock;

    ResidentRegistration(UserAccountRepository accounts, PasswordEncoder passwordEncoder, PostcodeLookup postcodes,
            WardDirectory wards, CurrentUser currentUser, ApplicationEventPublisher events, AttemptLimits limits) {
        this.limits = limits;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.postcodes = postcodes;
        this.wards = wards;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = Clock.systemUTC();
    }

    /** Said of a postcode in none of the county's postcode areas. */
    public static final String OUTSIDE_COUNTY = MessageBundles.english("register.outsideCounty");

    /** What the county's postcodes say of this one: known, unknown in the county, outside it, not a postcode. */
    @Transactional(readOnly = true)
    public PostcodeLookup.Standing postcodeStanding(String postcode) {
        return postcodes.standing(postcode);
    }

    /** The ward a postcode gives, if the project knows the postcode. */
    @Transactional(readOnly = true)
    public Optional<String> wardOfPostcode(String postcode) {
        return postcodes.wardOf(postcode);
    }

    /** Registers without a known client address (only the per-email limit applies). */
    public UserAccount register(Registration form) {
        return register(form, null);
    }

    /**
     * Creates an unverified RESIDENT account. Throws {@link RegistrationProblems} listing every
     * problem in plain English, each on its field, or {@link TooManyAttempts} when the client address or the email
     * address registered too often; nothing is stored then. Registrations, and attempts with an
     * email address that already has an account, count against the limits.
     */
    public UserAccount register(Registration form, String clientAddress) {
        Map<RegistrationProblems.Field, Wording> problems = new EnumMap<>(RegistrationProblems.Field.class);
        String name = form.name() == null ? "" : form.name().trim();
        String email = UserAccount.normalise(form.email() == null ? "" : form.email());
        limits.check(LimitedAction.REGISTRATION, email, clientAddress);
        if (name.isEmpty()) {
            problems.put(RegistrationProblems.Field.NAME, Wording.of("identity.register.nameMissing"));
        } else if (name.length() > 120) {
            problems.put(RegistrationProblems.Field.NAME, Wording.of("identity.register.nameTooLong"));
        }
        if (!EMAIL.matcher(email).matches() || email.length() > 254) {
            problems.put(RegistrationProblems.Field.EMAIL, Wording.of("identity.email.malformed"));
        } else if (accounts.existsByUsername(email)) {
            limits.record(LimitedAction.REGISTRATION, email, clientAddress);
            problems.put(RegistrationProblems.Field.EMAIL, Wording.of("identity.register.emailTaken"));
        }
        if (form.password() == null || form.password().length() < MIN_PASSWORD_LENGTH) {
            problems.put(RegistrationProblems.Field.PASSWORD, Wording.of("identity.register.passwordTooShort", String.valueOf(MIN_PASSWORD_LENGTH)));
        }
        String postcode = PostcodeLookup.normalise(form.postcode());
        PostcodeLookup.Standing standing = postcodes.standing(postcode);
        if (standing == PostcodeLookup.Standing.BLANK) {
            problems.put(RegistrationProblems.Field.POSTCODE, Wording.of("identity.register.postcodeMissing"));
        } else if (standing == PostcodeLookup.Standing.MALFORMED) {
            problems.put(RegistrationProblems.Field.POSTCODE, Wording.of("register.notAPostcode"));
        }
        Optional<String> wardFromPostcode = postcodes.wardOf(postcode);
        String wardCode = wardFromPostcode.orElse(form.chosenWardCode());
        if (!postcode.isEmpty() && wardFromPostcode.isEmpty() && !wards.exists(wardCode)) {
            problems.put(RegistrationProblems.Field.WARD, standing == PostcodeLookup.Standing.OUTSIDE_COUNTY
                    ? Wording.of("identity.register.outsideCounty", Wording.of("register.outsideCounty"))
                    : Wording.of("identity.register.unknownPostcode"));
        }
        if (form.ageBand() == null) {
            problems.put(RegistrationProblems.Field.AGE_BAND, Wording.of("identity.register.ageBandMissing"));
        }
        if (!form.privacyConsent()) {
            problems.put(RegistrationProblems.Field.CONSENT, Wording.of("identity.register.consentMissing"));
        }
        if (!problems.isEmpty()) {
            throw new RegistrationProblems(problems);
        }
        UserAccount account = new UserAccount(email, name, passwordEncoder.encode(form.password()), EnumSet.of(Role.RESIDENT));
        account.livesIn(wardCode, false);
        account.registeredWith(postcode, form.ageBand(), clock.instant());
        Optional<UserAccount> paperRecord = accounts.findSamePerson(name, postcode).stream()
                .filter(other -> other.isPaperOnly() && wardCode.equals(other.getWardCode()))
                .filter(other -> accounts.findByPaperTwin(other.getId()).isEmpty())
                .findFirst();
        paperRecord.ifPresent(record -> account.matchPaperRecord(record.getId()));
        accounts.save(account);
        limits.record(LimitedAction.REGISTRATION, email, clientAddress);
        events.publishEvent(new ResidentRegistered(account.getId(), wardCode, wardFromPostcode.isPresent()));
        paperRecord.ifPresent(record -> events.publishEvent(new ResidentMatchedPaperRecord(account.getId(), record.getId(), wardCode)));
        return account;
    }

    /** Residents matching a name, email or postcode; for facilitators, governance leads and administrators. */
    @Transactional(readOnly = true)
    public List<UserAccount> searchResidents(String text) {
        currentUser.requireAnyOf(Role.FACILITATOR, Role.GOVERNANCE, Role.ADMIN);
        String query = text == null ? "" : text.trim();
        return accounts.searchResidents(query);
    }

    /**
     * The same person's other record: the paper record an online account was matched to, or the
     * online account matched to a paper record; for facilitators, governance leads and administrators.
     */
    @Transactional(readOnly = true)
    public Optional<UserAccount> samePerson(UserAccount account) {
        currentUser.requireAnyOf(Role.FACILITATOR, Role.GOVERNANCE, Role.ADMIN);
        if (account.getPaperTwin() != null) {
            return accounts.findById(account.getPaperTwin());
        }
        return account.isPaperOnly() ? accounts.findByPaperTwin(account.getId()) : Optional.empty();
    }

    /**
     * A facilitator (governance lead, administrator) finds that an online account and the paper
     * record it was matched to are two different people with the same name and postcode: from now
     * on each votes on their own. Either record may be given; a note saying how this was checked is
     * required and kept in the audit log.
     */
    public void notTheSamePerson(UUID accountId, String note) {
        currentUser.requireAnyOf(Role.FACILITATOR, Role.GOVERNANCE, Role.ADMIN);
        String trimmed = note == null ? "" : note.trim();
        if (trimmed.isEmpty()) {
            throw Refused.input("identity.residents.whyTwoPeople");
        }
        if (trimmed.length() > 500) {
            throw Refused.input("identity.residents.noteTooLong");
        }
        UserAccount account = accounts.findById(accountId).orElseThrow(() -> Refused.input("identity.residents.noSuchResident"));
        UserAccount online = account.getPaperTwin() != null ? account
                : account.isPaperOnly() ? accounts.findByPaperTwin(account.getId()).orElse(null) : null;
        if (online == null) {
            throw Refused.state("identity.residents.notMatched", account.getDisplayName());
        }
        UUID paperRecord = online.getPaperTwin();
        online.unmatchPaperRecord();
        events.publishEvent(new ResidentMatchUndone(online.getId(), paperRecord, currentUser.require(), trimmed));
    }

    /** A facilitator (governance lead, administrator) confirms in person that the resident lives in their ward. */
    public void verifyInPerson(UUID accountId, String note) {
        currentUser.requireAnyOf(Role.FACILITATOR, Role.GOVERNANCE, Role.ADMIN);
        String facilitator = currentUser.require();
        String trimmed = note == null ? "" : note.trim();
        if (trimmed.isEmpty()) {
            throw Refused.input("identity.residents.howChecked");
        }
        if (trimmed.length() > 500) {
            throw Refused.input("identity.residents.noteTooLong");
        }
        UserAccount account = accounts.findById(accountId)
                .orElseThrow(() -> Refused.input("identity.residents.noSuchResident"));
        if (!account.hasRole(Role.RESIDENT)) {
            throw Refused.input("identity.residents.onlyResidents");
        }
        if (account.isVerified()) {
            throw Refused.state("identity.residents.alreadyVerified", account.getDisplayName());
        }
        if (account.getWardCode() == null) {
            throw Refused.state("identity.residents.noWard", account.getDisplayName());
        }
        account.verifiedInPerson(facilitator, trimmed, clock.instant());
        events.publishEvent(new ResidentVerified(account.getId(), account.getWardCode(), facilitator, trimmed,
                VerificationMethod.IN_PERSON));
    }

}

package org.communityjourneys.identity.service;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.communityjourneys.identity.domain.LimitedAction;
import org.communityjourneys.identity.domain.ResidentVerified;
import org.communityjourneys.identity.domain.Role;
import org.communityjourneys.identity.domain.UserAccount;
import org.communityjourneys.identity.domain.UserAccountRepository;
import org.communityjourneys.identity.domain.VerificationCode;
import org.communityjourneys.identity.domain.VerificationCodeIssued;
import org.communityjourneys.identity.domain.VerificationCodeRepository;
import org.communityjourneys.identity.domain.VerificationMethod;
import org.communityjourneys.shared.domain.Refused;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time verification codes. A facilitator who knows where a resident lives (a home visit, a
 * letter, a phone call to a known number) issues a code and gives it to them; the resident enters
 * it on their account page and their ward becomes verified. Codes are 8 characters without letters
 * that are easily confused (no 0/O, 1/I/L), stored only as a hash, single use, and expire after
 * {@code communityjourneys.verification-code.valid-for} (14 days by default). Issuing a new code
 * replaces the old one. Wrong, expired and used codes count against the attempt limits.
 */
@Service
@Transactional
public class VerificationCodes {

    /** The letters and digits a code is made of: none that look alike. */
    public static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    public static final int LENGTH = 8;

    private final UserAccountRepository accounts;
    private final VerificationCodeRepository codes;
    private final PasswordEncoder hasher;
    private final CurrentUser currentUser;
    private final AttemptLimits limits;
    private final ApplicationEventPublisher events;
    private final Duration validFor;
    private final SecureRandom random = new SecureRandom();
    private final Clock clock = Clock.systemUTC();

    VerificationCodes(UserAccountRepository accounts, VerificationCodeRepository codes, PasswordEncoder hasher,
            CurrentUser currentUser, AttemptLimits limits, ApplicationEventPublisher events,
            @Value("${communityjourneys.verification-code.valid-for:14d}") Duration validFor) {
        this.accounts = accounts;
        this.codes = codes;
        this.hasher = hasher;
        this.currentUser = currentUser;
        this.limits = limits;
        this.events = events;
        this.validFor = validFor;
    }

    /** What a facilitator gets back: the code to pass on (shown once) and until when it works. */
    public record IssuedCode(String code, Instant expiresAt) {
    }

    /**
     * Issues a fresh code for an unverified resident, replacing any earlier one. For facilitators,
     * governance leads and administrators.
     */
    public IssuedCode issue(UUID accountId) {
        currentUser.requireAnyOf(Role.FACILITATOR, Role.GOVERNANCE, Role.ADMIN);
        String facilitator = currentUser.require();
        UserAccount account = accounts.findById(accountId)
                .orElseThrow(() -> Refused.input("identity.residents.noSuchResident"));
        if (!account.hasRole(Role.RESIDENT)) {
            throw Refused.input("identity.code.onlyResidents");
        }
        if (account.isVerified()) {
            throw Refused.state("identity.residents.alreadyVerified", account.getDisplayName());
        }
        if (account.getWardCode() == null) {
            throw Refused.state("identity.residents.noWard", account.getDisplayName());
        }
        String code = newCode();
        Instant now = clock.instant();
        Instant expiresAt = now.plus(validFor);
        VerificationCode stored = codes.findById(accountId).orElseGet(() -> new VerificationCode(accountId));
        stored.reissue(hasher.encode(code), facilitator, now, expiresAt);
        codes.save(stored);
        events.publishEvent(new VerificationCodeIssued(accountId, facilitator, expiresAt));
        return new IssuedCode(format(code), expiresAt);
    }

    /**
     * The signed-in resident enters their code. Throws {@link IllegalArgumentException} for a wrong,
     * expired or used code and {@link TooManyAttempts} after too many of those; nothing changes then.
     */
    public void redeem(String enteredCode, String clientAddress) {
        String username = currentUser.require();
        limits.check(LimitedAction.VERIFICATION_CODE, username, clientAddress);
        UserAccount account = accounts.findByUsername(username)
                .orElseThrow(() -> Refused.state("account.notFound"));
        if (account.isVerified()) {
            throw Refused.state("identity.code.alreadyVerified");
        }
        String code = normalise(enteredCode);
        if (code.isEmpty()) {
            throw Refused.input("identity.code.missing");
        }
        Optional<VerificationCode> stored = codes.findById(account.getId());
        Instant now = clock.instant();
        String problemKey = null;
        if (code.length() != LENGTH || stored.isEmpty() || !hasher.matches(code, stored.get().getCodeHash())) {
            problemKey = "identity.code.notRight";
        } else if (stored.get().isUsed()) {
            problemKey = "identity.code.used";
        } else if (stored.get().hasExpiredAt(now)) {
            problemKey = "identity.code.expired";
        }
        if (problemKey != null) {
            limits.record(LimitedAction.VERIFICATION_CODE, username, clientAddress);
            limits.check(LimitedAction.VERIFICATION_CODE, username, clientAddress);
            throw Refused.input(problemKey);
        }
        VerificationCode used = stored.get();
        used.usedAt(now);
        account.verifiedWithCode(used.getIssuedBy(), now);
        events.publishEvent(new ResidentVerified(account.getId(), account.getWardCode(), used.getIssuedBy(),
                "one-time code issued " + used.getIssuedAt(), VerificationMethod.CODE));
    }

    /** How many days a new code works. */
    public long validDays() {
        return validFor.toDays();
    }

    /** When the account's current code expires, if it has one that is neither used nor expired. */
    @Transactional(readOnly = true)
    public Optional<Instant> pendingCodeExpiry(UUID accountId) {
        Instant now = clock.instant();
        return codes.findById(accountId).filter(code -> !code.isUsed() && !code.hasExpiredAt(now))
                .map(VerificationCode::getExpiresAt);
    }

    private String newCode() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** ABCD-EFGH: easier to read out and type. */
    static String format(String code) {
        return code.substring(0, LENGTH / 2) + "-" + code.substring(LENGTH / 2);
    }

    /** Upper case, without spaces or dashes, so "abcd efgh" and "ABCD-EFGH" are the same code. */
    static String normalise(String entered) {
        return entered == null ? "" : entered.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
    }
}

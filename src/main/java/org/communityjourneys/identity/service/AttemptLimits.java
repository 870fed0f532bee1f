package org.communityjourneys.identity.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.communityjourneys.identity.domain.LimitedAction;
import org.communityjourneys.identity.domain.LimitedAttempt;
import org.communityjourneys.identity.domain.LimitedAttemptRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sliding-window limits on attempts, per account (username or email) and per client address, kept
 * in the database so that every app instance sees the same counts. An attempt counts for the
 * window's length and is then deleted. A limit of 0 switches that limit off.
 *
 * <p>Defaults (properties {@code communityjourneys.limits.*}): 10 failed logins per account and 20
 * per address in 15 minutes; 5 registrations per address and per email address in an hour; 5
 * wrong verification codes per account and 20 per address in 15 minutes; 5 ideas and 60 supports
 * per account in a day (ideas and supports have no per-address limit: a community centre's
 * computer may be shared).
 *
 * <p>Accounts and addresses are kept as keyed hashes ({@link Pseudonyms}), so the table holds no
 * e-mail or address that a database reader could recompute from a list of known addresses.
 */
@Service
public class AttemptLimits {

    /** How many attempts a subject may make within the window. */
    public record Limit(int perAccount, int perAddress, Duration window) {
    }

    private static final String ACCOUNT = "account:";
    private static final String ADDRESS = "address:";

    private final LimitedAttemptRepository attempts;
    private final Pseudonyms pseudonyms;
    private final Map<LimitedAction, Limit> limits = new EnumMap<>(LimitedAction.class);
    private final Clock clock = Clock.systemUTC();

    AttemptLimits(LimitedAttemptRepository attempts, Pseudonyms pseudonyms,
            @Value("${communityjourneys.limits.login.per-account:10}") int loginPerAccount,
            @Value("${communityjourneys.limits.login.per-address:20}") int loginPerAddress,
            @Value("${communityjourneys.limits.login.window:15m}") Duration loginWindow,
            @Value("${communityjourneys.limits.registration.per-account:5}") int registrationPerAccount,
            @Value("${communityjourneys.limits.registration.per-address:5}") int registrationPerAddress,
            @Value("${communityjourneys.limits.registration.window:1h}") Duration registrationWindow,
            @Value("${communityjourneys.limits.verification-code.per-account:5}") int codePerAccount,
            @Value("${communityjourneys.limits.verification-code.per-address:20}") int codePerAddress,
            @Value("${communityjourneys.limits.verification-code.window:15m}") Duration codeWindow,
            @Value("${communityjourneys.limits.idea.per-account:5}") int ideasPerAccount,
            @Value("${communityjourneys.limits.idea.window:1d}") Duration ideaWindow,
            @Value("${communityjourneys.limits.support.per-account:60}") int supportsPerAccount,
            @Value("${communityjourneys.limits.support.window:1d}") Duration supportWindow,
            @Value("${communityjourneys.limits.comment.per-account:30}") int commentsPerAccount,
            @Value("${communityjourneys.limits.comment.window:1d}") Duration commentWindow) {
        this.attempts = attempts;
        this.pseudonyms = pseudonyms;
        limits.put(LimitedAction.LOGIN, new Limit(loginPerAccount, loginPerAddress, loginWindow));
        limits.put(LimitedAction.REGISTRATION, new Limit(registrationPerAccount, registrationPerAddress, registrationWindow));
        limits.put(LimitedAction.VERIFICATION_CODE, new Limit(codePerAccount, codePerAddress, codeWindow));
        limits.put(LimitedAction.IDEA, new Limit(ideasPerAccount, 0, ideaWindow));
        limits.put(LimitedAction.SUPPORT, new Limit(supportsPerAccount, 0, supportWindow));
        limits.put(LimitedAction.COMMENT, new Limit(commentsPerAccount, 0, commentWindow));
    }

    public Limit limitOf(LimitedAction action) {
        return limits.get(action);
    }

    /**
     * Throws {@link TooManyAttempts} when the account or the address has used up its attempts.
     * A null or blank account or address is not limited.
     */
    @Transactional(readOnly = true)
    public void check(LimitedAction action, String account, String address) {
        Duration wait = waitBeforeNextAttempt(action, account, address);
        if (!wait.isZero()) {
            throw new TooManyAttempts(Math.max(1, (wait.getSeconds() + 59) / 60));
        }
    }

    /**
     * As {@link #check} for an account alone, with a message that names what was limited:
     * "Too many ideas. Try again in 40 minutes."
     */
    @Transactional(readOnly = true)
    public void checkAccount(LimitedAction action, String account, String what) {
        Duration wait = waitBeforeNextAttempt(action, account, null);
        if (!wait.isZero()) {
            throw new TooManyAttempts(what, Math.max(1, (wait.getSeconds() + 59) / 60));
        }
    }

    /** How long the account or address must wait before the next attempt; zero when it may try now. */
    @Transactional(readOnly = true)
    public Duration waitBeforeNextAttempt(LimitedAction action, String account, String address) {
        return standing(action, account, address).waitFor();
    }

    /**
     * As {@link #check}, and says whether the account has attempts on record (which a successful
     * login then clears with {@link #forgetAccount}; with none, there is nothing to clear).
     */
    @Transactional(readOnly = true)
    public boolean checkAndTellIfAccountHasAttempts(LimitedAction action, String account, String address) {
        Standing standing = standing(action, account, address);
        if (!standing.waitFor().isZero()) {
            throw new TooManyAttempts(Math.max(1, (standing.waitFor().getSeconds() + 59) / 60));
        }
        return standing.accountAttempts() > 0;
    }

    /** How long to wait, and how many attempts the account has in the window. */
    private record Standing(Duration waitFor, int accountAttempts) {
    }

    /** Both subjects' recent attempts in one query. */
    private Standing standing(LimitedAction action, String account, String address) {
        Limit limit = limits.get(action);
        Instant now = clock.instant();
        String accountHash = subject(ACCOUNT, account);
        String addressHash = subject(ADDRESS, address);
        List<String> subjects = new ArrayList<>(2);
        if (accountHash != null) {
            subjects.add(accountHash);
        }
        if (addressHash != null) {
            subjects.add(addressHash);
        }
        if (subjects.isEmpty()) {
            return new Standing(Duration.ZERO, 0);
        }
        List<Instant> forAccount = new ArrayList<>();
        List<Instant> forAddress = new ArrayList<>();
        for (LimitedAttempt attempt : attempts.attemptsSince(action, subjects, now.minus(limit.window()))) {
            (attempt.getSubjectHash().equals(accountHash) ? forAccount : forAddress).add(attempt.getAttemptedAt());
        }
        Duration accountWait = waitFor(forAccount, limit.perAccount(), limit.window(), now);
        Duration addressWait = waitFor(forAddress, limit.perAddress(), limit.window(), now);
        return new Standing(accountWait.compareTo(addressWait) >= 0 ? accountWait : addressWait, forAccount.size());
    }

    private static Duration waitFor(List<Instant> recent, int allowed, Duration window, Instant now) {
        if (allowed <= 0 || recent.size() < allowed) {
            return Duration.ZERO;
        }
        // the subject may try again once enough of its attempts have left the window
        Instant freeAt = recent.get(recent.size() - allowed).plus(window);
        return freeAt.isAfter(now) ? Duration.between(now, freeAt) : Duration.ZERO;
    }

    /**
     * Counts one attempt against the account and the address. Runs in its own transaction, so the
     * count stays even when the caller's transaction is rolled back because the attempt failed.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(LimitedAction action, String account, String address) {
        Instant now = clock.instant();
        // attempts that no longer count are deleted as soon as anyone tries anything
        limits.forEach((each, limit) -> attempts.deleteOlder(each, now.minus(limit.window())));
        for (String subjectHash : new String[] {subject(ACCOUNT, account), subject(ADDRESS, address)}) {
            if (subjectHash != null) {
                attempts.save(new LimitedAttempt(action, subjectHash, now));
            }
        }
    }

    /** Forgets an account's attempts, e.g. after a successful login. The address keeps its count. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void forgetAccount(LimitedAction action, String account) {
        String subjectHash = subject(ACCOUNT, account);
        if (subjectHash != null) {
            attempts.forget(action, subjectHash);
        }
    }

    /**
     * A keyed one-way hash, so the table never holds an email or address in the clear. (Rows made
     * before the hash was keyed used plain SHA-256; they simply stop counting, and are deleted once
     * their window has passed.)
     */
    private String subject(String scope, String key) {
        if (key == null || key.isBlank()) {
            return null;
        }
        return pseudonyms.hash("attempt:" + scope, key);
    }
}

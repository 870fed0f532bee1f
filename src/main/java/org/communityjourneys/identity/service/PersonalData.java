package org.communityjourneys.identity.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.communityjourneys.identity.domain.PaperRecordErased;
import org.communityjourneys.identity.domain.ResidentAccountDeleted;
import org.communityjourneys.identity.domain.Role;
import org.communityjourneys.identity.domain.UserAccount;
import org.communityjourneys.identity.domain.UserAccountRepository;
import org.communityjourneys.identity.domain.VerificationCode;
import org.communityjourneys.identity.domain.VerificationCodeRepository;
import org.communityjourneys.shared.domain.Refused;
import org.communityjourneys.shared.domain.Ward;
import org.communityjourneys.shared.service.WardDirectory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's data rights on their own account: download everything the system holds about them
 * (their account and what other modules report through {@link PersonalDataSource}), and delete
 * their account. Deleting removes the account and anonymises what other modules keep: ideas stay,
 * shown as by "a former resident"; the record that they voted stays, without their name, so the
 * ballot count still adds up. Staff accounts are removed by an administrator instead. A paper-only
 * resident, who cannot sign in, asks staff, who download or erase their record for them.
 */
@Service
@Transactional
public class PersonalData {

    private final UserAccountRepository accounts;
    private final VerificationCodeRepository codes;
    private final List<PersonalDataSource> sources;
    private final WardDirectory wards;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final ObjectMapper json;

    PersonalData(UserAccountRepository accounts, VerificationCodeRepository codes, List<PersonalDataSource> sources,
            WardDirectory wards, CurrentUser currentUser, ApplicationEventPublisher events, ObjectMapper json) {
        this.accounts = accounts;
        this.codes = codes;
        this.sources = sources;
        this.wards = wards;
        this.currentUser = currentUser;
        this.events = events;
        this.json = json;
    }

    /** Everything held about the signed-in person, section by section. */
    @Transactional(readOnly = true)
    public Map<String, Object> ofCurrentUser() {
        return of(signedInAccount());
    }

    /**
     * Everything held about a paper-only resident (who cannot sign in), for a facilitator, governance
     * lead or administrator answering their request to see it.
     */
    @Transactional(readOnly = true)
    public byte[] ofPaperRecordAsJson(UUID recordId) {
        currentUser.requireAnyOf(Role.FACILITATOR, Role.GOVERNANCE, Role.ADMIN);
        return asJson(of(paperRecord(recordId)));
    }

    /**
     * Erases a paper-only resident's record and personal data at their request, as deleting an
     * account does (their votes stay counted, without their name); for a facilitator, governance
     * lead or administrator. A record matched to an online account is refused: the person deletes
     * that account, which erases both.
     */
    public void erasePaperRecord(UUID recordId) {
        currentUser.requireAnyOf(Role.FACILITATOR, Role.GOVERNANCE, Role.ADMIN);
        UserAccount record = paperRecord(recordId);
        accounts.findByPaperTwin(record.getId()).ifPresent(online -> {
            throw Refused.state("identity.paper.registeredOnline", record.getDisplayName());
        });
        erase(record);
        events.publishEvent(new PaperRecordErased(record.getId(), record.getWardCode(), currentUser.require()));
    }

    private UserAccount paperRecord(UUID recordId) {
        UserAccount record = accounts.findById(recordId).orElseThrow(() -> Refused.input("identity.paper.noSuchRecord"));
        if (!record.isPaperOnly()) {
            throw Refused.input("identity.paper.hasAccount", record.getDisplayName());
        }
        return record;
    }

    private void erase(UserAccount account) {
        for (PersonalDataSource source : sources) {
            source.forget(account.getUsername());
        }
        codes.findById(account.getId()).ifPresent(codes::delete);
        accounts.delete(account);
    }

    private Map<String, Object> of(UserAccount account) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("downloadedAt", Instant.now().toString());
        data.put("account", accountData(account));
        for (PersonalDataSource source : sources) {
            data.putAll(source.personalDataOf(account.getUsername()));
        }
        return data;
    }

    /** {@link #ofCurrentUser()} as a readable JSON file. */
    @Transactional(readOnly = true)
    public byte[] ofCurrentUserAsJson() {
        return asJson(ofCurrentUser());
    }

    private byte[] asJson(Map<String, Object> data) {
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(data);
        } catch (JsonProcessingException failed) {
            throw new IllegalStateException("The data could not be written as a file.", failed);
        }
    }

    /** Whether the signed-in person may delete their own account here (residents and applicants). */
    @Transactional(readOnly = true)
    public boolean mayDeleteOwnAccount() {
        return currentUser.username().flatMap(accounts::findByUsername).map(PersonalData::isResidentOnly).orElse(false);
    }

    private static final String STAFF_ACCOUNTS = "identity.account.staffCannotDelete";

    /**
     * Deletes the signed-in person's account and personal data. Throws {@link IllegalStateException}
     * for staff accounts; nothing changes then.
     */
    public void deleteCurrentAccount() {
        currentUser.require();
        if (!currentUser.hasRole(Role.RESIDENT) && !currentUser.hasRole(Role.APPLICANT)) {
            throw AccessDeniedToRole.worded(STAFF_ACCOUNTS);
        }
        UserAccount account = signedInAccount();
        if (!isResidentOnly(account)) {
            throw AccessDeniedToRole.worded(STAFF_ACCOUNTS);
        }
        // the paper record they were matched to is the same person's: it goes too
        Optional<UserAccount> paperRecord = Optional.ofNullable(account.getPaperTwin()).flatMap(accounts::findById);
        erase(account);
        paperRecord.ifPresent(this::erase);
        events.publishEvent(new ResidentAccountDeleted(account.getId(), account.getWardCode()));
        paperRecord.ifPresent(record -> events.publishEvent(new ResidentAccountDeleted(record.getId(), record.getWardCode())));
    }

    private UserAccount signedInAccount() {
        String username = currentUser.require();
        return accounts.findByUsername(username)
                .orElseThrow(() -> Refused.state("account.notFound"));
    }

    private static boolean isResidentOnly(UserAccount account) {
        return account.getRoles().stream().allMatch(role -> role == Role.RESIDENT || role == Role.APPLICANT);
    }

    private Map<String, Object> accountData(UserAccount account) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("username", account.getUsername());
        data.put("name", account.getDisplayName());
        data.put("roles", account.getRoles().stream().map(Role::label).toList());
        data.put("postcode", account.getPostcode());
        if (account.getAddressLine() != null) {
            data.put("addressLine", account.getAddressLine());
        }
        data.put("wardCode", account.getWardCode());
        data.put("ward", Optional.ofNullable(account.getWardCode()).flatMap(wards::find).map(Ward::getName).orElse(null));
        data.put("ageBand", account.getAgeBand() == null ? null : account.getAgeBand().label());
        data.put("createdAt", text(account.getCreatedAt()));
        data.put("privacyNoticeAgreedAt", text(account.getPrivacyConsentAt()));
        data.put("verified", account.isVerified());
        data.put("verifiedAt", text(account.getVerifiedAt()));
        data.put("verifiedBy", account.getVerifiedBy());
        data.put("verificationNote", account.getVerificationNote());
        codes.findById(account.getId()).ifPresent(code -> data.put("verificationCode", codeData(code)));
        return data;
    }

    /** When a code was issued and used; never the code or its hash. */
    private static Map<String, Object> codeData(VerificationCode code) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("issuedBy", code.getIssuedBy());
        data.put("issuedAt", text(code.getIssuedAt()));
        data.put("expiresAt", text(code.getExpiresAt()));
        data.put("usedAt", text(code.getUsedAt()));
        return data;
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}

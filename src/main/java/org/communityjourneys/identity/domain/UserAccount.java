package org.communityjourneys.identity.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/** Someone who can log in: a resident, an officer, a panel member. */
@Entity
@Table(name = "user_account")
public class UserAccount {

    @Id
    private UUID id;

    @Column(nullable = false, unique = true)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "ward_code")
    private String wardCode;

    @Column(nullable = false)
    private boolean verified;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "age_band")
    private AgeBand ageBand;

    @Column(name = "postcode")
    private String postcode;

    @Column(name = "privacy_consent_at")
    private Instant privacyConsentAt;

    @Column(name = "verified_at")
    private Instant verifiedAt;

    @Column(name = "verified_by")
    private String verifiedBy;

    @Column(name = "verification_note")
    private String verificationNote;

    /** A person without an account whose paper ballot a facilitator entered: never logs in. */
    @Column(name = "paper_only", nullable = false)
    private boolean paperOnly;

    @Column(name = "address_line")
    private String addressLine;

    /** On an online account: the paper record of the same person (same name and postcode). */
    @Column(name = "paper_twin")
    private UUID paperTwin;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_account_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role")
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected UserAccount() {
    }

    public UserAccount(String username, String displayName, String passwordHash, Set<Role> roles) {
        this.id = UUID.randomUUID();
        this.username = normalise(username);
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.createdAt = Instant.now();
    }

    public static String normalise(String username) {
        return username == null ? null : username.trim().toLowerCase(Locale.ROOT);
    }

    public UUID getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getWardCode() {
        return wardCode;
    }

    public boolean isVerified() {
        return verified;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public void livesIn(String wardCode, boolean verified) {
        this.wardCode = wardCode;
        this.verified = verified;
    }

    public void changePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    /** What a resident told us when registering. */
    public void registeredWith(String postcode, AgeBand ageBand, Instant privacyConsentAt) {
        this.postcode = postcode;
        this.ageBand = ageBand;
        this.privacyConsentAt = privacyConsentAt;
    }

    /** A facilitator checked in person that this resident lives in their ward. */
    public void verifiedInPerson(String facilitator, String note, Instant at) {
        this.verified = true;
        this.verifiedBy = facilitator;
        this.verificationNote = note;
        this.verifiedAt = at;
    }

    /** The resident entered a one-time code that a facilitator issued to them. */
    public void verifiedWithCode(String issuedBy, Instant at) {
        this.verified = true;
        this.verifiedBy = issuedBy;
        this.verificationNote = "Entered a one-time code issued by " + issuedBy + ".";
        this.verifiedAt = at;
    }

    /**
     * Makes this a paper-only record: the person was met in person by the facilitator who entered
     * their paper ballot, and has no login.
     */
    public void enteredOnPaper(String addressLine, String facilitator, Instant at) {
        this.paperOnly = true;
        this.addressLine = addressLine;
        verifiedInPerson(facilitator, "Met in person; entered with their paper ballot.", at);
    }

    /** An online registration by the person a paper record was made for. */
    public void matchPaperRecord(UUID paperRecord) {
        this.paperTwin = paperRecord;
    }

    /** Staff found that this account and the paper record it was matched to are two people. */
    public void unmatchPaperRecord() {
        this.paperTwin = null;
    }

    public boolean isPaperOnly() {
        return paperOnly;
    }

    public String getAddressLine() {
        return addressLine;
    }

    public UUID getPaperTwin() {
        return paperTwin;
    }

    public AgeBand getAgeBand() {
        return ageBand;
    }

    public String getPostcode() {
        return postcode;
    }

    public Instant getPrivacyConsentAt() {
        return privacyConsentAt;
    }

    public Instant getVerifiedAt() {
        return verifiedAt;
    }

    public String getVerifiedBy() {
        return verifiedBy;
    }

    public String getVerificationNote() {
        return verificationNote;
    }
}

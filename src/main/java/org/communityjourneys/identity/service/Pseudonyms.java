package org.communityjourneys.identity.service;

import org.communityjourneys.shared.service.ServerSecret;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.communityjourneys.identity.domain.ResidentAccountDeleted;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keyed one-way markers for personal data that must not be kept in the clear: HMAC-SHA256 with a
 * server secret, so that someone who reads the database and knows (or guesses) an e-mail address
 * cannot recompute the marker, as they could with a plain SHA-256 of the address. The same input
 * and purpose always give the same marker, so a marker still finds its row (e.g. a deleted voter
 * who registers again cannot vote twice in the same journey).
 *
 * <p>Property {@code communityjourneys.pseudonym.secret} (at least 32 characters; in production
 * from {@code CJ_PSEUDONYM_SECRET}). Like the ballot sealing secret: without it, on the embedded
 * database, a random secret is generated once and kept in {@code pseudonym.secret} beside the
 * database's folder; a throw-away embedded database (tests) gets a random one in memory; on an
 * external database the app refuses to start without it. Changing the secret breaks the link of
 * existing markers to the people they stand for (by design, nothing else breaks).
 */
@Component
public class Pseudonyms {

    static final String SECRET_FILE = "pseudonym.secret";
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    @Autowired
    Pseudonyms(@Value("${communityjourneys.pseudonym.secret:}") String secret,
            @Value("${spring.datasource.url:}") String externalDatabase,
            @Value("${communityjourneys.embedded-db.directory:./data/pg}") String embeddedDirectory,
            @Value("${communityjourneys.embedded-db.throw-away:false}") boolean throwAway) {
        this(serverSecret(secret, externalDatabase, embeddedDirectory, throwAway));
    }

    public Pseudonyms(String secret) {
        if (secret == null || secret.trim().length() < 32) {
            throw new IllegalArgumentException("communityjourneys.pseudonym.secret must have at least 32 characters.");
        }
        this.key = new SecretKeySpec(secret.trim().getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    /**
     * The marker of a value for one purpose (e.g. "vote:" + journey id), as 32 hex digits. Values
     * are compared without case and surrounding spaces, as usernames and e-mail addresses are.
     */
    public String of(String purpose, String value) {
        return hash(purpose, value).substring(0, 32);
    }

    /** As {@link #of}, the whole HMAC: 64 hex digits (for lookup keys such as attempt limits). */
    public String hash(String purpose, String value) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            byte[] digest = mac.doFinal((purpose + "\n" + value.trim().toLowerCase(Locale.ROOT)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** "a former resident 1f0c..." for a deleted account's username, one marker per purpose. */
    public String formerResident(String purpose, String username) {
        return ResidentAccountDeleted.FORMER_RESIDENT + " " + of(purpose, username);
    }

    private static String serverSecret(String secret, String externalDatabase, String embeddedDirectory, boolean throwAway) {
        return ServerSecret.resolve(secret, externalDatabase, embeddedDirectory, throwAway, "communityjourneys.pseudonym.secret",
                "Set communityjourneys.pseudonym.secret (CJ_PSEUDONYM_SECRET), at least 32 characters: it keys the "
                        + "markers that replace deleted accounts. Keep it out of the database's backups.", SECRET_FILE);
    }
}

package org.communityjourneys.voting.service;

import org.communityjourneys.shared.service.ServerSecret;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The cryptography of the secret ballot, with the JDK only (docs/ballot-secrecy.md). Every vote has
 * its own data key (an AES-256 key that seals ballots and an HMAC key that tags receipts); the
 * database holds it only wrapped (AES-GCM) with the server's sealing secret, so a database reader
 * without that secret sees ciphertext alone.
 *
 * <p>Property {@code communityjourneys.ballot.sealing-secret} (at least 32 characters; in
 * production from {@code CJ_BALLOT_SEALING_SECRET}). Without it, on the embedded database, a
 * random secret is generated once and kept in the file {@code ballot-sealing.secret} beside the
 * database's folder (not in the database, nor in its backups), so that sealed ballots survive a
 * restart; a throw-away embedded database (tests) gets a random secret in memory. On an external
 * database the secret must be given: the app refuses to start without it.
 */
@Component
class BallotSeal {

    static final String SECRET_FILE = "ballot-sealing.secret";
    private static final String CIPHER = "AES/GCM/NoPadding";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int KEY_BYTES = 32;
    /** A ballot names at most every idea once: an id, ':', up to ten digits of points, ','. */
    private static final int BYTES_PER_IDEA = 48;
    /** Room for a paper ballot number (at most 40 characters) and its line end, on every ballot. */
    private static final int PAPER_NUMBER_BYTES = 41;

    private final SecretKeySpec serverKey;
    private final SecureRandom random = new SecureRandom();

    @Autowired
    BallotSeal(@Value("${communityjourneys.ballot.sealing-secret:}") String secret,
            @Value("${spring.datasource.url:}") String externalDatabase,
            @Value("${communityjourneys.embedded-db.directory:./data/pg}") String embeddedDirectory,
            @Value("${communityjourneys.embedded-db.throw-away:false}") boolean throwAway) {
        this(serverSecret(secret, externalDatabase, embeddedDirectory, throwAway));
    }

    BallotSeal(String secret) {
        if (secret.length() < 32) {
            throw new IllegalArgumentException("communityjourneys.ballot.sealing-secret must have at least 32 characters.");
        }
        this.serverKey = new SecretKeySpec(sha256(secret.getBytes(StandardCharsets.UTF_8)), "AES");
    }

    private static String serverSecret(String secret, String externalDatabase, String embeddedDirectory, boolean throwAway) {
        return ServerSecret.resolve(secret, externalDatabase, embeddedDirectory, throwAway,
                "communityjourneys.ballot.sealing-secret", "Set communityjourneys.ballot.sealing-secret "
                        + "(CJ_BALLOT_SEALING_SECRET), at least 32 characters: it seals the ballots of an open vote. "
                        + "Keep it out of the database's backups.", SECRET_FILE);
    }

    /** A new data key for a vote, wrapped with the server's secret (bound to the journey). */
    byte[] newWrappedVoteKey(UUID journeyId) {
        byte[] material = new byte[2 * KEY_BYTES];
        random.nextBytes(material);
        try {
            return encrypt(serverKey, material, aad("ballot-seal-key", journeyId));
        } finally {
            Arrays.fill(material, (byte) 0);
        }
    }

    /**
     * A new check key for a vote (an HMAC key that tags paper ballot numbers on the mixed ballots
     * until certification), wrapped with the server's secret.
     */
    byte[] newWrappedCheckKey(UUID journeyId) {
        byte[] material = new byte[KEY_BYTES];
        random.nextBytes(material);
        try {
            return encrypt(serverKey, material, aad("ballot-check-key", journeyId));
        } finally {
            Arrays.fill(material, (byte) 0);
        }
    }

    CheckKey unwrapCheckKey(UUID journeyId, byte[] wrapped) {
        try {
            byte[] material = decrypt(serverKey, wrapped, aad("ballot-check-key", journeyId));
            SecretKeySpec key = new SecretKeySpec(material, "HmacSHA256");
            Arrays.fill(material, (byte) 0);
            return new CheckKey(key);
        } catch (GeneralSecurityException wrongSecret) {
            throw new IllegalStateException("The check key of this vote cannot be unwrapped: the ballot sealing secret "
                    + "is not the one the vote was opened with.", wrongSecret);
        }
    }

    /** Tags the paper ballot numbers of a closed vote's ballots, until the count is certified. */
    record CheckKey(SecretKeySpec key) {

        String tag(String paperNumber) {
            return hmac(key, "paper:" + paperNumber);
        }
    }

    VoteKey unwrap(UUID journeyId, byte[] wrapped) {
        try {
            return new VoteKey(journeyId, decrypt(serverKey, wrapped, aad("ballot-seal-key", journeyId)));
        } catch (GeneralSecurityException wrongSecret) {
            throw new IllegalStateException("The key of this vote cannot be unwrapped: the ballot sealing secret is not "
                    + "the one the vote was opened with.", wrongSecret);
        }
    }

    /** A vote's data key, in memory only while a ballot is sealed or the vote is mixed. */
    final class VoteKey {

        private final UUID journeyId;
        private final SecretKeySpec sealing;
        private final SecretKeySpec tagging;

        private VoteKey(UUID journeyId, byte[] material) {
            this.journeyId = journeyId;
            this.sealing = new SecretKeySpec(material, 0, KEY_BYTES, "AES");
            this.tagging = new SecretKeySpec(material, KEY_BYTES, KEY_BYTES, "HmacSHA256");
            Arrays.fill(material, (byte) 0);
        }

        /**
         * The ballot's receipt hash, content and paper ballot number (empty online), sealed. The
         * plain text is padded to the same length for every ballot of the vote (from the number of
         * ideas on its ballot), so the length of a sealed row does not tell how many ideas its
         * voter chose, nor whether it came on paper.
         */
        byte[] seal(String receiptHash, String content, String paperNumber, int ideasOnBallot) {
            String text = receiptHash + "\n" + content + "\n" + (paperNumber == null ? "" : paperNumber) + "\n";
            int length = Math.max(text.length(),
                    65 + BYTES_PER_IDEA * Math.max(1, ideasOnBallot) + 1 + PAPER_NUMBER_BYTES);
            length = (length + 255) / 256 * 256;
            return encrypt(sealing, (text + " ".repeat(length - text.length())).getBytes(StandardCharsets.UTF_8),
                    aad("sealed-ballot", journeyId));
        }

        Opened open(byte[] sealed) {
            try {
                String text = new String(decrypt(sealing, sealed, aad("sealed-ballot", journeyId)), StandardCharsets.UTF_8);
                // a ballot sealed before paper numbers were sealed has only padding after its content
                String[] lines = text.split("\n", 4);
                String paperNumber = lines.length > 3 ? lines[2].trim() : "";
                return new Opened(lines[0], lines[1], paperNumber.isEmpty() ? null : paperNumber);
            } catch (GeneralSecurityException tampered) {
                throw new IllegalStateException("A sealed ballot of journey " + journeyId + " cannot be opened.", tampered);
            }
        }

        /** The receipt's tag in the sealed table: without the vote's key it cannot be matched to a receipt. */
        String tag(String receiptHash) {
            return hmac(tagging, receiptHash);
        }

        /** The paper ballot number's tag in the sealed table, for voiding an entry while the vote is open. */
        String paperTag(String paperNumber) {
            return hmac(tagging, "paper:" + paperNumber);
        }
    }

    /** An opened ballot; {@code paperNumber} is null for a ballot cast online. */
    record Opened(String receiptHash, String content, String paperNumber) {
    }

    private static String hmac(SecretKeySpec key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] aad(String purpose, UUID journeyId) {
        return (purpose + ":" + journeyId).getBytes(StandardCharsets.UTF_8);
    }

    private byte[] encrypt(SecretKeySpec key, byte[] plain, byte[] aad) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance(CIPHER);
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(aad);
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] decrypt(SecretKeySpec key, byte[] sealed, byte[] aad) throws GeneralSecurityException {
        if (sealed.length < IV_BYTES) {
            throw new javax.crypto.AEADBadTagException("too short");
        }
        Cipher cipher = Cipher.getInstance(CIPHER);
        cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, IV_BYTES));
        cipher.updateAAD(aad);
        return cipher.doFinal(sealed, IV_BYTES, sealed.length - IV_BYTES);
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}

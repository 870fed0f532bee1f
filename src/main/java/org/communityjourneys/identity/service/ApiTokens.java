package org.communityjourneys.identity.service;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.communityjourneys.identity.domain.UserAccount;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Short-lived signed tokens for the HTTP API: a resident logs in once with their password
 * ({@code POST /api/login}, HTTP Basic, with the usual attempt limits) and sends
 * {@code Authorization: Bearer <token>} with their ballot, so the password hash is checked once,
 * not on every request. A token names the account and when it expires, signed with HMAC-SHA256;
 * nothing is stored. The ballot itself still checks the account in the database (it must still
 * exist, be enabled, verified and in the journey's wards).
 *
 * <p>Properties: {@code communityjourneys.api-token.valid-for} (30 minutes by default) and
 * {@code communityjourneys.api-token.secret}: without it a random key is made at start, so tokens
 * end when the app restarts; several app instances behind one address must share a secret.
 */
@Service
public class ApiTokens {

    private static final String ALGORITHM = "HmacSHA256";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;
    private final Duration validFor;
    private final Clock clock;

    @Autowired
    ApiTokens(@Value("${communityjourneys.api-token.secret:}") String secret,
            @Value("${communityjourneys.api-token.valid-for:30m}") Duration validFor) {
        this(secret, validFor, Clock.systemUTC());
    }

    ApiTokens(String secret, Duration validFor, Clock clock) {
        byte[] keyBytes;
        if (secret == null || secret.isBlank()) {
            keyBytes = new byte[32];
            new SecureRandom().nextBytes(keyBytes);
        } else if (secret.length() < 32) {
            throw new IllegalArgumentException("communityjourneys.api-token.secret must have at least 32 characters.");
        } else {
            keyBytes = secret.getBytes(StandardCharsets.UTF_8);
        }
        this.key = new SecretKeySpec(keyBytes, ALGORITHM);
        this.validFor = validFor;
        this.clock = clock;
    }

    public Duration validFor() {
        return validFor;
    }

    /** A token for this account, valid from now for {@link #validFor()}. */
    public String issue(String username) {
        String account = ENCODER.encodeToString(UserAccount.normalise(username).getBytes(StandardCharsets.UTF_8));
        String payload = account + "." + clock.instant().plus(validFor).getEpochSecond();
        return payload + "." + ENCODER.encodeToString(sign(payload));
    }

    /** The account a token names, when the signature is right and it has not expired. */
    public Optional<String> usernameOf(String token) {
        if (token == null) {
            return Optional.empty();
        }
        String[] parts = token.trim().split("\\.");
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            String payload = parts[0] + "." + parts[1];
            if (!MessageDigest.isEqual(sign(payload), DECODER.decode(parts[2]))) {
                return Optional.empty();
            }
            if (!clock.instant().isBefore(Instant.ofEpochSecond(Long.parseLong(parts[1])))) {
                return Optional.empty();
            }
            return Optional.of(new String(DECODER.decode(parts[0]), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private byte[] sign(String payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}

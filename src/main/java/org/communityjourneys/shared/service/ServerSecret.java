package org.communityjourneys.shared.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a server secret (the ballot sealing secret, the pseudonym secret) comes from: the
 * configured value; else, on an external database, a refusal to start; else, for a throw-away test
 * database, a random one; else (the laptop demo) one generated once into a file beside the embedded
 * database, so that what it keys survives a restart.
 */
public final class ServerSecret {

    private static final Logger log = LoggerFactory.getLogger(ServerSecret.class);

    private ServerSecret() {
    }

    /**
     * @param configured the configured secret, may be blank
     * @param property   the property that sets it, named in the messages
     * @param refusal    why an external database cannot start without it
     * @param fileName   the file beside the embedded database's directory
     */
    public static String resolve(String configured, String externalDatabase, String embeddedDirectory, boolean throwAway,
            String property, String refusal, String fileName) {
        if (configured != null && !configured.isBlank()) {
            return configured.trim();
        }
        if (externalDatabase != null && !externalDatabase.isBlank()) {
            throw new IllegalStateException(refusal);
        }
        if (throwAway) {
            return random();
        }
        return keptIn(Path.of(embeddedDirectory).toAbsolutePath().normalize().resolveSibling(fileName), property);
    }

    /** The secret kept in the file, made on first use (readable by the app's user only). */
    public static String keptIn(Path file, String property) {
        try {
            Files.createDirectories(file.getParent());
            if (!Files.exists(file)) {
                try {
                    Files.writeString(file, random() + "\n", StandardOpenOption.CREATE_NEW);
                    try {
                        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                    } catch (UnsupportedOperationException notPosix) {
                        // best effort on file systems without POSIX permissions
                    }
                    log.info("Generated {} in {}; set it yourself to choose it", property, file);
                } catch (FileAlreadyExistsException madeMeanwhile) {
                    // another start made it first
                }
            }
            return Files.readString(file).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(property + " cannot be kept in " + file, e);
        }
    }

    /** 32 random bytes, URL-safe Base64 (43 characters). */
    public static String random() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

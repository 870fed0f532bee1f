package org.communityjourneys.showcase.domain;

import org.communityjourneys.shared.domain.Wording;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A photo as uploaded: its file name and bytes. Only JPEG, PNG and WebP are accepted, judged by
 * the bytes themselves (their "magic number"), not by the name the browser sent.
 */
public record PhotoUpload(String fileName, byte[] bytes) {

    public static final String JPEG = "image/jpeg";
    public static final String PNG = "image/png";
    public static final String WEBP = "image/webp";

    private static final byte[] JPEG_START = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG_START = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] RIFF = {'R', 'I', 'F', 'F'};
    private static final byte[] WEBP_MARK = {'W', 'E', 'B', 'P'};

    public PhotoUpload {
        bytes = bytes == null ? new byte[0] : bytes;
    }

    /** The content type the bytes show, or empty when they are not a JPEG, PNG or WebP image. */
    public Optional<String> contentType() {
        if (startsWith(bytes, 0, JPEG_START)) {
            return Optional.of(JPEG);
        }
        if (startsWith(bytes, 0, PNG_START)) {
            return Optional.of(PNG);
        }
        if (startsWith(bytes, 0, RIFF) && startsWith(bytes, 8, WEBP_MARK)) {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    /** Why this upload cannot be stored, in English, or empty when it can. */
    public Optional<String> problem(long maxBytes) {
        return problemWording(maxBytes).map(Wording::english);
    }

    /** Why this upload cannot be stored, worded from the bundle for any language, or empty when it can. */
    public Optional<Wording> problemWording(long maxBytes) {
        boolean named = fileName != null;
        if (bytes.length == 0) {
            return Optional.of(named ? Wording.of("showcase.photo.emptyNamed", fileName) : Wording.of("showcase.photo.empty"));
        }
        if (bytes.length > maxBytes) {
            return Optional.of(named ? Wording.of("showcase.photo.tooLargeNamed", fileName, megabytes(maxBytes))
                    : Wording.of("showcase.photo.tooLarge", megabytes(maxBytes)));
        }
        if (!hasImageExtension() || contentType().isEmpty()) {
            return Optional.of(named ? Wording.of("showcase.photo.notImageNamed", fileName) : Wording.of("showcase.photo.notImage"));
        }
        return Optional.empty();
    }

    public static String megabytes(long bytes) {
        double mb = bytes / (1024.0 * 1024.0);
        return (mb == Math.rint(mb) ? String.valueOf((long) mb) : String.format(Locale.UK, "%.1f", mb)) + " MB";
    }

    private boolean hasImageExtension() {
        if (fileName == null || fileName.isBlank()) {
            return true;
        }
        String lower = fileName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".jpg") || lower.endsWith(".jpeg") || lower.endsWith(".png") || lower.endsWith(".webp");
    }

    private static boolean startsWith(byte[] bytes, int offset, byte[] prefix) {
        return bytes.length >= offset + prefix.length
                && Arrays.equals(bytes, offset, offset + prefix.length, prefix, 0, prefix.length);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PhotoUpload that && java.util.Objects.equals(fileName, that.fileName)
                && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return 31 * java.util.Objects.hashCode(fileName) + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "PhotoUpload[" + fileName + ", " + bytes.length + " bytes]";
    }
}

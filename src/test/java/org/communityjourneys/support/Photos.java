package org.communityjourneys.support;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;

/** Real, tiny image files for upload tests, made with the JDK's own encoders. */
public final class Photos {

    private Photos() {
    }

    public static byte[] png() {
        return encode("png");
    }

    public static byte[] jpeg() {
        return encode("jpg");
    }

    /** The first bytes of a WebP file (RIFF, size, WEBP, VP8 chunk): enough for the type check. */
    public static byte[] webpHeader() {
        byte[] bytes = new byte[32];
        System.arraycopy("RIFF".getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, 4);
        bytes[4] = 24;
        System.arraycopy("WEBPVP8 ".getBytes(StandardCharsets.US_ASCII), 0, bytes, 8, 8);
        return bytes;
    }

    /** A text file that only pretends to be a PNG by its name. */
    public static byte[] textPretendingToBeAPng() {
        return "<script>alert('not a photo')</script>".getBytes(StandardCharsets.UTF_8);
    }

    /** A real PNG header padded to the given size. */
    public static byte[] pngOfSize(int size) {
        byte[] real = png();
        byte[] bytes = new byte[size];
        System.arraycopy(real, 0, bytes, 0, Math.min(real.length, size));
        return bytes;
    }

    private static byte[] encode(String format) {
        BufferedImage image = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, Color.ORANGE.getRGB());
        image.setRGB(3, 2, Color.BLUE.getRGB());
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no " + format + " encoder");
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

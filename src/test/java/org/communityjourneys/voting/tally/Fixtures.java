package org.communityjourneys.voting.tally;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.communityjourneys.voting.domain.pabulib.PabulibFile;
import org.communityjourneys.voting.domain.pabulib.PabulibReader;

/** Reads the hand-made .pb files in src/test/resources/pabulib. */
public final class Fixtures {

    private Fixtures() {
    }

    public static String text(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/pabulib/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static PabulibFile file(String name) {
        return PabulibReader.read(text(name));
    }
}

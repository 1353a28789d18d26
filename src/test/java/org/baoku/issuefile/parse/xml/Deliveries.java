package org.baoku.issuefile.parse.xml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.baoku.issuefile.Layout;
import org.baoku.issuefile.Source;

/** The METS/ALTO test deliveries under {@code src/test/resources/deliveries/mets-alto}. */
final class Deliveries {

    static final Path ROOT = root();
    static final Path NDNP = ROOT.resolve("ndnp");
    static final Path ISSUE_1 = NDNP.resolve("sn99000001/00000000001/1901010101");
    static final Path ISSUE_2 = NDNP.resolve("sn99000001/00000000001/1901010201");
    static final Path EUROPEANA = ROOT.resolve("europeana/issue-19250314");
    static final Path BAD = ROOT.resolve("bad");

    private Deliveries() {
    }

    private static Path root() {
        try {
            return Path.of(Deliveries.class.getResource("/deliveries/mets-alto").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Source source(Path file, byte[] content, Layout layout) {
        return new Source(file.toString(), "0".repeat(64), "UTF-8", content.length, layout);
    }
}

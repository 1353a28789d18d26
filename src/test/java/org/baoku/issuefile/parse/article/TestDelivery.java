package org.baoku.issuefile.parse.article;

import java.nio.file.Path;

/** The article-text delivery written for these tests: invented stories in the style of a Chinese daily. */
final class TestDelivery {

    static final Path ROOT = Path.of("src/test/resources/deliveries/article-text");

    private TestDelivery() {
    }

    static Path file(String relative) {
        return ROOT.resolve(relative);
    }
}

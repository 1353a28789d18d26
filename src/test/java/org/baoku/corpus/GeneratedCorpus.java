package org.baoku.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Reading a generated corpus back in tests: its page files, their text and their gold readings. */
final class GeneratedCorpus {

    private GeneratedCorpus() {
    }

    static List<Path> pages(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
    }

    static Path gold(Path page) {
        return page.resolveSibling(CorpusGenerator.goldName(page.getFileName().toString()));
    }

    /** The page's text as the scorer compares it: BOM, CR and whitespace gone, full-width ASCII folded. */
    static String comparable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c >= 0xFF01 && c <= 0xFF5E) {
                out.append((char) (c - 0xFEE0));
            } else if (c != 0xFEFF && !Character.isWhitespace(c) && c != 0x3000) {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    static String text(Path page) throws IOException {
        return new String(Files.readAllBytes(page), StandardCharsets.UTF_8);
    }
}

package org.baoku.issuefile.parse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The shared real front page, read as the masthead parser hands it on: lines 9 to the end. */
final class SamplePage {

    static final Path DIRECTORY = Path.of("..", "shared", "samples");
    static final String NAME = "000_528cc057e7984c5f";
    static final Path TEXT = DIRECTORY.resolve(NAME + ".txt");
    static final Path GOLD = DIRECTORY.resolve(NAME + ".gold.json");
    /** The masthead is lines 5-8; the body starts after it. */
    static final int FIRST_BODY_LINE = 9;

    private SamplePage() {
    }

    static boolean available() {
        return Files.isRegularFile(TEXT) && Files.isRegularFile(GOLD);
    }

    static List<Line> bodyLines() throws IOException {
        String text = Files.readString(TEXT, StandardCharsets.UTF_8);
        String[] raw = text.split("\r?\n", -1);
        List<Line> lines = new ArrayList<>();
        for (int i = FIRST_BODY_LINE - 1; i < raw.length; i++) {
            lines.add(new Line(i + 1, raw[i]));
        }
        return lines;
    }
}

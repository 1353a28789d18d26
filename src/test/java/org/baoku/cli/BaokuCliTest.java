package org.baoku.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.baoku.issuefile.parse.FictionalPages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaokuCliTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream savedOut;
    private PrintStream savedErr;

    @BeforeEach
    void captureOutput() {
        savedOut = System.out;
        savedErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreOutput() {
        System.setOut(savedOut);
        System.setErr(savedErr);
    }

    private List<String> outputLines() {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private Path write(String relative, String text) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    @Test
    void printsOneJsonLinePerFileInInputOrderDirectoriesSortedAndHiddenFilesLeftOut() throws IOException {
        Path single = write("z-single.txt", FictionalPages.FRONT_PAGE);
        write("inbox/b/A02.txt", FictionalPages.INNER_PAGE);
        write("inbox/a/A01.txt", FictionalPages.FRONT_PAGE);
        write("inbox/a/.A01.txt.swp", "editor backup");
        write("inbox/.hidden/A03.txt", FictionalPages.INNER_PAGE);
        write("inbox/a/empty.txt", "");

        int exit = BaokuCli.execute("parse", single.toString(), dir.resolve("inbox").toString());

        assertEquals(0, exit, err.toString(StandardCharsets.UTF_8));
        List<String> lines = outputLines();
        assertEquals(4, lines.size(), lines.toString());
        assertTrue(lines.get(0).contains("z-single.txt"));
        assertTrue(lines.get(1).contains("inbox/a/A01.txt"));
        assertTrue(lines.get(2).contains("inbox/a/empty.txt") && lines.get(2).contains("\"status\":\"REJECTED\""),
                "a rejected file is a reading like any other");
        assertTrue(lines.get(3).contains("inbox/b/A02.txt"));
        assertTrue(lines.get(1).startsWith("{\"source\":"));
    }

    @Test
    void aMissingPathExitsTwoAfterTheOthersAreDone() throws IOException {
        Path page = write("A01.txt", FictionalPages.FRONT_PAGE);
        int exit = BaokuCli.execute("parse", dir.resolve("missing.txt").toString(), page.toString());
        assertEquals(2, exit);
        assertEquals(1, outputLines().size());
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("missing.txt"));
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, BaokuCli.execute());
        assertEquals(2, BaokuCli.execute("parse"));
        assertEquals(2, BaokuCli.execute("frobnicate"));
        assertEquals(2, BaokuCli.execute("parse", "--max-file-bytes", "many", "x"));
    }

    @Test
    void theSizeLimitCanBeSetOnTheCommandLine() throws IOException {
        Path page = write("A01.txt", FictionalPages.FRONT_PAGE);
        assertEquals(0, BaokuCli.execute("parse", "--max-file-bytes", "10", page.toString()));
        assertTrue(outputLines().get(0).contains("FILE_TOO_LARGE"));
    }
}

package org.baoku.issuefile.parse.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NearbyMetsTest {

    private final NearbyMets lookup = new NearbyMets();

    @TempDir
    Path dir;

    private static String mets(String date, String... altoHrefs) {
        StringBuilder files = new StringBuilder();
        StringBuilder pages = new StringBuilder();
        for (int i = 0; i < altoHrefs.length; i++) {
            files.append("<file ID=\"A").append(i).append("\" MIMETYPE=\"text/xml\"><FLocat xlink:href=\"")
                    .append(altoHrefs[i]).append("\"/></file>");
            pages.append("<div TYPE=\"page\" ORDER=\"").append(i + 1).append("\"><fptr FILEID=\"A").append(i).append("\"/></div>");
        }
        return "<mets xmlns=\"http://www.loc.gov/METS/\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" xmlns:mods=\"http://www.loc.gov/mods/v3\">"
                + "<dmdSec ID=\"I\"><mdWrap><xmlData><mods:mods><mods:originInfo><mods:dateIssued>" + date
                + "</mods:dateIssued></mods:originInfo></mods:mods></xmlData></mdWrap></dmdSec>"
                + "<fileSec><fileGrp USE=\"ocr\">" + files + "</fileGrp></fileSec><structMap><div TYPE=\"issue\">" + pages
                + "</div></structMap></mets>";
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    @Test
    void theMetsInTheSameDirectoryIsFound() {
        MetsMatch match = lookup.find(Deliveries.ISSUE_1.resolve("0002.xml")).orElseThrow();
        assertEquals(Deliveries.ISSUE_1.resolve("1901010101.xml"), match.metsFile());
        assertEquals("2", match.page().label());
        assertEquals(LocalDate.of(1901, 1, 1), match.issue().date());
    }

    @Test
    void theMetsOneDirectoryUpIsFound() {
        MetsMatch match = lookup.find(Deliveries.EUROPEANA.resolve("alto/00002.xml")).orElseThrow();
        assertEquals(Deliveries.EUROPEANA.resolve("mets.xml"), match.metsFile());
        assertEquals("ALTO00002", match.page().altoFileId());
    }

    @Test
    void theMetsTwoDirectoriesUpIsFoundAndAMetsThatDoesNotNameTheFileIsPassedOver() throws IOException {
        write(dir.resolve("issue/mets.xml"), mets("1910-05-06", "text/alto/p1.xml", "text/alto/p2.xml"));
        write(dir.resolve("issue/text/other-mets.xml"), mets("1999-01-01", "alto/p9.xml"));
        write(dir.resolve("issue/text/alto/p2.xml"), "<alto/>");
        MetsMatch match = lookup.find(dir.resolve("issue/text/alto/p2.xml")).orElseThrow();
        assertEquals(dir.resolve("issue/mets.xml"), match.metsFile());
        assertEquals(2, match.page().order());
        assertEquals(LocalDate.of(1910, 5, 6), match.issue().date());
    }

    @Test
    void anAltoNoMetsNamesIsNotFound() {
        Path stray = Deliveries.ROOT.resolve("orphan/stray-0001.xml");
        assertEquals(Optional.empty(), lookup.find(stray));
        assertTrue(lookup.whereLooked(stray).contains(stray.getParent().toString()), lookup.whereLooked(stray));
    }

    @Test
    void aChangedMetsIsReadAgainAndANewOneIsSeen() throws IOException {
        Path alto = dir.resolve("p1.xml");
        write(alto, "<alto/>");
        assertEquals(Optional.empty(), lookup.find(alto));

        Path mets = dir.resolve("mets.xml");
        write(mets, mets("1920-01-01", "p1.xml"));
        // a directory's time may have a coarse resolution: make the change visible whatever it is
        Files.setLastModifiedTime(dir, FileTime.from(Instant.now().plusSeconds(5)));
        assertEquals(LocalDate.of(1920, 1, 1), lookup.find(alto).orElseThrow().issue().date());

        write(mets, mets("1920-01-02", "p1.xml"));
        Files.setLastModifiedTime(mets, FileTime.from(Instant.now().plusSeconds(10)));
        assertEquals(LocalDate.of(1920, 1, 2), lookup.find(alto).orElseThrow().issue().date());
    }

    @Test
    void theCacheIsBoundedAndSharedSafelyByThreads() throws Exception {
        NearbyMets small = new NearbyMets(3, 1_000_000, XmlLimits.DEFAULT);
        List<Path> altos = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Path issue = dir.resolve("issue" + i);
            write(issue.resolve("mets.xml"), mets("1920-01-0" + (i + 1), "p.xml"));
            write(issue.resolve("p.xml"), "<alto/>");
            altos.add(issue.resolve("p.xml"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<LocalDate>> dates = new ArrayList<>();
            for (int round = 0; round < 50; round++) {
                Path alto = altos.get(round % altos.size());
                dates.add(pool.submit(() -> small.find(alto).orElseThrow().issue().date()));
            }
            for (int round = 0; round < 50; round++) {
                assertEquals(LocalDate.of(1920, 1, round % altos.size() + 1), dates.get(round).get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertTrue(small.cachedDirectories() <= 3, "cached " + small.cachedDirectories());
    }
}

package org.baoku.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A clean delivery leaves no ERROR in the server log: two partitions that meet the same new paper and
 * the same reporters at once race to create their rows, and the loser finds the winner's row without a
 * word in the log (Hibernate used to log every lost race as an ERROR, indistinguishable from a failure).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class QuietLogIT {

    private static final Duration BOUND = Duration.ofMinutes(3);
    private static final int FILES = 120;
    private static final String NAMES = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥金木水火土日月星山川河海江湖风云雷电春夏秋冬东南西北松竹梅兰菊桃李杏柳杨红黄蓝白";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestDeployments.builtWar();
    }

    @ArquillianResource
    URL application;

    @ArquillianResource
    ManagementClient management;

    @Test
    void partitionsRacingForTheSameNewRowsLogNoError() throws Exception {
        TestUsers.addOperatorAndViewer(management.getControllerClient());
        Path inbox = TestInboxes.PROJECT.resolve("target/it-inboxes").resolve("quiet-" + System.nanoTime());
        Files.createDirectories(inbox);
        // file k of the first half and file k of the second half (one per partition) name the same new paper
        // and the same new reporter, so the two partitions meet them at about the same moment, 60 times
        LocalDate first = LocalDate.of(2019, 6, 1);
        for (int day = 0; day < FILES; day++) {
            int pair = day % (FILES / 2);
            Path page = GeneratedPages.frontPage(inbox, "静" + NAMES.charAt(pair) + "日报", first.plusDays(day), 700 + day);
            Files.writeString(page, Files.readString(page).replace("林测", "林" + NAMES.charAt(pair) + "明"));
        }
        Path log = serverLog();
        long logBefore = Files.size(log);

        ArchiveClient archive = new ArchiveClient(application.toString());
        // two partitions of one file per chunk
        JsonObject end = archive.run("archive-import", "{\"inbox\": \"" + inbox + "\", \"settleSeconds\": \"0\", "
                + "\"partitions\": \"2\", \"chunkSize\": \"1\"}", BOUND);

        assertEquals(FILES, end.getJsonObject("files").getInt("IMPORTED") + end.getJsonObject("files")
                .getInt("IMPORTED_WITH_WARNINGS"), end.toString());
        List<String> errors = appendedSince(log, logBefore).stream().filter(line -> line.contains(" ERROR [")).toList();
        assertTrue(errors.isEmpty(), "ERROR lines during a clean import:\n" + String.join("\n", errors));
    }

    private Path serverLog() throws Exception {
        ModelNode read = Operations.createReadAttributeOperation(
                Operations.createAddress("core-service", "server-environment"), "log-dir");
        ModelNode result = management.getControllerClient().execute(read);
        assertTrue(Operations.isSuccessfulOutcome(result), result.toString());
        return Path.of(Operations.readResult(result).asString(), "server.log");
    }

    private static List<String> appendedSince(Path log, long offset) throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            byte[] appended = new byte[(int) Math.max(0, file.length() - offset)];
            file.seek(offset);
            file.readFully(appended);
            return new String(appended, StandardCharsets.UTF_8).lines().toList();
        }
    }
}

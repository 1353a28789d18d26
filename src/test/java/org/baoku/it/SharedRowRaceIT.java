package org.baoku.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;

import org.baoku.archive.Issue;
import org.baoku.archive.Publication;
import org.baoku.archive.ReferenceRows;
import org.baoku.archive.SharedRows;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside the server: a shared row (publication, issue, contributor, a page assembled from article files)
 * created a second time — what a partition that lost the race to another does — is refused with the
 * unique key, leaves the winner's row the only one, and writes nothing to the server log.
 * (QuietLogIT shows the same over a whole import, where a race may or may not happen.)
 */
@ExtendWith(ArquillianExtension.class)
class SharedRowRaceIT {

    @Deployment
    static WebArchive deployment() {
        return TestDeployments.builtWar().addClasses(SharedRowRaceIT.class);
    }

    @Inject
    ReferenceRows creator;

    @Inject
    SharedRows shared;

    @Resource
    UserTransaction transaction;

    @Test
    void aRowCreatedTwiceIsRefusedQuietlyAndFoundOnce() throws Exception {
        Path log = Path.of(System.getProperty("jboss.server.log.dir"), "server.log");
        long before = Files.size(log);
        String title = "竞速日报" + System.nanoTime();
        LocalDate date = LocalDate.of(2020, 2, 2);

        creator.createPublication(title);
        assertLostRace(() -> creator.createPublication(title));
        Publication publication = inTransaction(() -> shared.publication(title));
        creator.createIssue(publication.getId(), date);
        assertLostRace(() -> creator.createIssue(publication.getId(), date));
        Issue issue = inTransaction(() -> shared.issue(publication, date));
        creator.createAssembledPage(issue.getId(), "01", "/inbox/20200202-01");
        assertLostRace(() -> creator.createAssembledPage(issue.getId(), "01", "/inbox/20200202-01"));
        creator.createContributor(title + "记者");
        assertLostRace(() -> creator.createContributor(title + "记者"));

        assertEquals(title, inTransaction(() -> shared.publication(title)).getTitle());
        assertEquals(issue.getId(), inTransaction(() -> shared.issue(publication, date)).getId());
        List<String> errors = appendedSince(log, before).stream().filter(line -> line.contains(" ERROR ")).toList();
        assertTrue(errors.isEmpty(), "a lost race logged:\n" + String.join("\n", errors));
    }

    private static void assertLostRace(Runnable create) {
        RuntimeException lost = assertThrows(RuntimeException.class, create::run);
        assertEquals("AlreadyCreated", lost.getClass().getSimpleName(), lost.toString());
    }

    private interface Work<T> {
        T run() throws Exception;
    }

    private <T> T inTransaction(Work<T> work) throws Exception {
        transaction.begin();
        try {
            return work.run();
        } finally {
            transaction.commit();
        }
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

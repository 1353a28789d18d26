package org.baoku.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A front page that points nowhere is labelled 01 by the parser, its inner pages print A02 and A03: the
 * archive checks give it the issue's scheme (A01) before they compare labels, so the complete issue has
 * no MISSING_PAGES, and the search shows the new label.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FrontPageLabelIT {

    private static final Duration BOUND = Duration.ofMinutes(3);
    private static final String PAPER = "对齐日报";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestDeployments.builtWar();
    }

    @ArquillianResource
    URL application;

    @ArquillianResource
    ManagementClient management;

    @Test
    void aPlainFrontPageTakesItsIssuesLabelScheme() throws Exception {
        TestUsers.addOperatorAndViewer(management.getControllerClient());
        Path inbox = TestInboxes.PROJECT.resolve("target/it-inboxes").resolve("labels-" + System.nanoTime());
        Files.createDirectories(inbox);
        LocalDate date = LocalDate.of(2018, 8, 8);
        GeneratedPages.frontPage(inbox, PAPER, date, 4101, 3, null);
        GeneratedPages.innerPage(inbox, date, "A02", null);
        GeneratedPages.innerPage(inbox, date, "A03", null);

        ArchiveClient archive = new ArchiveClient(application.toString());
        archive.run("archive-import", "{\"inbox\": \"" + inbox + "\", \"settleSeconds\": \"0\"}", BOUND);

        JsonObject publication = archive.read("archive/publications?limit=100").getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).filter(p -> p.getString("title").equals(PAPER)).findFirst().orElseThrow();
        long issueId = archive.read("archive/publications/" + publication.getJsonNumber("id") + "/issues")
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        JsonObject issue = archive.read("archive/issues/" + issueId);
        assertEquals(List.of("A01", "A02", "A03"),
                issue.getJsonArray("pages").stream().map(p -> p.asJsonObject().getString("label")).toList());
        assertEquals(List.of(), issue.getJsonArray("missingPages").getValuesAs(JsonValue::toString));
        assertFalse(issue.getJsonArray("findings").stream()
                .anyMatch(f -> f.asJsonObject().getString("code").equals("MISSING_PAGES")), issue.toString());

        JsonObject hits = archive.search("q", PAPER + "第4101期要闻", "publication", PAPER);
        assertEquals("A01", hits.getJsonArray("hits").getJsonObject(0).getString("pageLabel"), hits.toString());
    }
}

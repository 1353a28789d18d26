package org.baoku.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.baoku.cli.BaokuCli;
import org.baoku.cli.operate.Environment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code bin/baoku}'s operator and reader commands against the deployed server, as cron, an operator or
 * a reader runs them:
 * the CLI's own entry point in this JVM, with its environment given (BAOKU_URL, BAOKU_USER,
 * BAOKU_PASSWORD) and its output captured; the server, its security, the batch runtime and the DB real.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OperatorCliIT {

    private static final Duration BOUND = Duration.ofMinutes(3);
    private static final Pattern EXECUTION = Pattern.compile("execution\\s+(\\d+)");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestDeployments.builtWar();
    }

    @ArquillianResource
    ManagementClient management;

    @ArquillianResource
    URL base;

    /** What one command line did. */
    private record Run(int exit, String out, String err) {

        JsonObject json() {
            return Json.createReader(new StringReader(out)).readObject();
        }

        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    @BeforeEach
    void users() throws Exception {
        TestUsers.addOperatorAndViewer(management.getControllerClient());
    }

    private Run cli(String user, String... args) {
        return cli(Map.of(Environment.URL, base + "api", Environment.USER, user,
                Environment.PASSWORD, TestUsers.PASSWORD), args);
    }

    private static Run cli(Map<String, String> environment, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = BaokuCli.execute(Environment.of(environment), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
        Run run = new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        System.out.println("baoku " + String.join(" ", args) + " -> " + run); // in the failsafe report
        return run;
    }

    /** The inbox as an operator in the project directory would type it: relative, with a detour. */
    private static String relative(Path inbox) {
        Path cwd = Path.of("").toAbsolutePath();
        Path relative = cwd.relativize(inbox);
        return relative.getParent().resolve("../" + relative.getParent().getFileName()).resolve(".")
                .resolve(relative.getFileName()).toString();
    }

    @Test
    void importWaitsForTheRunAndStatusListAndReportShowIt() throws Exception {
        Path inbox = TestInboxes.copyOf("management", false);
        String typed = relative(inbox);
        assertTrue(typed.contains("..") && !Path.of(typed).isAbsolute(), typed);

        Run imported = cli(TestUsers.OPERATOR, "import", typed, "--wait", "--param", "settleSeconds=0", "--timeout", "3m");

        assertEquals(0, imported.exit(), "COMPLETED_WITH_REJECTS is a completed run: " + imported);
        assertTrue(imported.err().contains("started execution ") && imported.err().contains(" over " + inbox),
                "the inbox was sent absolute and normalised: " + imported);
        assertTrue(imported.err().contains("2/2 files"), "progress on stderr: " + imported);
        assertTrue(imported.out().contains("status          COMPLETED (exit status COMPLETED_WITH_REJECTS)"), imported.out());
        assertTrue(imported.out().contains("files           2 in all, IMPORTED "), imported.out());
        assertTrue(imported.out().contains("REJECTED 1"), imported.out());
        assertTrue(imported.out().contains("step            import-issue-files  COMPLETED"), imported.out());
        long id = executionIn(imported.out());

        Run status = cli(TestUsers.VIEWER, "status", String.valueOf(id));
        assertEquals(0, status.exit(), status.toString());
        assertTrue(status.out().startsWith("execution       " + id + " archive-import\n"), status.out());
        assertTrue(status.out().contains("ended  "), status.out());
        JsonObject json = cli(TestUsers.VIEWER, "status", String.valueOf(id), "--json").json();
        assertEquals("COMPLETED", json.getString("batchStatus"));
        assertEquals(2, json.getJsonObject("files").getInt("TOTAL"));

        Run list = cli(TestUsers.VIEWER, "list");
        assertEquals(0, list.exit(), list.toString());
        // columns are as wide as their longest value (job names differ: reindex-archive is longer)
        assertTrue(list.out().lines().anyMatch(line -> line.trim().matches(id + " +archive-import +COMPLETED +"
                + "COMPLETED_WITH_REJECTS .*")), list.out());
        JsonObject completed = cli(TestUsers.VIEWER, "list", "--status", "completed", "--json").json();
        assertTrue(completed.getJsonArray("executions").stream()
                .anyMatch(e -> e.asJsonObject().getJsonNumber("executionId").longValue() == id), completed.toString());

        Run report = cli(TestUsers.VIEWER, "report", String.valueOf(id));
        assertEquals(0, report.exit(), report.toString());
        assertTrue(report.out().contains("inbox           " + inbox + "\n"), report.out());
        assertTrue(report.out().contains("rejected        1 file\n"), report.out());
        assertTrue(report.out().contains("mgmt-empty.txt: "), report.out());
        assertEquals(id, cli(TestUsers.VIEWER, "report", String.valueOf(id), "--json").json()
                .getJsonNumber("executionId").longValue());

        Run again = cli(TestUsers.OPERATOR, "restart", String.valueOf(id));
        assertEquals(1, again.exit(), "a completed execution is not restarted: " + again);
        assertTrue(again.err().startsWith("baoku restart: ") && again.err().contains("(409 on POST /executions/"),
                again.toString());
        Run unknown = cli(TestUsers.VIEWER, "status", "987654321");
        assertEquals(2, unknown.exit(), unknown.toString());
        assertTrue(unknown.err().contains("987654321"), unknown.toString());
    }

    @Test
    void stopAndRestartALongRun() throws Exception {
        int files = 1500;
        Path inbox = GeneratedPages.frontPages(TestInboxes.PROJECT.resolve("target/it-inboxes/cli-long-" + UUID.randomUUID()),
                "命令日报", LocalDate.of(1990, 1, 1), files, 1);
        Run started = cli(TestUsers.OPERATOR, "import", inbox.toString(), "--json", "--param", "settleSeconds=0",
                "--param", "chunkSize=5", "--param", "partitions=1");
        assertEquals(0, started.exit(), started.toString());
        long id = started.json().getJsonNumber("executionId").longValue();
        awaitFilesDone(id);

        Run impatient = cli(TestUsers.VIEWER, "status", String.valueOf(id), "--wait", "--timeout", "1s");
        assertEquals(1, impatient.exit(), "a wait that times out is not a completed run: " + impatient);
        assertTrue(impatient.err().contains("gave up waiting after 0:00:01: execution " + id + " is still STARTED"),
                impatient.err());
        assertTrue(impatient.out().contains("status          STARTED"), "the state it was left in: " + impatient.out());

        // someone follows the run, as a scheduler would after the import was started elsewhere
        CompletableFuture<Run> follower = CompletableFuture.supplyAsync(
                () -> cli(TestUsers.VIEWER, "status", String.valueOf(id), "--wait", "--timeout", "3m"));
        Run stop = cli(TestUsers.OPERATOR, "stop", String.valueOf(id));
        assertEquals(0, stop.exit(), stop.toString());
        assertTrue(stop.out().startsWith("asked execution " + id + " to stop"), stop.out());

        Run followed = follower.get(BOUND.toSeconds(), TimeUnit.SECONDS);
        assertEquals(1, followed.exit(), "a stopped run is not a completed one: " + followed);
        assertTrue(followed.out().contains("status          STOPPED"), "the run must still have been going: " + followed);
        assertTrue(cli(TestUsers.VIEWER, "list", "--status", "STOPPED").out().lines()
                .anyMatch(line -> line.trim().startsWith(id + "  ")));
        long before = cli(TestUsers.VIEWER, "status", String.valueOf(id), "--json").json()
                .getJsonObject("progress").getJsonNumber("done").longValue();
        assertTrue(before > 0 && before < files, "stopped part-way: " + before + " of " + files);

        Run restarted = cli(TestUsers.OPERATOR, "restart", String.valueOf(id), "--wait", "--timeout", "5m");
        assertEquals(0, restarted.exit(), restarted.toString());
        Matcher again = Pattern.compile("restarted execution " + id + " as execution (\\d+)").matcher(restarted.err());
        assertTrue(again.find(), restarted.err());
        long second = Long.parseLong(again.group(1));
        assertTrue(restarted.err().contains("execution " + second + " COMPLETED: " + files + "/" + files + " files"),
                "progress ends with every file done: " + restarted.err());
        assertTrue(restarted.out().startsWith("execution       " + second + " archive-import\nstatus          COMPLETED\n"),
                restarted.out());
        assertTrue(restarted.out().contains("files           " + files + " in all"), "every file once: " + restarted.out());
    }

    private void awaitFilesDone(long id) throws InterruptedException {
        long deadline = System.nanoTime() + BOUND.toNanos();
        while (cli(TestUsers.VIEWER, "status", String.valueOf(id), "--json").json()
                .getJsonObject("progress").getJsonNumber("done").longValue() == 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("execution " + id + " recorded no file within " + BOUND);
            }
            Thread.sleep(20);
        }
    }

    @Test
    void aViewerMayNotImportAndWrongCredentialsOrURLsExitThree() throws Exception {
        String inbox = TestInboxes.copyOf("management", false).toString();
        Run viewer = cli(TestUsers.VIEWER, "import", inbox);
        assertEquals(3, viewer.exit(), viewer.toString());
        assertEquals("baoku import: user 'test-viewer' may not POST /jobs/archive-import (403 Forbidden): that needs "
                + "the operator role (bin/baoku-user add NAME --role operator)\n", viewer.err());
        assertEquals("", viewer.out());
        assertEquals(3, cli(TestUsers.VIEWER, "stop", "1").exit());

        Path passwordFile = TestInboxes.PROJECT.resolve("target/it-inboxes/password-" + UUID.randomUUID());
        Files.writeString(passwordFile, TestUsers.PASSWORD + "\n");
        Run withFile = cli(Map.of(Environment.URL, base + "api"), "list", "--user", TestUsers.VIEWER,
                "--password-file", passwordFile.toString());
        assertEquals(0, withFile.exit(), "the password from a file, the user as an option: " + withFile);

        Run wrongPassword = cli(Map.of(Environment.URL, base + "api", Environment.USER, TestUsers.OPERATOR,
                Environment.PASSWORD, "not-the-password"), "list");
        assertEquals(3, wrongPassword.exit(), wrongPassword.toString());
        assertTrue(wrongPassword.err().contains("refused the credentials of user 'test-operator' (401"), wrongPassword.err());

        Run wrongUrl = cli(TestUsers.VIEWER, "list", "--url", base + "nothing-here");
        assertEquals(3, wrongUrl.exit(), wrongUrl.toString());

        Run outsideRoots = cli(TestUsers.OPERATOR, "import", "/etc");
        assertEquals(2, outsideRoots.exit(), outsideRoots.toString());
        assertTrue(outsideRoots.err().contains("not under an allowed root"), outsideRoots.err());
    }

    @Test
    void theScheduleIsEnabledAndDisabledAgain() throws Exception {
        Path inbox = TestInboxes.copyOf("management", false);
        try {
            Run enabled = cli(TestUsers.OPERATOR, "schedule", "--enable", "--expression", "0 3 * * *",
                    "--inbox", relative(inbox));
            assertEquals(0, enabled.exit(), enabled.toString());
            assertTrue(enabled.out().startsWith("schedule        enabled\nexpression      0 3 * * *\ninbox           "
                    + inbox + "\nnext run        "), enabled.out());
            JsonObject shown = cli(TestUsers.VIEWER, "schedule", "--json").json();
            assertTrue(shown.getBoolean("enabled"));
            assertEquals(inbox.toString(), shown.getString("inbox"));
            assertTrue(shown.containsKey("nextFire"), shown.toString());

            assertEquals(3, cli(TestUsers.VIEWER, "schedule", "--disable").exit(), "viewers only look");
            Run badCron = cli(TestUsers.OPERATOR, "schedule", "--expression", "nightly");
            assertEquals(2, badCron.exit(), badCron.toString());

            Run disabled = cli(TestUsers.OPERATOR, "schedule", "--disable");
            assertEquals(0, disabled.exit(), disabled.toString());
            assertTrue(disabled.out().startsWith("schedule        disabled\nexpression      0 3 * * *\n"), disabled.out());
            JsonObject after = cli(TestUsers.VIEWER, "schedule", "--json").json();
            assertFalse(after.getBoolean("enabled"));
            assertEquals("0 3 * * *", after.getString("expression"), "disabling keeps the expression");
            assertFalse(after.containsKey("nextFire") && !after.isNull("nextFire"), after.toString());
        } finally {
            cli(TestUsers.OPERATOR, "schedule", "--disable");
        }
    }

    /** The demo paper's title in this test's copy of it, apart from the copies other tests import. */
    private static final String PAPER = "检索日报";

    @Test
    void aReaderSearchesTheDemoPaperAndReadsAContinuedStory() throws Exception {
        Run imported = cli(TestUsers.OPERATOR, "import", TestInboxes.demoInboxAs(PAPER).toString(), "--wait",
                "--param", "settleSeconds=0", "--timeout", "3m");
        assertEquals(0, imported.exit(), imported.toString());

        Run search = cli(TestUsers.VIEWER, "search", "城际铁路", "--publication", PAPER);
        assertEquals(0, search.exit(), search.toString());
        assertEquals("", search.err());
        String head = "2024-03-11  " + PAPER + "  A01  青川至云岭城际铁路4月1日起开通运营  article ";
        List<String> lines = search.out().lines().toList();
        int hit = indexOf(lines, head);
        assertTrue(hit >= 0, "the article is a hit: " + search.out());
        String snippet = lines.get(hit + 1);
        assertTrue(snippet.startsWith("    ") && snippet.contains("【") && !snippet.contains("<em>")
                && snippet.replace("【", "").replace("】", "").contains("城际铁路"), "a snippet with the match marked: "
                + snippet);
        assertTrue(search.out().contains("\npublication     " + PAPER + " 2\n"), "facet counts: " + search.out());

        JsonObject json = cli(TestUsers.VIEWER, "search", "城际铁路", "--publication", PAPER, "--json").json();
        long articleId = Long.parseLong(lines.get(hit).substring(head.length()).trim());
        JsonObject sameHit = hitOf(json, articleId);
        assertEquals("2024-03-11", sameHit.getString("date"), json.toString());
        assertEquals("A01", sameHit.getString("pageLabel"));

        Run bad = cli(TestUsers.VIEWER, "search", "\"城际铁路");
        assertEquals(2, bad.exit(), "an unbalanced quote is the reader's mistake: " + bad);
        assertTrue(bad.err().startsWith("baoku search: ") && bad.err().contains("(400 on GET /archive/search?q="),
                "the server's message: " + bad);
        assertEquals("", bad.out());

        // 全市春耕备耕工作全面展开 goes on from A01 to A02 (下转A02版 ①, 上接A01版 ①)
        JsonObject spring = cli(TestUsers.VIEWER, "search", "春耕备耕", "--publication", PAPER, "--to", "2024-03-11",
                "--json").json();
        JsonObject front = spring.getJsonArray("hits").stream().map(JsonValue::asJsonObject)
                .filter(h -> "全市春耕备耕工作全面展开".equals(h.getString("headline", null))
                        && "A01".equals(h.getString("pageLabel")))
                .findFirst().orElseThrow(() -> new AssertionError("no hit for the A01 half: " + spring));
        Run story = cli(TestUsers.VIEWER, "show", "article", String.valueOf(front.getJsonNumber("articleId")));
        assertEquals(0, story.exit(), story.toString());
        assertTrue(story.out().contains("\ncontinued       to A02 ①\n"), story.out());
        assertTrue(story.out().contains("\nstory           2 parts, complete\n"), story.out());
        assertTrue(story.out().contains("\n--- part 1 of 2: A01 (page " + front.getJsonNumber("pageId") + ", article "
                + front.getJsonNumber("articleId") + ", this article)  全市春耕备耕工作全面展开\n"), story.out());
        int second = story.out().indexOf("\n--- part 2 of 2: A02 (page ");
        assertTrue(second > 0, story.out());
        assertTrue(story.out().indexOf("惊蛰过后") < second && story.out().indexOf("针对今年春季可能出现的低温阴雨天气") > second,
                "the parts in reading order, each with its text: " + story.out());

        Run issue = cli(TestUsers.VIEWER, "show", "issue", String.valueOf(sameHit.getJsonNumber("issueId")));
        assertEquals(0, issue.exit(), issue.toString());
        assertTrue(issue.out().contains("\npublication     " + PAPER + " (publication "), issue.out());
        assertTrue(issue.out().contains("\ndate            2024-03-11 星期一\n"), issue.out());
        assertTrue(issue.out().contains("  page " + sameHit.getJsonNumber("pageId") + "\n"), "its pages: " + issue.out());
        Run page = cli(TestUsers.VIEWER, "show", "page", String.valueOf(sameHit.getJsonNumber("pageId")));
        assertEquals(0, page.exit(), page.toString());
        assertTrue(page.out().contains("qc-20240311-A01.txt"), "its source: " + page.out());
        assertTrue(page.out().contains("\n                article " + articleId + "  青川至云岭城际铁路4月1日起开通运营"),
                page.out());

        Run unknown = cli(TestUsers.VIEWER, "show", "article", "987654321");
        assertEquals(2, unknown.exit(), unknown.toString());
        Run anonymous = cli(Map.of(Environment.URL, base + "api"), "search", "城际铁路");
        assertEquals(3, anonymous.exit(), anonymous.toString());
        Run wrongPassword = cli(Map.of(Environment.URL, base + "api", Environment.USER, TestUsers.VIEWER,
                Environment.PASSWORD, "not-the-password"), "show", "article", String.valueOf(articleId));
        assertEquals(3, wrongPassword.exit(), wrongPassword.toString());
        assertTrue(wrongPassword.err().contains("(401 Unauthorized)"), wrongPassword.err());
    }

    private static int indexOf(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }

    private static JsonObject hitOf(JsonObject search, long articleId) {
        return search.getJsonArray("hits").stream().map(JsonValue::asJsonObject)
                .filter(h -> h.getJsonNumber("articleId").longValue() == articleId)
                .findFirst().orElseThrow(() -> new AssertionError("article " + articleId + " is no hit: " + search));
    }

    private static long executionIn(String text) {
        Matcher m = EXECUTION.matcher(text);
        if (!m.find()) {
            throw new AssertionError("no execution id in: " + text);
        }
        return Long.parseLong(m.group(1));
    }

}

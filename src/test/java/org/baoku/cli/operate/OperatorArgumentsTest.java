package org.baoku.cli.operate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.baoku.cli.BaokuCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** Arguments, credentials and exit codes of the operator commands, before (or without) any server. */
class OperatorArgumentsTest {

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private static Run run(Map<String, String> environment, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = BaokuCli.execute(Environment.of(environment), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** A port nothing listens on: the connection is refused at once. */
    private static final Map<String, String> NOWHERE = Map.of("BAOKU_URL", "http://127.0.0.1:1/baoku/api",
            "BAOKU_USER", "someone", "BAOKU_PASSWORD", "secret");

    @Test
    void everyOperatorCommandHasHelp() {
        for (String command : new String[] {"import", "status", "list", "stop", "restart", "report", "schedule",
                "search", "show"}) {
            Run help = run(Map.of(), command, "--help");
            assertEquals(0, help.exit(), command);
            assertTrue(help.out().contains("Usage: baoku " + command), help.out());
            assertTrue(help.out().contains("--url") && help.out().contains("--json"), help.out());
        }
    }

    @Test
    void usageErrorsExitTwoWithAShortMessage() {
        Run missing = run(NOWHERE, "import");
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("Missing required parameter: 'DIR'"), missing.err());
        assertTrue(missing.err().contains("Try 'baoku import --help'"), missing.err());
        assertEquals(2, run(NOWHERE, "status", "twelve").exit());
        assertEquals(2, run(NOWHERE, "list", "--status", "DONE").exit());
        assertEquals(2, run(NOWHERE, "list", "--size", "0").exit());
        assertEquals(2, run(NOWHERE, "schedule", "--enable", "--disable").exit());
        assertEquals(2, run(NOWHERE, "import", "x", "--param", "inbox=/elsewhere").exit());
        assertEquals(2, run(NOWHERE, "status", "1", "--wait", "--timeout", "soon").exit());
        assertUsage("give a QUERY, or a filter", run(NOWHERE, "search"));
        assertUsage("--from 2024-03-02 is after --to 2024-03-01",
                run(NOWHERE, "search", "x", "--from", "2024-03-02", "--to", "2024-03-01"));
        assertEquals(2, run(NOWHERE, "search", "x", "--from", "2024-13-01").exit());
        assertUsage("--sort: 'newest' is none of relevance, date, -date", run(NOWHERE, "search", "x", "--sort", "newest"));
        assertUsage("--limit must be between 1 and 100", run(NOWHERE, "search", "x", "--limit", "101"));
        assertUsage("--offset must be 0 or more", run(NOWHERE, "search", "x", "--offset", "-1"));
        assertUsage("KIND: 'story' is none of issue, page, article", run(NOWHERE, "show", "story", "1"));
        assertEquals(2, run(NOWHERE, "show", "article", "one").exit());
        assertEquals(2, run(NOWHERE, "show", "article").exit());
        Run url = run(Map.of("BAOKU_USER", "u", "BAOKU_PASSWORD", "p"), "list", "--url", "localhost:8080");
        assertEquals(2, url.exit());
        assertTrue(url.err().contains("is not an http(s) URL"), url.err());
    }

    private static void assertUsage(String message, Run run) {
        assertEquals(2, run.exit(), run.toString());
        assertTrue(run.err().contains(message), run.err());
        assertEquals("", run.out());
    }

    @Test
    void noConnectionAndNoCredentialsExitThree() throws Exception {
        Run refused = run(NOWHERE, "status", "1");
        assertEquals(3, refused.exit());
        assertTrue(refused.err().contains("cannot reach the baoku API at http://127.0.0.1:1/baoku/api/"), refused.err());

        assertEquals(3, run(NOWHERE, "search", "经济").exit());
        assertEquals(3, run(NOWHERE, "show", "issue", "7").exit());
        assertEquals(3, run(Map.of(), "search", "经济").exit(), "no credentials");
        Run noUser = run(Map.of(), "list");
        assertEquals(3, noUser.exit());
        assertTrue(noUser.err().contains("no user: give --user or set BAOKU_USER"), noUser.err());

        Run noPassword = run(Map.of("BAOKU_USER", "someone"), "list");
        assertEquals(3, noPassword.exit());
        assertTrue(noPassword.err().contains("set BAOKU_PASSWORD or give --password-file"), noPassword.err());

        Path file = Files.writeString(dir.resolve("password"), "secret\n");
        Map<String, String> fromFile = new HashMap<>(NOWHERE);
        fromFile.remove("BAOKU_PASSWORD");
        Run withFile = run(fromFile, "list", "--password-file", file.toString());
        assertTrue(withFile.err().contains("cannot reach"), "the password file is enough: " + withFile.err());
    }

    @Test
    void theInboxAndPathParametersAreSentAbsoluteAndNormalised() {
        ImportCommand command = new ImportCommand();
        new CommandLine(command).parseArgs("inbox/../deliveries/./2026-01", "--param", "settleSeconds=0",
                "--param", "quarantine=q", "--param", "include=*.txt");
        Map<String, String> body = command.jobParameters();
        Path cwd = Path.of("").toAbsolutePath();
        assertEquals(cwd.resolve("deliveries/2026-01").toString(), body.get("inbox"));
        assertEquals(cwd.resolve("q").toString(), body.get("quarantine"));
        assertEquals("0", body.get("settleSeconds"));
        assertEquals("*.txt", body.get("include"), "other parameters as given");
    }

    @Test
    void listAsksForThePageAndStatus() {
        ListCommand command = new ListCommand();
        new CommandLine(command).parseArgs("--status", "stopped", "--page", "2");
        assertEquals("executions?page=2&size=20&status=STOPPED", command.path());
    }

    @Test
    void searchSendsEveryFilterEncodedAndShowAsksForTheKindAndId() {
        SearchCommand search = new SearchCommand();
        new CommandLine(search).parseArgs("\"青川港\" -集装箱 R&D", "--from", "2024-03-01", "--to", "2024-03-31",
                "--publication", "青川日报", "--reporter", "林 晓雯", "--page", "A01", "--sort", "-date",
                "--offset", "20", "--limit", "10");
        assertEquals("archive/search?q=%22%E9%9D%92%E5%B7%9D%E6%B8%AF%22%20-%E9%9B%86%E8%A3%85%E7%AE%B1%20R%26D"
                + "&publication=%E9%9D%92%E5%B7%9D%E6%97%A5%E6%8A%A5&from=2024-03-01&to=2024-03-31&page=A01"
                + "&reporter=%E6%9E%97%20%E6%99%93%E9%9B%AF&sort=-date&offset=20&limit=10", search.path());

        SearchCommand filterOnly = new SearchCommand();
        new CommandLine(filterOnly).parseArgs("--reporter", "张三");
        assertEquals("archive/search?q=&reporter=%E5%BC%A0%E4%B8%89&sort=relevance&offset=0&limit=20",
                filterOnly.path());

        ShowCommand show = new ShowCommand();
        new CommandLine(show).parseArgs("Article", "101");
        assertEquals("archive/articles/101", show.path());
        new CommandLine(show).parseArgs("issue", "7");
        assertEquals("archive/issues/7", show.path());
    }

    @Test
    void scheduleChangesWhatIsGivenAndKeepsTheRest() {
        JsonObject current = json("{\"enabled\":true,\"expression\":\"0 2 * * *\",\"inbox\":\"/data/inbox\"}");
        ScheduleCommand disable = new ScheduleCommand();
        new CommandLine(disable).parseArgs("--disable");
        assertEquals(json("{\"enabled\":false,\"expression\":\"0 2 * * *\",\"inbox\":\"/data/inbox\"}"),
                disable.body(current));

        ScheduleCommand enable = new ScheduleCommand();
        new CommandLine(enable).parseArgs("--enable", "--expression", "30 3 * * 1-5", "--inbox", "in/./box");
        assertEquals(json("{\"enabled\":true,\"expression\":\"30 3 * * 1-5\",\"inbox\":\""
                + Path.of("in/box").toAbsolutePath() + "\"}"), enable.body(current));

        ScheduleCommand show = new ScheduleCommand();
        new CommandLine(show).parseArgs();
        assertTrue(!show.changes());
    }

    @Test
    void durationsAreShortOrIso() {
        WaitOptions.DurationConverter converter = new WaitOptions.DurationConverter();
        assertEquals(Duration.ofSeconds(90), converter.convert("90s"));
        assertEquals(Duration.ofMinutes(30), converter.convert("30m"));
        assertEquals(Duration.ofHours(24), converter.convert("24h"));
        assertEquals(Duration.ofDays(2), converter.convert("2d"));
        assertEquals(Duration.ofMinutes(90), converter.convert("PT1H30M"));
        assertThrows(CommandLine.TypeConversionException.class, () -> converter.convert("later"));
    }

    @Test
    void answersOfTheApiBecomeMessagesAndExitCodes() {
        ApiClient client = new ApiClient(java.net.URI.create("http://localhost:8080/baoku/api"), "ann",
                "pw".toCharArray());
        ApiException unauthorized = assertThrows(ApiException.class,
                () -> client.reply("GET", "executions", 401, "<html><body>Error 401</body></html>"));
        assertEquals(3, unauthorized.exitCode());
        assertTrue(unauthorized.getMessage().contains("refused the credentials of user 'ann'"), unauthorized.getMessage());

        ApiException forbidden = assertThrows(ApiException.class,
                () -> client.reply("POST", "jobs/archive-import", 403, "<html>Forbidden</html>"));
        assertEquals(3, forbidden.exitCode());
        assertTrue(forbidden.getMessage().contains("needs the operator role"), forbidden.getMessage());

        ApiException refused = assertThrows(ApiException.class, () -> client.reply("POST", "jobs/archive-import", 400,
                "{\"status\":400,\"message\":\"inbox /etc is not under an allowed root\"}"));
        assertEquals(2, refused.exitCode());
        assertTrue(refused.getMessage().startsWith("inbox /etc is not under an allowed root (400"), refused.getMessage());

        ApiException conflict = assertThrows(ApiException.class, () -> client.reply("POST", "executions/3/restart", 409,
                "{\"status\":409,\"message\":\"execution 3 is COMPLETED\"}"));
        assertEquals(1, conflict.exitCode());

        ApiException wrongUrl = assertThrows(ApiException.class,
                () -> client.reply("GET", "executions/3", 404, "<html>Not Found</html>"));
        assertEquals(3, wrongUrl.exitCode());
        assertTrue(wrongUrl.getMessage().contains("the API base"), wrongUrl.getMessage());
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}

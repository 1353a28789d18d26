package org.baoku.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * What an operator sees and does on the dashboard at {@code /baoku/}, in a real headless Chromium:
 * a run with a rejected file shows its outcomes, findings and the rejected file with its reason; the
 * throughput chart and the schedule line render (off, then on with its next run); a running import
 * shows live progress; a stopped run is restarted with its Restart button and the new execution
 * appears and completes; a refused action shows the API's error message. The browser signs in as an
 * operator (BASIC).
 *
 * <p>Needs Chromium and chromedriver from the OS: see {@link HeadlessChromium}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DashboardIT {

    private static final Duration BOUND = Duration.ofMinutes(3);
    private static final int STOP_RUN_FILES = 2000;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestDeployments.builtWar();
    }

    /** The deployed application, e.g. http://127.0.0.1:8080/baoku/. */
    @ArquillianResource
    URL application;

    @ArquillianResource
    ManagementClient management;

    private final HttpClient http = HttpClient.newHttpClient();
    private HeadlessChromium chromium;
    private WebDriver browser;

    @Test
    void operatorFollowsRunsAndRestartsAStoppedOne() throws Exception {
        chromium = HeadlessChromium.start(BOUND);
        browser = chromium.driver();
        TestUsers.addOperatorAndViewer(management.getControllerClient());
        try {
            watchARunWithARejectedFile();
            showTheSchedule();
            restartAStoppedRun();
        } catch (Throwable failure) {
            chromium.keepFailure("failure");
            throw failure;
        }
    }

    private void watchARunWithARejectedFile() throws Exception {
        Path inbox = newInbox("dashboard");
        for (int i = 1; i <= 3; i++) {
            page(inbox, String.format("A%02d.txt", i), LocalDate.of(2010, 1, i), i);
        }
        Files.createFile(inbox.resolve("A04.txt")); // empty: rejected as EMPTY_FILE
        long execution = start("{\"inbox\": \"" + inbox + "\", \"settleSeconds\": \"0\"}");

        browser.get(signedIn(TestUsers.OPERATOR));
        WebElement row = await("execution " + execution + " listed", d -> row(execution));
        row.findElement(By.cssSelector("th a")).click();
        await("execution " + execution + " COMPLETED_WITH_REJECTS with its report", d -> {
            WebElement detail = d.findElement(By.id("detail"));
            return String.valueOf(execution).equals(detail.getAttribute("data-execution-id"))
                    && "COMPLETED_WITH_REJECTS".equals(detail.getAttribute("data-exit-status"))
                    && !d.findElements(By.cssSelector("#rejected li")).isEmpty();
        });

        assertEquals("COMPLETED", cell(execution, "status"));
        assertEquals("COMPLETED_WITH_REJECTS", cell(execution, "exit"));
        assertEquals("4", outcome("TOTAL"));
        assertEquals("1", outcome("REJECTED"));
        assertEquals(3, Integer.parseInt(outcome("IMPORTED")) + Integer.parseInt(outcome("IMPORTED_WITH_WARNINGS")));
        assertEquals("0", outcome("UNCHANGED"));
        // one server: it read every file, and every range of the manifest is finished (read inside await: the
        // detail is drawn again whenever the view changes, and elements found before that are stale)
        List<String> nodes = await("files by node", d -> {
            List<String> cells = d.findElements(By.cssSelector("#nodes tbody tr td")).stream().map(WebElement::getText).toList();
            return cells.isEmpty() ? null : cells;
        });
        assertEquals(List.of("4"), nodes);
        String ranges = await("ranges", d -> d.findElement(By.cssSelector("#detail dd[data-fact='ranges']")).getText());
        assertTrue(ranges.matches("(\\d+) of \\1 finished"), ranges);
        assertEquals("4 of 4 files", fact("progress"));
        // the list is drawn again on every poll: its progress bar is read inside await, in one go
        String progressBar = await("progress bar of execution " + execution, d -> {
            WebElement progress = row(execution).findElement(By.cssSelector("td.progress progress"));
            return progress.getAttribute("value") + " of " + progress.getAttribute("max");
        });
        assertEquals("4 of 4", progressBar);
        assertTrue(browser.findElement(By.id("findings")).isDisplayed(), "findings by code are shown");

        List<WebElement> rejected = browser.findElements(By.cssSelector("#rejected li"));
        assertEquals(1, rejected.size());
        assertTrue(rejected.get(0).findElement(By.className("file")).getText().endsWith("A04.txt"),
                rejected.get(0).getText());
        assertTrue(rejected.get(0).findElement(By.className("reason")).getText().startsWith("EMPTY_FILE"),
                rejected.get(0).getText());

        // the throughput chart has a bar for this run, and the schedule line says there is none
        WebElement bar = await("throughput bar of execution " + execution, d -> d.findElement(
                By.cssSelector("#throughput svg rect.bar[data-execution-id='" + execution + "']")));
        assertTrue(Double.parseDouble(bar.getAttribute("height")) > 0, "bar height");
        assertTrue(browser.findElement(By.cssSelector("#throughput svg desc")).getAttribute("textContent")
                .contains("execution " + execution), "the chart describes its data for screen readers");
        await("schedule line", d -> d.findElement(By.id("schedule-text")).getText().startsWith("not scheduled"));

        // served and decoded as UTF-8: the Chinese name shows as such
        JavascriptExecutor js = (JavascriptExecutor) browser;
        assertEquals("UTF-8", js.executeScript("return document.characterSet"));
        assertTrue(browser.getTitle().startsWith("报库"), browser.getTitle());
        assertTrue(browser.findElement(By.tagName("h1")).getText().contains("报库"));
        screenshot("1-completed-with-rejects");
    }

    /** Switched on (for a night far off), the schedule line shows the next run; then it is switched off again. */
    private void showTheSchedule() throws Exception {
        Path inbox = newInbox("dashboard-scheduled");
        try {
            send("PUT", "/schedule", "{\"enabled\": true, \"expression\": \"0 2 1 1 *\", \"inbox\": \"" + inbox + "\"}", 200);
            browser.navigate().refresh();
            WebElement line = await("next scheduled run", d -> {
                WebElement text = d.findElement(By.id("schedule-text"));
                return "scheduled".equals(text.getAttribute("data-state")) ? text : null;
            });
            assertTrue(line.getText().contains("0 2 1 1 *"), line.getText());
            String nextFire = line.findElement(By.tagName("time")).getAttribute("datetime");
            assertTrue(nextFire.contains("-01-01T"), nextFire);
            screenshot("1b-scheduled");
        } finally {
            send("PUT", "/schedule", "{\"enabled\": false, \"expression\": \"0 2 * * *\"}", 200);
        }
        browser.navigate().refresh();
        await("schedule off", d -> d.findElement(By.id("schedule-text")).getText().startsWith("not scheduled"));
    }

    private void restartAStoppedRun() throws Exception {
        Path inbox = newInbox("dashboard-stop");
        for (int i = 1; i <= STOP_RUN_FILES; i++) {
            page(inbox, String.format("S%04d.txt", i), LocalDate.of(2011, 1, 1).plusDays(i), i);
        }
        long stopped = start("{\"inbox\": \"" + inbox + "\", \"settleSeconds\": \"0\", \"partitions\": \"1\", "
                + "\"chunkSize\": \"5\"}");

        // live progress: the running execution shows files done of the manifest's files, and a Stop button
        await("execution " + stopped + " running with progress", d -> {
            WebElement progress = row(stopped).findElement(By.cssSelector("td.progress progress"));
            return "STARTED".equals(cell(stopped, "status"))
                    && Integer.toString(STOP_RUN_FILES).equals(progress.getAttribute("max"))
                    && Integer.parseInt(progress.getAttribute("value")) > 0
                    && !row(stopped).findElements(By.cssSelector("button.stop")).isEmpty();
        });
        screenshot("2-running");

        send("POST", "/executions/" + stopped + "/stop", "", 202);
        WebElement restart = await("execution " + stopped + " STOPPED with a Restart button", d ->
                "STOPPED".equals(cell(stopped, "status"))
                        ? row(stopped).findElement(By.cssSelector("button.restart")) : null);
        int doneWhenStopped = await("progress of the stopped execution", d -> Integer.parseInt(
                row(stopped).findElement(By.cssSelector("td.progress progress")).getAttribute("value")));
        assertTrue(doneWhenStopped < STOP_RUN_FILES, "stopped part-way");
        screenshot("3-stopped");

        restart.click();
        Pattern restarted = Pattern.compile("Execution " + stopped + " restarted as execution (\\d+)\\.");
        String message = await("restart confirmed", d -> {
            String text = d.findElement(By.id("message")).getText();
            return restarted.matcher(text).find() ? text : null;
        });
        Matcher matcher = restarted.matcher(message);
        assertTrue(matcher.find());
        long next = Long.parseLong(matcher.group(1));
        assertTrue(next > stopped, "a new execution: " + next);
        await("new execution " + next + " listed", d -> row(next));
        await("new execution " + next + " COMPLETED with every file", d -> {
            WebElement done = row(next).findElement(By.cssSelector("td.progress progress"));
            return "COMPLETED".equals(cell(next, "status"))
                    && Integer.toString(STOP_RUN_FILES).equals(done.getAttribute("value"));
        });
        screenshot("4-restarted");

        // the old execution is no longer the run's latest: the API refuses, the dashboard says why
        row(stopped).findElement(By.cssSelector("button.restart")).click();
        String refusal = await("restart refused", d -> {
            WebElement box = d.findElement(By.id("message"));
            return box.getText().startsWith("Could not restart execution " + stopped) ? box.getText() : null;
        });
        assertTrue(refusal.contains("HTTP 409"), refusal);
        assertEquals("alert", browser.findElement(By.id("message")).getAttribute("role"));
        screenshot("5-refused");
    }

    // ------------------------------------------------------------------------------------- browser

    @AfterEach
    void closeBrowser() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
    }

    private <T> T await(String what, Function<WebDriver, T> condition) {
        return chromium.await(what, condition);
    }

    private WebElement row(long execution) {
        return browser.findElement(By.cssSelector("#executions tbody tr[data-execution-id='" + execution + "']"));
    }

    private String cell(long execution, String column) {
        return row(execution).findElement(By.cssSelector("td." + column)).getText();
    }

    private String outcome(String key) {
        return browser.findElement(By.cssSelector("#outcomes tr[data-key='" + key + "'] td")).getText();
    }

    private String fact(String key) {
        return browser.findElement(By.cssSelector("#detail dd[data-fact='" + key + "']")).getText();
    }

    private void screenshot(String name) throws IOException {
        chromium.screenshot(name);
    }

    // ---------------------------------------------------------------------------------- inbox, API

    private static Path newInbox(String name) throws IOException {
        return Files.createDirectories(TestInboxes.PROJECT.resolve("target/it-inboxes").resolve(name + "-" + UUID.randomUUID()));
    }

    /** A valid front page of a paper of this test, under the given file name. */
    private static void page(Path inbox, String name, LocalDate date, int number) throws IOException {
        Path file = GeneratedPages.frontPage(inbox, "看板日报", date, number);
        Files.move(file, inbox.resolve(name));
    }

    private long start(String parameters) throws Exception {
        return send("POST", "/jobs/archive-import", parameters, 202).getJsonNumber("executionId").longValue();
    }

    private JsonObject send(String method, String path, String body, int expected) throws Exception {
        HttpResponse<String> response = http.send(TestUsers.as(TestUsers.OPERATOR, HttpRequest.newBuilder(api(path)))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(expected, response.statusCode(), response.body());
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private String signedIn(String user) {
        return HeadlessChromium.signedIn(application, user);
    }

    private URI api(String path) {
        String base = application.toString();
        return URI.create(base + (base.endsWith("/") ? "" : "/") + "api" + path);
    }
}

package org.baoku.issuefile.parse;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import org.junit.jupiter.api.Test;

/**
 * Writes the body parse of the shared sample as one parse-result line, so that
 * {@code ../shared/tools/score-parse ../shared/samples target/sample-body-result.jsonl -v} scores this
 * parser alone: issue and page fields are copied from the gold reading, since other code reads those.
 */
class SamplePageScoreHarness {

    static final Path RESULT = Path.of("target", "sample-body-result.jsonl");

    @Test
    void writesTheSampleResultForTheScorer() throws Exception {
        assumeTrue(SamplePage.available(), "shared sample not found at " + SamplePage.DIRECTORY.toAbsolutePath());
        PageBody body = new PageBodyParser().parse(SamplePage.bodyLines());
        JsonObject gold;
        try (var reader = Json.createReader(new StringReader(Files.readString(SamplePage.GOLD)))) {
            gold = reader.readObject();
        }
        String json;
        try (Jsonb jsonb = JsonbBuilder.create()) {
            json = "{\"source\":{\"path\":\"" + SamplePage.NAME + ".txt\"},"
                    + "\"status\":\"ACCEPTED_WITH_WARNINGS\","
                    + "\"issue\":" + gold.getJsonObject("issue") + ","
                    + "\"page\":" + gold.getJsonObject("page") + ","
                    + "\"articles\":" + jsonb.toJson(body.articles()) + ","
                    + "\"guide\":" + jsonb.toJson(body.guide()) + ","
                    + "\"findings\":" + jsonb.toJson(body.findings()) + "}";
        }
        Files.createDirectories(RESULT.getParent());
        Files.writeString(RESULT, json + "\n", StandardCharsets.UTF_8);
        assertFalse(body.articles().isEmpty());
    }
}

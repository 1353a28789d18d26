package org.baoku.cli.operate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;

import org.junit.jupiter.api.Test;

/** A server that cannot reach its database answers 503: the CLI calls that exit 3, not a refusal (1). */
class ApiClientOutageTest {

    private final ApiClient client = new ApiClient(URI.create("http://localhost:8080/baoku/api"), "alice", "pw".toCharArray());

    @Test
    void aDatabaseOutageIsExit3WithTheServersMessage() {
        ApiException e = assertThrows(ApiException.class, () -> client.reply("POST", "executions/7/restart", 503,
                "{\"status\": 503, \"message\": \"the database cannot be reached (restarting, or down)\"}"));
        assertEquals(ExitCodes.CONNECTION_OR_AUTH, e.exitCode());
        assertEquals(503, e.httpStatus());
        assertTrue(e.getMessage().startsWith("the database cannot be reached"), e.getMessage());
        assertTrue(e.getMessage().contains("503 on POST /executions/7/restart"), e.getMessage());
    }

    @Test
    void a503WithoutTheApisBodyIsExit3Too() {
        ApiException e = assertThrows(ApiException.class, () -> client.reply("GET", "executions/7", 503, "<html>…</html>"));
        assertEquals(ExitCodes.CONNECTION_OR_AUTH, e.exitCode());
    }

    @Test
    void aRefusalInTheRunsStateStaysExit1() {
        ApiException e = assertThrows(ApiException.class, () -> client.reply("POST", "executions/7/restart", 409,
                "{\"status\": 409, \"message\": \"JBERET000609: already completed\"}"));
        assertEquals(ExitCodes.NOT_COMPLETED, e.exitCode());
    }
}

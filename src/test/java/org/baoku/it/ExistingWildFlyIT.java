package org.baoku.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * baoku onto a WildFly of the operator's: a WildFly 39 with the layers baoku needs but none of its configuration
 * and no WAR (the build provisions it as {@code target/server-bare}) is started, {@code bin/baoku-install} applies
 * {@code deployments/} through the running server's jboss-cli, reloads it and deploys the WAR; the demo delivery
 * then imports as on the provisioned server. Run again, the tool leaves the configuration and redeploys. H2 build
 * only (the PostgreSQL build does not provision the bare server).
 */
@ExtendWith(DumpLaunchedServersOnFailure.class)
class ExistingWildFlyIT {

    private static final Path PROJECT = TestInboxes.PROJECT;
    private static final Path BARE = Path.of(System.getProperty("baoku.it.bareServer", "target/server-bare"));

    private LaunchedServer server;

    @Test
    void baokuInstallConfiguresARunningWildFlyAndDeploysTheArchiveThatThenImports() throws Exception {
        assumeTrue(Files.isDirectory(BARE.resolve("modules")), "the bare server is provisioned for the H2 build only");
        server = LaunchedServer.prepareBare("existing-wildfly", 800);
        server.start();

        Result installed = install();
        assertEquals(0, installed.exit(), installed.output());
        assertTrue(installed.output().contains("applying deployments/common/security.cli"), installed.output());
        server.awaitBaoku();

        Path inbox = TestInboxes.demoInboxCopiedTo(server.base().resolve("inbox"));
        ArchiveClient api = new ArchiveClient(server.api().replaceFirst("api$", ""));
        JsonObject run = api.run("archive-import", "{\"inbox\": \"" + inbox + "\", \"settleSeconds\": \"0\"}",
                Duration.ofMinutes(5));
        assertEquals("COMPLETED_WITH_REJECTS", run.getString("exitStatus"), run.toString());
        JsonObject files = run.getJsonObject("files");
        assertEquals(11, files.getInt("IMPORTED") + files.getInt("IMPORTED_WITH_WARNINGS"), files.toString());
        assertEquals(1, files.getInt("REJECTED"), files.toString());

        Result again = install();
        assertEquals(0, again.exit(), again.output());
        assertTrue(again.output().contains("already configured"), again.output());
        server.awaitBaoku();
    }


    record Result(int exit, String output) {
    }

    private Result install() throws Exception {
        Process process = new ProcessBuilder(PROJECT.resolve("bin/baoku-install").toString(),
                "--jboss-home", server.home().toAbsolutePath().toString(),
                "--controller", "localhost:" + server.managementPort(),
                "--war", Path.of(System.getProperty("baoku.war", "target/baoku.war")).toAbsolutePath().toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("bin/baoku-install did not end within 5 minutes: " + output);
        }
        return new Result(process.exitValue(), output);
    }

    @AfterEach
    void stopServer() throws InterruptedException {
        if (server != null) {
            server.stop();
        }
    }
}

package org.baoku.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.baoku.release.InstalledCli;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The operator CLI from its release tarball, unpacked into a directory of its own and run as a process from
 * another one, against the deployed server: an import with {@code --wait} and a search, the server named by
 * BAOKU_URL and the operator by BAOKU_USER / BAOKU_PASSWORD, as on a cron host.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InstalledCliIT {

    private static final Duration BOUND = Duration.ofMinutes(4);
    private static final String PAPER = "装机日报";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestDeployments.builtWar();
    }

    @ArquillianResource
    ManagementClient management;

    @ArquillianResource
    URL base;

    @TempDir
    Path host;

    @TempDir
    Path elsewhere;

    @Test
    void importsAndSearchesTheServerItIsPointedAt() throws Exception {
        TestUsers.addOperatorAndViewer(management.getControllerClient());
        InstalledCli cli = InstalledCli.unpackInto(host);
        Path inbox = TestInboxes.demoInboxAs(PAPER);

        InstalledCli.Run imported = cli.run(elsewhere, environment(TestUsers.OPERATOR), BOUND,
                "import", inbox.toString(), "--wait", "--param", "settleSeconds=0", "--timeout", "3m");

        assertEquals(0, imported.exit(), imported.toString());
        assertTrue(imported.out().contains("status          COMPLETED (exit status COMPLETED_WITH_REJECTS)"), imported.out());
        assertTrue(imported.out().contains("files           12 in all"), imported.out());
        assertTrue(imported.out().contains("REJECTED 1"), imported.out());

        InstalledCli.Run found = cli.run(elsewhere, environment(TestUsers.VIEWER), BOUND,
                "search", "--publication", PAPER);

        assertEquals(0, found.exit(), found.toString());
        assertTrue(found.out().contains(PAPER), "hits of the imported paper: " + found.out());
    }

    private Map<String, String> environment(String user) {
        return Map.of("BAOKU_URL", base + "api", "BAOKU_USER", user, "BAOKU_PASSWORD", TestUsers.PASSWORD);
    }
}

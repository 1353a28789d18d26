package org.baoku.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;

import org.baoku.delivery.AllowedRoots;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which directories requests may name as inbox, quarantine or reports: those under the configured
 * roots ({@code baoku.inbox.roots}, comma-separated; default {@code <server data dir>/baoku/inbox}).
 */
@ApplicationScoped
public class PathPolicy {

    static final String[] PATH_PARAMETERS = {"inbox", "quarantine", "reports"};

    @Inject
    @ConfigProperty(name = "baoku.inbox.roots")
    Optional<String> configuredRoots;

    private AllowedRoots roots;

    AllowedRoots roots() {
        if (roots == null) {
            roots = configuredRoots.map(AllowedRoots::of).orElseGet(() -> new AllowedRoots(
                    List.of(Path.of(System.getProperty("jboss.server.data.dir", "."), "baoku", "inbox"))));
        }
        return roots;
    }

    /** @throws BadRequestException naming the parameter and why, when a path parameter is not allowed */
    void checkJobParameters(Map<String, String> parameters) {
        for (String name : PATH_PARAMETERS) {
            String value = parameters.get(name);
            if (value != null && !value.isBlank()) { // blank: the default, which lies where the server decides
                check(name, value);
            }
        }
    }

    void check(String name, String path) {
        try {
            roots().check(name, path);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
    }
}

package org.baoku.it;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;

/**
 * Users of baoku's REST API for client-side tests, added the way bin/baoku-user adds them: as identities
 * of the Elytron filesystem realm, through the server's management model.
 */
final class TestUsers {

    static final String OPERATOR = "test-operator";
    static final String VIEWER = "test-viewer";
    static final String PASSWORD = "Test-only#2026";

    private TestUsers() {
    }

    static void addOperatorAndViewer(ModelControllerClient management) throws IOException {
        add(management, OPERATOR, "operator");
        add(management, VIEWER, "viewer");
    }

    static void add(ModelControllerClient management, String name, String role) throws IOException {
        ModelNode realm = Operations.createAddress("subsystem", "elytron", "filesystem-realm", "BaokuRealm");
        ModelNode remove = Operations.createOperation("remove-identity", realm);
        remove.get("identity").set(name);
        management.execute(remove); // fails harmlessly when the user does not exist yet
        ModelNode add = Operations.createOperation("add-identity", realm);
        add.get("identity").set(name);
        execute(management, add);
        ModelNode password = Operations.createOperation("set-password", realm);
        password.get("identity").set(name);
        password.get("clear").get("password").set(PASSWORD);
        execute(management, password);
        ModelNode roles = Operations.createOperation("add-identity-attribute", realm);
        roles.get("identity").set(name);
        roles.get("name").set("Roles");
        roles.get("value").add(role);
        execute(management, roles);
    }

    static HttpRequest.Builder as(String user, HttpRequest.Builder request) {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        return request.header("Authorization", "Basic " + credentials);
    }

    private static void execute(ModelControllerClient management, ModelNode operation) throws IOException {
        ModelNode result = management.execute(operation);
        if (!Operations.isSuccessfulOutcome(result)) {
            throw new IllegalStateException(Operations.getFailureDescription(result).asString());
        }
    }
}

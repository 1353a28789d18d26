package org.baoku.cluster;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This node's name and the cluster's timing. {@code baoku.cluster.enabled} (false by default, true on the
 * servers of the cluster profile) lets this node start shares of runs begun on other nodes; without it a run
 * is imported by the node it was started on, as on a single server.
 */
@ApplicationScoped
public class ClusterSettings {

    @Inject
    @ConfigProperty(name = "baoku.cluster.enabled", defaultValue = "false")
    boolean enabled;

    /** How long a claimed range stays with a node that stopped renewing it (it died, or lost the database). */
    @Inject
    @ConfigProperty(name = "baoku.cluster.leaseSeconds", defaultValue = "30")
    int leaseSeconds;

    @Inject
    @ConfigProperty(name = "baoku.cluster.heartbeatSeconds", defaultValue = "3")
    int heartbeatSeconds;

    public boolean enabled() {
        return enabled;
    }

    public Duration lease() {
        return Duration.ofSeconds(Math.max(2, leaseSeconds));
    }

    /** A third of the lease at most, so that two missed beats do not lose a live node's ranges. */
    public Duration heartbeat() {
        return Duration.ofSeconds(Math.max(1, Math.min(heartbeatSeconds, lease().toSeconds() / 3)));
    }

    /** WildFly's {@code jboss.node.name} (the host name unless set): unique per node of a cluster. */
    public String node() {
        String name = System.getProperty("jboss.node.name");
        if (name != null && !name.isBlank()) {
            return name;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}

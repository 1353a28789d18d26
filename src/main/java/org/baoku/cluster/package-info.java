/**
 * One import shared by several WildFly nodes on one archive database: this node's name and settings, the
 * ranges its readers hold, and the heartbeat that renews their leases, starts this node's share of a run,
 * and carries a stop asked for on any node to this node's executions. The database is the only channel
 * between nodes: a node that dies simply stops renewing, and its ranges' leases run out.
 */
package org.baoku.cluster;

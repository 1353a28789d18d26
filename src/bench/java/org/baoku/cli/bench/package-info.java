/**
 * {@code baoku bench}: how fast the import can go and how close it gets. One generated corpus per
 * size goes through four passes (read, parse, raw JDBC insert of the same rows, the real
 * {@code archive-import} job on the provisioned server); the ratios say what the job costs over its
 * limits. A build-tree tool
 * with its own source root ({@code src/bench/java}) and jar: neither the WAR nor the installed CLI carries it.
 */
package org.baoku.cli.bench;

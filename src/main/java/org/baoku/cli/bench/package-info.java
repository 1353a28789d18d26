/**
 * {@code baoku bench}: how fast the import can go and how close it gets. One generated corpus per
 * size goes through four passes (read, parse, raw JDBC insert of the same rows, the real
 * {@code archive-import} job on the provisioned server); the ratios say what the job costs over its
 * limits. Offline only: the WAR leaves {@code org/baoku/cli/**} out.
 */
package org.baoku.cli.bench;

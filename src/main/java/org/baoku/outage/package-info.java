/**
 * What baoku does while its database is away (a restart, a failover, a dropped network): which errors
 * mean the database is unreachable, how long and how often the import waits for it, and the exception
 * that carries such an error to the batch runtime's retry. Plain Java: no server API.
 */
package org.baoku.outage;

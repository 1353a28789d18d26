/**
 * The delivery on disk: which files of an inbox a run takes, and where rejected files are set aside.
 * Plain Java: no Jakarta imports, so it is unit-tested without a server.
 */
package org.baoku.delivery;

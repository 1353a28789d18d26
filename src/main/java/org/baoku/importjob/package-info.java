/**
 * The JSR-352 artifacts of the {@code archive-import} job. Deliberately thin: they wire the job's
 * properties to the issue-file parser and to the archive, and hold no parsing or persistence logic.
 */
package org.baoku.importjob;

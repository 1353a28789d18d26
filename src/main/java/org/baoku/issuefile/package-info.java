/**
 * The issue-file model: what one OCR'd newspaper page says, as the parse-result contract of
 * {@code shared/spec/issue-files.md} defines it. Plain Java on purpose (no Jakarta imports), so the
 * parser, the offline CLI and the import job share one model.
 */
package org.baoku.issuefile;

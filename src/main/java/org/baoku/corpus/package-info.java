/**
 * Generates corpora of a fictional daily in the format of {@code shared/spec/issue-files.md}: page
 * files as OCR delivers them, each beside its expected reading ({@code *.gold.json}), so that parser
 * quality and import throughput can be measured at any scale. Plain Java (no Jakarta imports) and
 * deterministic for a seed: the same seed writes the same bytes.
 */
package org.baoku.corpus;

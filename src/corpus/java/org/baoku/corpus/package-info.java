/**
 * Generates corpora of a fictional daily in the format of {@code shared/spec/issue-files.md}: page
 * files as OCR delivers them, each beside its expected reading ({@code *.gold.json}), so that parser
 * quality and import throughput can be measured at any scale. Plain Java (no Jakarta imports) and
 * deterministic for a seed: the same seed writes the same bytes. Its own source root and jar
 * ({@code src/corpus/java}), for {@code bin/baoku generate}, the bench and the tests: the WAR never carries it.
 */
package org.baoku.corpus;

/**
 * Chinese text analysis in plain Lucene, testable without a server: words segmented by smartcn's HMM
 * model, and overlapping character bigrams that still match where segmentation fails (names, rare words,
 * OCR damage). Both see traditional characters as simplified and full-width forms as half-width.
 */
package org.baoku.search.analysis;

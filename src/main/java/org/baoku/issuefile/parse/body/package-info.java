/**
 * The page-body reader behind {@link org.baoku.issuefile.parse.PageBodyParser}: from the lines below a
 * masthead or page header to articles, guide entries and findings.
 *
 * <p>The steps, each a class: {@link org.baoku.issuefile.parse.body.GuideParser} takes the 导读 box out;
 * {@link org.baoku.issuefile.parse.body.DuplicatePassageDetector} removes passages the OCR printed twice
 * and {@link org.baoku.issuefile.parse.body.TextGapDetector} reports text lost where a copy stood;
 * {@link org.baoku.issuefile.parse.body.LineJoiner} undoes column breaks;
 * {@link org.baoku.issuefile.parse.body.ArticleSegmenter} cuts articles at display lines, bylines and
 * continuation marks; {@link org.baoku.issuefile.parse.body.OrphanHeadlineMatcher} puts displaced
 * headlines back. {@link org.baoku.issuefile.parse.body.LineRoles} answers, for all of them, what one line
 * is on its own. Everything is stateless: one instance serves every thread.
 */
package org.baoku.issuefile.parse.body;

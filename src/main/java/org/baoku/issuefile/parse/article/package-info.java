/**
 * Article-per-file text deliveries: one plain-text file per article, named {@code YYYYMMDD-PP-NN.txt}
 * ({@link org.baoku.issuefile.parse.article.ArticleFileName}), with a {@code delivery.properties}
 * ({@link org.baoku.issuefile.parse.article.DeliveryDescriptor}, found by
 * {@link org.baoku.issuefile.parse.article.NearbyDescriptor}) naming the paper the files never name.
 * {@link org.baoku.issuefile.parse.article.ArticleTextParser} reads one file into a one-article
 * {@link org.baoku.issuefile.ParseResult}, reusing the page reader's byline, continuation-mark, sentence
 * and line-joining rules; {@link org.baoku.issuefile.parse.article.ArticleTextSignals} tells the layout
 * detector whether text reads as one article rather than a page. Plain Java, no Jakarta imports.
 */
package org.baoku.issuefile.parse.article;

package org.baoku.issuefile;

/**
 * The shape a delivered file has, recognised from its content (the name only helps): which reader
 * reads it, and what one file of it stands for.
 */
public enum Layout {
    /** One OCR'd page as Markdown-like text: masthead or page header, then its articles. */
    PAGE_TEXT,
    /** One article as plain text, named {@code YYYYMMDD-PP-NN.txt}: date, page, number on the page. */
    ARTICLE_TEXT,
    /** One page of OCR text as ALTO XML (v2, v3 or v4), placed in its issue by the METS that names it. */
    ALTO,
    /** One issue as a METS XML file: date, issue number, its pages in order and their ALTO files. */
    METS
}

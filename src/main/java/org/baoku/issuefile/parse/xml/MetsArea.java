package org.baoku.issuefile.parse.xml;

/**
 * A part of an article on a page: the ALTO file ({@code FILEID}) and the TextBlock ({@code BEGIN}) it
 * points to, and whether it is part of the article's title ({@code TITLE}/{@code HEADING} div).
 */
public record MetsArea(String fileId, String blockId, boolean heading) {
}

package org.baoku.issuefile.parse.xml;

import java.nio.file.Path;

/**
 * One page of an issue as its METS lists it.
 *
 * @param order      its place in the issue, from 1 ({@code ORDER}, else the MODS page sequence, else the
 *                   position in the physical structure map)
 * @param label      the printed page label ({@code ORDERLABEL}, {@code LABEL}, MODS page number, else the order)
 * @param altoFileId the METS {@code file ID} of its ALTO file, or null when it lists none
 * @param altoHref   that file's {@code FLocat xlink:href} as written, or null
 * @param altoPath   that href resolved against the METS file's directory, normalised; null when the METS
 *                   lists no ALTO for the page or the href is no local path (an http URL)
 */
public record MetsPage(int order, String label, String altoFileId, String altoHref, Path altoPath) {
}

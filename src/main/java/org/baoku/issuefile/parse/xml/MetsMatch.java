package org.baoku.issuefile.parse.xml;

import java.nio.file.Path;

/** The METS file that names an ALTO file, what it says of the issue, and which of its pages the ALTO is. */
public record MetsMatch(Path metsFile, MetsIssue issue, MetsPage page) {
}

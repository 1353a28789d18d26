package org.baoku.importjob;

import org.baoku.archive.ManifestItem;
import org.baoku.issuefile.ParseResult;

/** One manifest entry and what the parser read from it, on its way to the archive. */
record ImportItem(ManifestItem file, ParseResult reading) {
}

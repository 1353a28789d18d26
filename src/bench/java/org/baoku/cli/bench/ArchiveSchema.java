package org.baoku.cli.bench;

import java.util.List;

/** The archive tables an import writes; {@code bench} compares their row counts after each pass. */
final class ArchiveSchema {

    static final List<String> TABLES = List.of("publication", "issue", "page", "article", "contributor",
            "article_contributor", "guide_entry", "finding", "manifest_entry", "import_record");

    private ArchiveSchema() {
    }
}

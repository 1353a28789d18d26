package org.baoku.cli.bench;

/**
 * The passes over one corpus size; {@code server} (passes 4 and 5) is null when the server pass was skipped.
 * {@code loadAverage} is the highest 1-minute load seen between passes: on a shared machine a load
 * above the core count means the figures are lower bounds.
 */
record SizeResult(int files, Rate read, Rate parseOneThread, Rate parseAllCores, int cores,
                  RawInsertPass.Result raw, ServerImportPass.Result server, double loadAverage) {

    /** Job files/s over parse files/s on all cores: the share of the parse limit the job reaches. */
    Double jobOverParse() {
        return server == null ? null : server.files().perSecond() / parseAllCores.perSecond();
    }

    /** Job rows/s over raw JDBC rows/s: the share of the insert limit the job reaches. */
    Double jobOverRawInsert() {
        return server == null ? null : server.rows().perSecond() / raw.rows().perSecond();
    }

    /** Server archive file size per 1,000 pages in the archive. */
    Double serverMegabytesPerThousandPages() {
        Long pages = server == null ? null : server.rowsByTable().get("page");
        return pages == null || pages == 0 ? null : server.databaseBytes() / 1e6 / pages * 1000;
    }

    /** Search index size per 1,000 pages in the archive, beside the database's. */
    Double indexMegabytesPerThousandPages() {
        Long pages = server == null ? null : server.rowsByTable().get("page");
        return pages == null || pages == 0 || server.indexBytes() == null ? null
                : server.indexBytes() / 1e6 / pages * 1000;
    }

    /** Pass 5, or null when it did not run. */
    SearchPass.Result search() {
        return server == null ? null : server.search();
    }

    Double rawMegabytesPerThousandPages() {
        long pages = raw.rowsByTable().getOrDefault("page", 0L);
        return pages == 0 ? null : raw.databaseBytes() / 1e6 / pages * 1000;
    }
}

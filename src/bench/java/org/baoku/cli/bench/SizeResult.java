package org.baoku.cli.bench;

/**
 * The passes over one corpus size on one database; {@code raw} holds one raw insert pass per method the
 * database has (the first is JDBC batches), {@code server} (passes 4 and 5) is null when the server pass was
 * skipped. Passes 1, 2 and 3b (the raw index) have no database: each database's row repeats them.
 * {@code loadAverage} is the highest 1-minute load seen between passes: on a shared machine a load
 * above the core count means the figures are lower bounds.
 */
record SizeResult(int files, String database, Rate read, Rate parseOneThread, Rate parseAllCores, int cores,
                  java.util.List<RawInsertPass.Result> rawPasses, Rate rawIndex, ServerImportPass.Result server,
                  double loadAverage) {

    /** The JDBC batch pass, which every database has. */
    RawInsertPass.Result raw() {
        return rawPasses.get(0);
    }

    /** The fastest way this database took the rows: the insert limit of the bound. */
    RawInsertPass.Result fastestRaw() {
        return rawPasses.stream().max(java.util.Comparator.comparingDouble(r -> r.files().perSecond())).orElseThrow();
    }

    /**
     * What a job could reach at best on this machine: parsing on all cores, the fastest raw insert of the
     * same rows and the raw indexing of their articles on all cores, one after the other
     * ({@code 1 / (1/parse + 1/insert + 1/index)}, in files/s), since all share the same cores.
     */
    double boundFilesPerSecond() {
        return 1 / (1 / boundWithoutIndexingFilesPerSecond() + 1 / rawIndex.perSecond());
    }

    /** The bound as the issue first put it, parse and insert only ({@code 1 / (1/parse + 1/insert)}). */
    double boundWithoutIndexingFilesPerSecond() {
        return 1 / (1 / parseAllCores.perSecond() + 1 / fastestRaw().files().perSecond());
    }

    /** Job files/s over the bound: the share of what this machine allows that the job reaches. */
    Double jobOverBound() {
        return server == null ? null : server.files().perSecond() / boundFilesPerSecond();
    }

    /** Job files/s (indexing included) over the bound without indexing. */
    Double jobOverBoundWithoutIndexing() {
        return server == null ? null : server.files().perSecond() / boundWithoutIndexingFilesPerSecond();
    }

    /** Job files/s over parse files/s on all cores: the share of the parse limit the job reaches. */
    Double jobOverParse() {
        return server == null ? null : server.files().perSecond() / parseAllCores.perSecond();
    }

    /** Job rows/s over raw JDBC rows/s: the share of the insert limit the job reaches. */
    Double jobOverRawInsert() {
        return server == null ? null : server.rows().perSecond() / raw().rows().perSecond();
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
        long pages = raw().rowsByTable().getOrDefault("page", 0L);
        return pages == 0 ? null : raw().databaseBytes() / 1e6 / pages * 1000;
    }
}

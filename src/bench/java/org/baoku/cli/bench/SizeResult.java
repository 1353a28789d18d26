package org.baoku.cli.bench;

/**
 * The passes over one corpus size on one database; {@code raw} holds one raw insert pass per method the
 * database has (the first is JDBC batches), {@code server} (passes 4 and 5) is null when the server pass was
 * skipped. Passes 1 and 2 have no database: each database's row repeats them.
 * {@code loadAverage} is the highest 1-minute load seen between passes: on a shared machine a load
 * above the core count means the figures are lower bounds.
 */
record SizeResult(int files, String database, Rate read, Rate parseOneThread, Rate parseAllCores, int cores,
                  java.util.List<RawInsertPass.Result> rawPasses, ServerImportPass.Result server, double loadAverage) {

    /** The JDBC batch pass, which every database has. */
    RawInsertPass.Result raw() {
        return rawPasses.get(0);
    }

    /** The fastest way this database took the rows: the insert limit of the bound. */
    RawInsertPass.Result fastestRaw() {
        return rawPasses.stream().max(java.util.Comparator.comparingDouble(r -> r.files().perSecond())).orElseThrow();
    }

    /**
     * What a job could reach at best on this machine: parsing on all cores and the fastest raw insert
     * of the same rows, one after the other ({@code 1 / (1/parse + 1/insert)}, in files/s), since both
     * share the same cores.
     */
    double boundFilesPerSecond() {
        return 1 / (1 / parseAllCores.perSecond() + 1 / fastestRaw().files().perSecond());
    }

    /** Job files/s over the bound: the share of what this machine allows that the job reaches. */
    Double jobOverBound() {
        return server == null ? null : server.files().perSecond() / boundFilesPerSecond();
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

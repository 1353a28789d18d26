package org.baoku.corpus;

/** What a generation wrote: page files (bad ones among them), their bytes, and articles printed. */
public record CorpusSummary(long files, long badFiles, long bytes, long articleParts) {

    static final CorpusSummary NONE = new CorpusSummary(0, 0, 0, 0);

    CorpusSummary plus(CorpusSummary other) {
        return new CorpusSummary(files + other.files, badFiles + other.badFiles, bytes + other.bytes,
                articleParts + other.articleParts);
    }
}

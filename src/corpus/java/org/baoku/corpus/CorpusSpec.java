package org.baoku.corpus;

import java.time.LocalDate;

/**
 * What to generate: {@code days} consecutive issues of {@code pagesPerIssue} pages from {@code firstDay},
 * numbered from {@code firstIssueNumber}; OCR damage of {@code noise}; a share {@code badFileRate} of
 * files replaced by empty or binary ones. The same spec writes the same bytes.
 */
public record CorpusSpec(int days, int pagesPerIssue, LocalDate firstDay, int firstIssueNumber, NoiseLevel noise,
                         long seed, double badFileRate) {

    public static final LocalDate DEFAULT_FIRST_DAY = LocalDate.of(2024, 1, 1);
    public static final int DEFAULT_FIRST_ISSUE = 10001;

    public CorpusSpec {
        if (days < 1) {
            throw new IllegalArgumentException("days must be at least 1, not " + days);
        }
        if (pagesPerIssue < 1 || pagesPerIssue > 99) {
            throw new IllegalArgumentException("pages per issue must be 1..99, not " + pagesPerIssue);
        }
        if (badFileRate < 0 || badFileRate > 1) {
            throw new IllegalArgumentException("bad-file rate must be 0..1, not " + badFileRate);
        }
    }

    public static CorpusSpec of(int days, int pagesPerIssue, int noise, long seed, double badFileRate) {
        return new CorpusSpec(days, pagesPerIssue, DEFAULT_FIRST_DAY, DEFAULT_FIRST_ISSUE, new NoiseLevel(noise), seed,
                badFileRate);
    }

    public long files() {
        return (long) days * pagesPerIssue;
    }
}

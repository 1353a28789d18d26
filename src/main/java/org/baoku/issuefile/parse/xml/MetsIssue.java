package org.baoku.issuefile.parse.xml;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.baoku.issuefile.IssueMasthead;

/**
 * What an issue's METS file says: the issue's MODS description, its pages in order with their ALTO files,
 * and the articles of its logical structure map (empty when it has none, as NDNP issues).
 *
 * @param title       MODS {@code titleInfo/title}, or null (NDNP issues carry only the LCCN)
 * @param date        MODS {@code dateIssued} as a full ISO date, or null
 * @param dateText    MODS {@code dateIssued} as written, or null: why {@code date} is null, if it is
 * @param volume      MODS {@code part/detail type="volume"} number (else caption)
 * @param issueNumber MODS {@code detail type="issue"} number (else caption), as written
 * @param edition     MODS {@code detail type="edition"} caption (else number)
 * @param lccn        MODS {@code identifier type="lccn"}, or null
 * @param issn        MODS {@code identifier type="issn"}, or null
 */
public record MetsIssue(String title, LocalDate date, String dateText, String volume, String issueNumber,
                        String edition, String lccn, String issn, List<MetsPage> pages, List<MetsArticle> articles) {

    public MetsIssue {
        pages = List.copyOf(pages);
        articles = List.copyOf(articles);
    }

    /** The issue as the archive records it; only what the METS gives, every other field null. */
    public IssueMasthead masthead() {
        return new IssueMasthead(title, null, null, date, null, null, number(issueNumber), pages.size(),
                lccn != null ? lccn : issn, null, volume, edition);
    }

    /**
     * The page whose ALTO file is {@code alto}: the same normalised absolute path, or else the same file
     * on disk (a link, or a path written differently).
     */
    public Optional<MetsPage> pageOf(Path alto) {
        Path wanted = alto.toAbsolutePath().normalize();
        for (MetsPage page : pages) {
            if (page.altoPath() != null && page.altoPath().toAbsolutePath().normalize().equals(wanted)) {
                return Optional.of(page);
            }
        }
        for (MetsPage page : pages) {
            Path named = page.altoPath();
            if (named != null && named.getFileName() != null && named.getFileName().equals(wanted.getFileName())
                    && sameFile(named, wanted)) {
                return Optional.of(page);
            }
        }
        return Optional.empty();
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (java.io.IOException | SecurityException e) {
            return false;
        }
    }

    private static Integer number(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

package org.baoku.issuefile.parse.article;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the name of an article-per-file text says: {@code YYYYMMDD-PP-NN.txt} (also {@code
 * YYYY-MM-DD-PP-NN.txt}) is the issue date, the page number and the article's number on that page. The
 * files name nothing else, so the name is the only source of date and page.
 *
 * <p>The page label is the page number with at least two digits ({@code 04}), as these collections print
 * it in the name and as Chinese dailies print page numbers (第04版); a delivery whose pages are labelled
 * otherwise ({@code A04}) says so with its descriptor's {@code pageLabel} format.
 */
public record ArticleFileName(LocalDate date, int page, int number) {

    public static final String DEFAULT_PAGE_LABEL_FORMAT = "%02d";
    public static final int HIGHEST_NUMBER = 999;

    private static final Pattern NAME = Pattern.compile(
            "(\\d{4})(-?)(\\d{2})\\2(\\d{2})-(\\d{1,3})-(\\d{1,3})\\.(?i:txt)");

    public ArticleFileName {
        if (date == null) {
            throw new IllegalArgumentException("an article file name has a date");
        }
        if (page < 1 || page > HIGHEST_NUMBER || number < 1 || number > HIGHEST_NUMBER) {
            throw new IllegalArgumentException("page and article numbers are 1-" + HIGHEST_NUMBER + ", not " + page + "/" + number);
        }
    }

    /** @return the name's reading, or empty when {@code fileName} is not an article file name or names no real date */
    public static Optional<ArticleFileName> parse(String fileName) {
        if (fileName == null) {
            return Optional.empty();
        }
        Matcher m = NAME.matcher(fileName);
        if (!m.matches()) {
            return Optional.empty();
        }
        int page = Integer.parseInt(m.group(5));
        int number = Integer.parseInt(m.group(6));
        if (page < 1 || number < 1) {
            return Optional.empty();
        }
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)),
                    Integer.parseInt(m.group(4)));
            return Optional.of(new ArticleFileName(date, page, number));
        } catch (DateTimeException noSuchDay) {
            return Optional.empty();
        }
    }

    /** The name of the file at {@code path}, read as above; directories do not count (their layout varies). */
    public static Optional<ArticleFileName> of(Path path) {
        Path name = path == null ? null : path.getFileName();
        return name == null ? Optional.empty() : parse(name.toString());
    }

    /** {@code 04} for page 4: the default label, see the class comment. */
    public String pageLabel() {
        return String.format(DEFAULT_PAGE_LABEL_FORMAT, page);
    }
}

package org.baoku.issuefile;

/**
 * Something the parser or a validator noticed. {@code line} is 1-based in the decoded file, or
 * {@code null} for the file as a whole; {@code article} is the index into {@link ParseResult#articles()}
 * of the article it concerns, or {@code null} when it concerns the page.
 */
public record Finding(Severity severity, String code, Integer line, String message, Integer article) {

    public static Finding error(String code, Integer line, String message) {
        return new Finding(Severity.ERROR, code, line, message, null);
    }

    public static Finding warning(String code, Integer line, String message) {
        return new Finding(Severity.WARNING, code, line, message, null);
    }

    public static Finding info(String code, Integer line, String message) {
        return new Finding(Severity.INFO, code, line, message, null);
    }

    public Finding onArticle(int index) {
        return new Finding(severity, code, line, message, index);
    }
}

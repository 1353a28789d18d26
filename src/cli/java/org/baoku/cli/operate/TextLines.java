package org.baoku.cli.operate;

/** {@code label  value} lines with the values aligned, as every text answer of the CLI prints them. */
final class TextLines {

    private static final int LABEL_WIDTH = 16;
    private final StringBuilder text = new StringBuilder();

    void add(String label, String value) {
        text.append(Formats.pad(label, LABEL_WIDTH - 2, false)).append("  ").append(value == null ? "-" : value).append('\n');
    }

    /** A line of its own, not aligned (a heading, a paragraph of text). */
    void raw(String line) {
        text.append(line).append('\n');
    }

    @Override
    public String toString() {
        return text.toString();
    }
}

package org.baoku.issuefile.parse;

/** One line of a decoded issue file: its 1-based number in the file and its text without line end. */
public record Line(int number, String text) {

    public boolean isBlank() {
        return text.isBlank();
    }
}

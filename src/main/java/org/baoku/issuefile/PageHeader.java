package org.baoku.issuefile;

/** The page itself: its label ({@code A01}), section name and responsible editor. */
public record PageHeader(String label, String section, String editor) {

    public static final PageHeader UNKNOWN = new PageHeader(null, null, null);
}

package org.baoku.issuefile;

/** A 导读 entry: a story inside the issue and the page label it is on. */
public record GuideEntry(String title, String subtitle, String page) {
}

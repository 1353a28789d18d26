package org.baoku.issuefile.parse.body;

import java.util.List;

/**
 * Decides whether a short, unpunctuated plain line at the start of a paragraph is a title (kicker,
 * headline) or the first line of a column-broken paragraph ({@code 将构建现代产业体系作为推动转型发}). A title
 * stands before what a title heads: a heading, a subtitle, a byline, another title; a paragraph line runs
 * on into more text. At the end of the flow (page end, or the guide box) the line before decides: the
 * unfinished last line of an open article is its truncated text, not a headline.
 */
final class PlainTitleRule {

    /** More short lines in a row than a title stack has are a list, not titles. */
    private static final int MOST_STACKED_TITLES = 6;

    private final LineRoles roles;

    public PlainTitleRule(LineRoles roles) {
        this.roles = roles;
    }

    /**
     * @param flow       the page's reading order
     * @param index      position of the candidate line in {@code flow}
     * @param openBodyBefore whether the block right before is body text of an article still open on this page
     */
    public boolean isTitle(List<FlowItem> flow, int index, boolean openBodyBefore) {
        if (!(flow.get(index) instanceof PrintedLine candidate) || !roles.looksLikeTitle(candidate)) {
            return false;
        }
        for (int k = index + 1; k <= index + MOST_STACKED_TITLES; k++) {
            if (k >= flow.size() || flow.get(k) instanceof SectionBreak) {
                return !openBodyBefore;
            }
            PrintedLine next = (PrintedLine) flow.get(k);
            if (next.isHeading() || roles.isSubtitle(next) || roles.startsArticle(next)) {
                return true;
            }
            if (!roles.looksLikeTitle(next)) {
                return false;
            }
            // a stack of title-like lines: the last one decides for all
        }
        return false;
    }
}

package org.baoku.issuefile.parse.body;

import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Finds the article a displaced headline belongs to. A headline names what its lead tells
 * ({@code 刘冰项志红座谈交流} over {@code 市长刘冰与…行长项志红举行工作座谈…交流对接}), so the headline's
 * character pairs are looked up in the lead of every article that has no headline; it is attached only when
 * exactly one lead carries enough of them. The page must show where it belongs, or it stays unattached.
 */
final class OrphanHeadlineMatcher {

    /** How much of an article's start counts as its lead. */
    private static final int LEAD_LENGTH = 200;
    private static final int FEWEST_SHARED_PAIRS = 2;
    private static final double LEAST_SHARED_FRACTION = 0.4;

    public OptionalInt match(TitleGroup headline, List<ArticleDraft> articles) {
        Set<String> pairs = pairs(headline.headline());
        if (pairs.isEmpty()) {
            return OptionalInt.empty();
        }
        int needed = Math.max(FEWEST_SHARED_PAIRS, (int) Math.ceil(pairs.size() * LEAST_SHARED_FRACTION));
        int found = -1;
        for (int i = 0; i < articles.size(); i++) {
            ArticleDraft article = articles.get(i);
            if (article.hasHeadline() || article.isContinuation()) {
                continue;
            }
            if (shared(pairs, lead(article)) >= needed) {
                if (found >= 0) {
                    return OptionalInt.empty();
                }
                found = i;
            }
        }
        return found < 0 ? OptionalInt.empty() : OptionalInt.of(found);
    }

    /** Pairs of adjacent letters (Han characters mostly); punctuation and spaces do not pair. */
    private static Set<String> pairs(String text) {
        Set<String> pairs = new HashSet<>();
        if (text == null) {
            return pairs;
        }
        String folded = ComparableText.fold(text);
        for (int i = 0; i + 1 < folded.length(); i++) {
            if (Character.isLetterOrDigit(folded.charAt(i)) && Character.isLetterOrDigit(folded.charAt(i + 1))) {
                pairs.add(folded.substring(i, i + 2));
            }
        }
        return pairs;
    }

    private static String lead(ArticleDraft article) {
        StringBuilder lead = new StringBuilder();
        for (String paragraph : article.paragraphs()) {
            if (lead.length() >= LEAD_LENGTH) {
                break;
            }
            lead.append(ComparableText.fold(paragraph));
        }
        return lead.length() > LEAD_LENGTH ? lead.substring(0, LEAD_LENGTH) : lead.toString();
    }

    private static int shared(Set<String> pairs, String lead) {
        int shared = 0;
        for (String pair : pairs) {
            if (lead.contains(pair)) {
                shared++;
            }
        }
        return shared;
    }
}

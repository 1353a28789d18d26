package org.baoku.corpus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The expected reading of a generated page in the gold format of {@code shared/tools/score-parse}:
 * masthead or page header, every article with a probe that finds it, passages that must be in it
 * exactly once and passages of its neighbours that must not, the 导读, and the findings its damage
 * must and must not cause.
 */
final class GoldReading {

    private static final int PROBE_LENGTH = 16;
    private static final int PASSAGE_LENGTH = 10;

    private GoldReading() {
    }

    static Map<String, Object> of(IssuePlan issue, PagePlan page, PageDamage damage, String note) {
        List<PagePart> parts = page.parts();
        String pageText = pageBodies(parts);
        List<String> probes = new ArrayList<>();
        for (PagePart part : parts) {
            probes.add(probe(part, pageText));
        }
        List<String> expected = new ArrayList<>();
        if (damage.repeatsTail()) {
            expected.add("DUPLICATE_PASSAGE");
        }
        if (parts.stream().anyMatch(PagePart::headlineLost)) {
            expected.add("MISSING_HEADLINE");
        }
        List<String> forbidden = new ArrayList<>(List.of("WEEKDAY_MISMATCH", "LUNAR_DATE_MISMATCH",
                "PAGE_REF_OUT_OF_RANGE", "TEXT_GAP", "ORPHAN_TEXT"));
        if (page.isFront()) {
            forbidden.add("NO_MASTHEAD");
        }
        for (String code : List.of("DUPLICATE_PASSAGE", "MISSING_HEADLINE")) {
            if (!expected.contains(code)) {
                forbidden.add(code);
            }
        }

        Map<String, Object> gold = new LinkedHashMap<>();
        gold.put("file", issue.fileName(page));
        gold.put("note", note);
        gold.put("status", expected.isEmpty() ? "ACCEPTED" : "ACCEPTED_WITH_WARNINGS");
        if (!damage.bom()) {
            gold.put("encoding", "UTF-8");
        }
        gold.put("issue", issueFacts(issue, page));
        gold.put("page", pageFacts(page));
        List<Object> articles = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            int repeated = damage.repeatedPart() == i ? damage.repeatedParagraph() : -1;
            articles.add(article(parts.get(i), probes, i, pageText, repeated));
        }
        gold.put("articles", articles);
        if (page.isFront()) {
            gold.put("guide", page.guide().stream().map(GoldReading::guideEntry).toList());
        }
        gold.put("findingsExpected", expected);
        gold.put("findingsForbidden", forbidden);
        return gold;
    }

    /** A file that is not a page at all: nothing of it may enter the archive. */
    static Map<String, Object> rejected(String fileName, String note, List<String> anyOfFindings) {
        Map<String, Object> gold = new LinkedHashMap<>();
        gold.put("file", fileName);
        gold.put("note", note);
        gold.put("status", "REJECTED");
        gold.put("articles", List.of());
        gold.put("findingsAnyOf", List.of(anyOfFindings));
        gold.put("findingsForbidden", List.of());
        return gold;
    }

    private static Map<String, Object> issueFacts(IssuePlan issue, PagePlan page) {
        Map<String, Object> facts = new LinkedHashMap<>();
        FictionalPaper paper = issue.paper();
        if (page.isFront()) {
            facts.put("publication", paper.title());
            facts.put("publisher", paper.publisher());
            facts.put("sponsor", paper.sponsor());
        }
        facts.put("date", issue.date().toString());
        facts.put("weekday", PrintedDates.weekday(issue.date()));
        if (page.isFront()) {
            facts.put("lunarDate", PrintedDates.lunar(issue.date()));
            facts.put("issueNumber", issue.issueNumber());
            facts.put("pageCount", issue.pages().size());
            facts.put("serialNumber", paper.serialNumber());
            facts.put("president", paper.president());
        }
        return facts;
    }

    private static Map<String, Object> pageFacts(PagePlan page) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("label", page.label());
        if (!page.isFront()) {
            facts.put("section", page.section());
            facts.put("editor", page.editor());
        }
        return facts;
    }

    private static Map<String, Object> article(PagePart part, List<String> probes, int index, String pageText,
                                               int repeatedParagraph) {
        Story story = part.story();
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("probe", probes.get(index));
        if (part.isContinuation()) {
            article.put("headline", Arrays.asList(null, story.headline()));
        } else if (part.headlineLost()) {
            article.put("headline", Arrays.asList((Object) null));
        } else {
            article.put("headline", story.headline());
            if (story.kicker() != null) {
                article.put("kicker", story.kicker());
            }
            if (story.subtitle() != null) {
                article.put("subtitle", story.subtitle());
            }
        }
        if (!part.isContinuation()) {
            article.put("byline", byline(story));
        }
        article.put("continuedTo", part.continuedTo());
        article.put("bodyOnce", passagesOnce(part, pageText, repeatedParagraph));
        List<String> never = new ArrayList<>();
        if (index > 0) {
            never.add(probes.get(index - 1));
        }
        if (index + 1 < probes.size()) {
            never.add(probes.get(index + 1));
        }
        article.put("bodyNever", never);
        return article;
    }

    private static Map<String, Object> byline(Story story) {
        Map<String, Object> byline = new LinkedHashMap<>();
        byline.put("type", story.byline().type().name());
        if (story.byline().agency() != null) {
            byline.put("agency", story.byline().agency());
            byline.put("place", story.byline().place());
        }
        List<List<String>> readings = story.readings();
        byline.put("reporters", readings.size() == 1 ? readings.get(0) : readings);
        return byline;
    }

    /** Passages printed once in the page's bodies: one mid-story, one near the end, one in a repeated tail. */
    private static List<String> passagesOnce(PagePart part, String pageText, int repeatedParagraph) {
        List<String> paragraphs = part.paragraphs();
        List<String> passages = new ArrayList<>();
        String middle = paragraphs.get(paragraphs.size() / 2);
        addIfOnce(passages, pageText, middle, Math.min(5, Math.max(0, middle.length() - PASSAGE_LENGTH)));
        String last = paragraphs.get(paragraphs.size() - 1);
        addIfOnce(passages, pageText, last, Math.max(0, last.length() - PASSAGE_LENGTH - 4));
        if (repeatedParagraph >= 0) {
            String repeated = paragraphs.get(repeatedParagraph);
            addIfOnce(passages, pageText, repeated, PageDamage.tailStart(repeated) + 2);
        }
        return passages;
    }

    private static void addIfOnce(List<String> passages, String pageText, String paragraph, int from) {
        if (paragraph.length() < from + PASSAGE_LENGTH) {
            return;
        }
        String passage = paragraph.substring(from, from + PASSAGE_LENGTH);
        if (occurrences(pageText, passage) == 1 && !passages.contains(passage)) {
            passages.add(passage);
        }
    }

    /**
     * A phrase of the article's first paragraph that occurs once on the page. Past the first comma of a
     * lead, since date and "记者从…获悉" openings are shared by many stories.
     */
    static String probe(PagePart part, String pageText) {
        String first = part.paragraphs().get(0);
        int start = part.isContinuation() ? 0 : first.indexOf('，') + 1;
        for (int at = start; at + PROBE_LENGTH <= first.length(); at += 3) {
            String probe = first.substring(at, at + PROBE_LENGTH);
            if (occurrences(pageText, probe) == 1) {
                return probe;
            }
        }
        return first.substring(0, Math.min(first.length(), PROBE_LENGTH));
    }

    private static Map<String, Object> guideEntry(GuideItem item) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("title", item.title());
        if (item.subtitle() != null) {
            entry.put("subtitle", item.subtitle());
        }
        entry.put("page", item.page());
        return entry;
    }

    /** The page's article bodies as one text, the way the scorer counts passages across a page. */
    private static String pageBodies(List<PagePart> parts) {
        StringBuilder text = new StringBuilder();
        for (PagePart part : parts) {
            part.paragraphs().forEach(text::append);
        }
        return text.toString();
    }

    private static int occurrences(String text, String passage) {
        int count = 0;
        for (int at = text.indexOf(passage); at >= 0; at = text.indexOf(passage, at + 1)) {
            count++;
        }
        return count;
    }
}

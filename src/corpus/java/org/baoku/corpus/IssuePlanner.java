package org.baoku.corpus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Lays out one issue: stories per page, front-page stories continued on inner pages (下转/上接 with
 * circled jump keys), and a 导读 pointing at inner-page stories.
 */
final class IssuePlanner {

    private static final String[] SECTIONS = {"要闻", "要闻", "综合", "经济", "社会", "文化", "生态", "农业", "教育"};
    private static final String JUMP_KEYS = "①②③";

    private final FictionalPaper paper;
    private final NoiseLevel noise;

    IssuePlanner(FictionalPaper paper, NoiseLevel noise) {
        this.paper = paper;
        this.noise = noise;
    }

    IssuePlan plan(LocalDate date, int issueNumber, int pageCount, SplittableRandom random) {
        // one sentence set per issue: a sentence printed twice in an issue is always OCR damage
        StoryWriter writer = new StoryWriter(paper, random, new HashSet<>());
        List<List<PagePart>> parts = new ArrayList<>();
        for (int page = 1; page <= pageCount; page++) {
            parts.add(new ArrayList<>());
        }
        List<PagePart> front = parts.get(0);
        for (Topic topic : topics(random, 3 + random.nextInt(3), Set.of())) {
            front.add(PagePart.whole(random.nextInt(6) == 0 ? writer.wire(topic, date) : writer.local(topic, date)));
        }
        if (pageCount > 1) {
            continueOnInnerPages(front, parts, random);
        }
        for (int page = 2; page <= pageCount; page++) {
            List<PagePart> inner = parts.get(page - 1);
            Set<Topic> taken = new HashSet<>();
            inner.forEach(part -> taken.add(part.story().topic()));
            for (Topic topic : topics(random, 2 + random.nextInt(3), taken)) {
                inner.add(PagePart.whole(random.nextInt(5) == 0 ? writer.wire(topic, date) : writer.local(topic, date)));
            }
        }
        parts.forEach(page -> loseWireHeadlines(page, random));
        List<PagePlan> pages = new ArrayList<>();
        for (int page = 1; page <= pageCount; page++) {
            String label = PagePlan.label(page);
            List<GuideItem> guide = page == 1 && pageCount >= 3 ? guide(parts, random) : List.of();
            String section = page == 1 ? null : SECTIONS[Math.min(page - 1, SECTIONS.length - 1)];
            // floor, not %: issues before 1970 have a negative epoch day
            String editor = paper.editors().get((int) Math.floorMod(page + Math.floorDiv(date.toEpochDay(), 7),
                    (long) paper.editors().size()));
            pages.add(new PagePlan(label, section, page == 1 ? null : editor, parts.get(page - 1), guide));
        }
        return new IssuePlan(paper, date, issueNumber, pages);
    }

    /** Splits one or two long front-page stories; their second halves open inner pages. */
    private void continueOnInnerPages(List<PagePart> front, List<List<PagePart>> parts, SplittableRandom random) {
        int continued = 0;
        int wanted = 1 + random.nextInt(2);
        for (int i = 0; i < front.size() && continued < wanted; i++) {
            PagePart whole = front.get(i);
            List<String> paragraphs = whole.story().paragraphs();
            if (paragraphs.size() < 4 || whole.story().leadPrefix() != null && whole.story().leadPrefix().startsWith("新华社")) {
                continue;
            }
            int split = 2 + random.nextInt(paragraphs.size() - 3);
            int target = 2 + random.nextInt(Math.min(parts.size(), 4) - 1);
            String key = String.valueOf(JUMP_KEYS.charAt(continued++));
            String targetLabel = PagePlan.label(target);
            front.set(i, new PagePart(whole.story(), paragraphs.subList(0, split), true, false, targetLabel, null, key));
            parts.get(target - 1).add(new PagePart(whole.story(), paragraphs.subList(split, paragraphs.size()), false,
                    false, null, "A01", key));
        }
    }

    private void loseWireHeadlines(List<PagePart> page, SplittableRandom random) {
        for (int i = 0; i < page.size(); i++) {
            PagePart part = page.get(i);
            boolean wire = part.story().byline().agency() != null;
            if (wire && part.printsHead() && noise.losesWireHeadline(random)) {
                page.set(i, part.withoutHeadline());
            }
        }
    }

    private List<GuideItem> guide(List<List<PagePart>> parts, SplittableRandom random) {
        List<GuideItem> guide = new ArrayList<>();
        Set<String> titles = new HashSet<>();
        List<Integer> pages = new ArrayList<>();
        for (int page = 2; page <= parts.size(); page++) {
            pages.add(page);
        }
        shuffle(pages, random);
        for (int page : pages.subList(0, 2)) {
            for (PagePart part : parts.get(page - 1)) {
                Story story = part.story();
                if (part.printsHead() && !part.headlineLost() && titles.add(story.headline())) {
                    guide.add(new GuideItem(story.headline(), story.subtitle(), PagePlan.label(page)));
                    break;
                }
            }
        }
        return guide;
    }

    private static List<Topic> topics(SplittableRandom random, int count, Set<Topic> taken) {
        List<Topic> free = new ArrayList<>(Topic.ALL);
        free.removeAll(taken);
        shuffle(free, random);
        return free.subList(0, Math.min(count, free.size()));
    }

    private static <T> void shuffle(List<T> items, SplittableRandom random) {
        for (int i = items.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T swap = items.get(i);
            items.set(i, items.get(j));
            items.set(j, swap);
        }
    }
}

package org.baoku.corpus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.baoku.issuefile.Byline;
import org.baoku.issuefile.BylineType;

/**
 * Writes fictional articles from phrase lists: a lead naming yesterday's date, sentences combined
 * from a topic's subjects and outcomes, a quote. Sentences already used on the page are drawn again,
 * so that no sentence is printed twice on a page unless OCR damage repeats it.
 */
final class StoryWriter {

    private static final String[] ADVERBS = {"持续", "扎实", "着力", "统筹", "积极", "全力"};
    private static final String[] VERBS = {"推进", "开展", "实施", "加强", "抓好"};
    private static final String[] PROGRESS = {"进展顺利", "取得阶段性成效", "全面提速", "完成年度目标任务的{p}%"};
    private static final String[] GOALS = {"不断增强群众获得感幸福感安全感", "为高质量发展提供有力支撑",
            "推动各项任务落地见效", "确保年底前全面完成", "让更多群众共享发展成果"};
    private static final String[] SERIES = {"聚焦高质量发展", "一线调研", "基层观察", "奋进新征程", "民生实事进行时"};
    private static final String[] WIRE_PLACES = {"北京", "上海", "广州", "武汉", "成都", "西安"};
    private static final String[] NATIONAL = {"各地", "多地", "全国多个省份"};

    private final FictionalPaper paper;
    private final SplittableRandom random;
    private final Set<String> sentencesOnPage;

    StoryWriter(FictionalPaper paper, SplittableRandom random, Set<String> sentencesOnPage) {
        this.paper = paper;
        this.random = random;
        this.sentencesOnPage = sentencesOnPage;
    }

    Story local(Topic topic, LocalDate issueDate) {
        String subject = pick(topic.subjects());
        String place = localPlace();
        String kicker = random.nextInt(4) == 0 ? pick(SERIES) + "·" + place + "篇" : null;
        String subtitle = random.nextInt(3) == 0 ? place + fill(pick(topic.outcomes())) : null;
        String headline = place + subject + pick(topic.headlineEndings());
        LocalDate yesterday = issueDate.minusDays(1);
        List<String> paragraphs = body(topic, subject, place, topic.agency(), PrintedDates.monthDay(yesterday) + "，记者从"
                + topic.agency() + "获悉，" + place + subject + fill(pick(PROGRESS)) + "。");
        String reporter = pick(paper.reporters());
        switch (random.nextInt(5)) {
            case 0, 1 -> {
                String second = otherReporter(reporter);
                return new Story(topic, kicker, headline, subtitle,
                        byline(BylineType.LOCAL_NEWS, null, null, null, List.of(reporter, second)),
                        "本报讯（记者" + reporter + "、" + second + "）", null,
                        List.of(List.of(reporter, second)), paragraphs);
            }
            case 2 -> {
                String correspondent = pick(paper.correspondents());
                return new Story(topic, kicker, headline, subtitle,
                        byline(BylineType.LOCAL_NEWS, null, null, null, List.of(correspondent)),
                        "本报讯（通讯员" + correspondent + "）", null, List.of(List.of(correspondent)), paragraphs);
            }
            case 3 -> {
                String correspondent = pick(paper.correspondents());
                return new Story(topic, kicker, headline, subtitle,
                        byline(BylineType.STAFF, null, null, null, List.of(reporter, correspondent)), null,
                        "本报记者 " + reporter + " 通讯员 " + correspondent,
                        List.of(List.of(reporter, correspondent), List.of(reporter)), paragraphs);
            }
            default -> {
                return new Story(topic, kicker, headline, subtitle,
                        byline(BylineType.STAFF, null, null, null, List.of(reporter)), null, "本报记者 " + reporter,
                        List.of(List.of(reporter)), paragraphs);
            }
        }
    }

    /** A 新华社 story: a dateline opens the lead, no reporter is named. */
    Story wire(Topic topic, LocalDate issueDate) {
        String subject = pick(topic.subjects());
        String scope = pick(NATIONAL);
        String place = pick(WIRE_PLACES);
        String date = PrintedDates.monthDay(issueDate.minusDays(1));
        List<String> paragraphs = body(topic, subject, scope, "有关部门", "记者从有关部门获悉，今年以来" + scope + subject
                + fill(pick(PROGRESS)) + "，" + fill(pick(topic.outcomes())) + "。");
        return new Story(topic, null, scope + subject + pick(topic.headlineEndings()), null,
                byline(BylineType.WIRE, "新华社", place, date, List.of()), "新华社" + place + date + "电 ", null,
                List.of(List.of()), paragraphs);
    }

    private List<String> body(Topic topic, String subject, String place, String agency, String lead) {
        // each sentence pattern at most once per story: a skeleton printed twice reads like a repeat
        List<Integer> patterns = new ArrayList<>(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9));
        shuffle(patterns);
        int wanted = 3 + random.nextInt(4);
        List<String> paragraphs = new ArrayList<>(wanted);
        paragraphs.add(fresh(() -> lead) + fresh(() -> sentence(patterns.remove(0), topic, subject, place, agency)));
        while (paragraphs.size() < wanted && !patterns.isEmpty()) {
            StringBuilder paragraph = new StringBuilder();
            int sentences = 1 + random.nextInt(2);
            for (int s = 0; s < sentences && !patterns.isEmpty(); s++) {
                int pattern = patterns.remove(0);
                paragraph.append(fresh(() -> sentence(pattern, topic, subject, place, agency)));
            }
            paragraphs.add(paragraph.toString());
        }
        return paragraphs;
    }

    private String sentence(int pattern, Topic topic, String subject, String place, String agency) {
        return switch (pattern) {
            case 0 -> place + pick(ADVERBS) + pick(VERBS) + subject + "，" + fill(pick(topic.outcomes())) + "。";
            case 1 -> "截至目前，" + localPlace() + fill(pick(topic.outcomes())) + "。";
            case 2 -> quote(topic);
            case 3 -> "据" + agency + "相关负责人介绍，" + place + "今年计划投入资金" + fill("{m}")
                    + "亿元，用于" + subject + "。";
            case 4 -> "在" + pick(paper.towns()) + "，工作人员逐项检查" + subject + "落实情况，现场解决问题"
                    + fill("{n}") + "个。";
            case 5 -> "下一步，" + place + "将" + pick(ADVERBS) + pick(VERBS) + subject + "，" + pick(GOALS) + "。";
            case 6 -> "今年以来，" + place + "把" + subject + "作为重点工作，建立" + fill("{n}") + "项工作机制，"
                    + fill(pick(topic.outcomes())) + "。";
            case 7 -> "与去年同期相比，" + place + "在" + subject + "方面的投入增长了" + fill("{p}") + "%。";
            case 8 -> "为确保" + subject + "取得实效，" + place + "成立了由" + (3 + random.nextInt(15))
                    + "个部门组成的工作专班，定期调度、跟踪问效。";
            default -> pick(topic.speakers()) + person() + "介绍，" + subject + "涉及" + fill("{n}")
                    + "个点位，目前各项工作正按计划有序推进。";
        };
    }

    /** A quote is printed once per issue; the next one who speaks on that topic says something new. */
    private String quote(Topic topic) {
        String words = pick(topic.quotes());
        String speaker = pick(paper.towns()) + pick(topic.speakers()) + person();
        if (!sentencesOnPage.add("quote:" + words)) {
            return speaker + "表示，" + pick(GOALS) + "还需要久久为功。";
        }
        return "“" + words + "。”" + speaker + "说。";
    }

    private String person() {
        return pick(paper.editors()).charAt(0) + pick(paper.reporters()).substring(1);
    }

    /** Draws until the sentence is new on this page; numbers make a repeat rare, the bound makes it finite. */
    private String fresh(java.util.function.Supplier<String> draw) {
        String sentence = draw.get();
        for (int attempt = 0; attempt < 20 && !sentencesOnPage.add(sentence); attempt++) {
            sentence = draw.get();
        }
        return sentence;
    }

    private String fill(String template) {
        return template
                .replace("{n}", Integer.toString(3 + random.nextInt(997)))
                .replace("{m}", (12 + random.nextInt(975)) / 10 + "." + random.nextInt(10))
                .replace("{p}", (1 + random.nextInt(30)) + "." + random.nextInt(10));
    }

    private String localPlace() {
        return random.nextInt(3) == 0 ? pick(paper.towns()) : pick(paper.districts());
    }

    private String otherReporter(String reporter) {
        String other = pick(paper.reporters());
        while (other.equals(reporter)) {
            other = pick(paper.reporters());
        }
        return other;
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private String pick(String[] items) {
        return items[random.nextInt(items.length)];
    }

    private <T> void shuffle(List<T> items) {
        for (int i = items.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            items.set(j, items.set(i, items.get(j)));
        }
    }

    private static Byline byline(BylineType type, String agency, String place, String date, List<String> reporters) {
        return new Byline(type, agency, place, date, reporters);
    }
}

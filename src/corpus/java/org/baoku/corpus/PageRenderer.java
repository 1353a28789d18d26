package org.baoku.corpus;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** Prints a planned page as OCR delivers it: masthead or page header, story parts, 导读, damage. */
final class PageRenderer {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private PageRenderer() {
    }

    static byte[] render(IssuePlan issue, PagePlan page, PageDamage damage) {
        StringBuilder text = new StringBuilder(8192);
        if (page.isFront()) {
            masthead(text, issue, damage);
        } else {
            text.append(page.label()).append(' ').append(page.section()).append(' ')
                    .append(PrintedDates.solar(issue.date())).append(' ').append(PrintedDates.weekday(issue.date()))
                    .append(" 责任编辑：").append(page.editor()).append("\n\n");
        }
        List<PagePart> parts = page.parts();
        for (int i = 0; i < parts.size(); i++) {
            part(text, parts.get(i), damage.columnWidths()[i], damage.lineBreak(),
                    damage.repeatedPart() == i ? damage.repeatedParagraph() : -1);
        }
        guide(text, page.guide());
        String printed = text.toString();
        if (damage.asciiPunctuation()) {
            printed = foldPunctuation(printed);
        }
        if (damage.crlf()) {
            printed = printed.replace("\n", "\r\n");
        }
        byte[] bytes = printed.getBytes(StandardCharsets.UTF_8);
        if (!damage.bom()) {
            return bytes;
        }
        byte[] withBom = new byte[bytes.length + BOM.length];
        System.arraycopy(BOM, 0, withBom, 0, BOM.length);
        System.arraycopy(bytes, 0, withBom, BOM.length, bytes.length);
        return withBom;
    }

    private static void masthead(StringBuilder text, IssuePlan issue, PageDamage damage) {
        FictionalPaper paper = issue.paper();
        var date = issue.date();
        text.append("\n\n");
        if (damage.splitDate()) {
            // OCR splits the big masthead date: "2024年3月 11"
            text.append(date.getYear()).append('年').append(date.getMonthValue()).append("月 ")
                    .append(date.getDayOfMonth()).append("\n\n");
        } else {
            text.append(PrintedDates.solar(date)).append("\n\n");
        }
        text.append(paper.sponsor()).append("主管主办 ").append(paper.publisher()).append("出版 总第")
                .append(issue.issueNumber()).append("期 今日").append(issue.pages().size()).append("版\n");
        text.append(PrintedDates.lunar(date)).append(' ').append(PrintedDates.weekday(date))
                .append(" 国内统一连续出版物号：").append(paper.serialNumber()).append(" 社长：")
                .append(paper.president()).append("\n\n");
    }

    private static void part(StringBuilder text, PagePart part, int width, String lineBreak, int repeatedParagraph) {
        Story story = part.story();
        if (part.printsHead()) {
            if (!part.headlineLost()) {
                if (story.kicker() != null) {
                    text.append("## ").append(story.kicker()).append("\n\n");
                }
                text.append(story.kicker() != null || story.headline().length() % 2 == 0 ? "# " : "## ")
                        .append(story.headline()).append("\n\n");
                if (story.subtitle() != null) {
                    text.append("——").append(story.subtitle()).append("\n\n");
                }
            }
            if (story.bylineLine() != null) {
                text.append(story.bylineLine()).append("\n\n");
            }
        }
        List<String> paragraphs = part.paragraphs();
        for (int p = 0; p < paragraphs.size(); p++) {
            String prefix = "";
            if (p == 0 && part.isContinuation()) {
                prefix = "（上接" + part.continuedFrom() + "版）" + part.jumpKey();
            } else if (p == 0 && story.leadPrefix() != null) {
                prefix = story.leadPrefix();
            }
            String suffix = p == paragraphs.size() - 1 && part.continuedTo() != null
                    ? "（下转" + part.continuedTo() + "版）" + part.jumpKey() : "";
            paragraph(text, prefix, paragraphs.get(p), suffix, width, lineBreak);
            if (p == repeatedParagraph) {
                String body = paragraphs.get(p);
                paragraph(text, "", body.substring(PageDamage.tailStart(body)), "", width, lineBreak);
            }
        }
    }

    /** Column layout: the body broken every {@code width} characters; prefix and suffix never split. */
    private static void paragraph(StringBuilder text, String prefix, String body, String suffix, int width,
                                  String lineBreak) {
        text.append(prefix);
        if (width == 0) {
            text.append(body);
        } else {
            int firstLine = Math.max(1, width - prefix.length() % width);
            int at = Math.min(firstLine, body.length());
            text.append(body, 0, at);
            while (at < body.length()) {
                int end = Math.min(at + width, body.length());
                text.append(lineBreak).append(body, at, end);
                at = end;
            }
        }
        text.append(suffix).append("\n\n");
    }

    private static void guide(StringBuilder text, List<GuideItem> guide) {
        if (guide.isEmpty()) {
            return;
        }
        text.append("## 导读\n\n");
        for (GuideItem item : guide) {
            text.append("## ").append(item.title());
            if (item.subtitle() != null) {
                text.append(" ——").append(item.subtitle());
            }
            text.append("\n\n▶▶▶详见今日本报").append(item.page()).append("版\n\n");
        }
    }

    private static String foldPunctuation(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            folded.append(switch (c) {
                case '，' -> ',';
                case '（' -> '(';
                case '）' -> ')';
                case '：' -> ':';
                case '；' -> ';';
                default -> c;
            });
        }
        return folded.toString();
    }
}

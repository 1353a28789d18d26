package org.baoku.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Writes simple, valid pages of a fictional paper: front pages with running numbers and one article
 * each, and inner pages that may continue a front page's story. Used where a test needs many distinct
 * files, or issues put together page by page, rather than realistic ones.
 */
final class GeneratedPages {

    private static final String[] WEEKDAYS = {"星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"};

    private GeneratedPages() {
    }

    static Path frontPage(Path inbox, String paper, LocalDate date, int issueNumber) throws IOException {
        return write(inbox.resolve(date + ".txt"), frontPageText(paper, date, issueNumber, 1, null));
    }

    /**
     * Page 01 of an issue printing 今日{@code pageCount}版, as {@code <date>-01.txt}; with {@code continuedTo}
     * (a label such as {@code 02}) its story ends {@code (下转02版)①}. A front page referring to no page is
     * labelled {@code 01}, so inner pages of the same issues use the plain two-digit labels too.
     */
    static Path frontPage(Path inbox, String paper, LocalDate date, int issueNumber, int pageCount, String continuedTo)
            throws IOException {
        return write(inbox.resolve(date + "-01.txt"), frontPageText(paper, date, issueNumber, pageCount, continuedTo));
    }

    /**
     * Inner page {@code label} of the issue of {@code date}, as {@code <date>-<label>.txt}: a page header
     * instead of a masthead, so it names no publication (the run's {@code publication} parameter or a
     * front page in the same directory does). With {@code continuedFrom} it opens with the other half of a
     * story, {@code (上接01版)①}.
     */
    static Path innerPage(Path inbox, LocalDate date, String label, String continuedFrom) throws IOException {
        String text = label + " 要闻 " + chineseDate(date) + " " + WEEKDAYS[date.getDayOfWeek().getValue() - 1]
                + " 责任编辑：林测\n\n"
                + (continuedFrom == null ? "" : "(上接" + continuedFrom + "版)①会议要求,各单位要认真落实各项部署,确保工作取得实效。\n\n")
                + "# 本市新增公交线路\n\n"
                + "本报讯 (记者林测)记者日前获悉,市区将新开通两条公交线路,方便市民出行。\n";
        return write(inbox.resolve(date + "-" + label + ".txt"), text);
    }

    private static String frontPageText(String paper, LocalDate date, int issueNumber, int pageCount,
                                        String continuedTo) {
        return chineseDate(date) + "\n\n"
                + "中共测试市委主管主办 " + paper + "社出版 总第" + issueNumber + "期 今日" + pageCount + "版\n\n"
                + "# " + paper + "第" + issueNumber + "期要闻\n\n"
                + "本报讯 (记者林测)" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日,测试市举行第"
                + issueNumber + "次例行发布会,通报近期工作进展。\n\n"
                + "发布会介绍,全市各项工作平稳推进,群众反映良好。"
                + (continuedTo == null ? "" : "各部门将继续做好后续工作。(下转" + continuedTo + "版)①") + "\n";
    }

    private static String chineseDate(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    private static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    /** {@code days} consecutive front pages starting at {@code first}, numbered from {@code firstNumber}. */
    static Path frontPages(Path inbox, String paper, LocalDate first, int days, int firstNumber) throws IOException {
        for (int i = 0; i < days; i++) {
            frontPage(inbox, paper, first.plusDays(i), firstNumber + i);
        }
        return inbox;
    }
}

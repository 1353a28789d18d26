package org.baoku.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Writes simple, valid front pages of a fictional paper: one issue per day, running numbers, one
 * article each. Used where a test needs many distinct files rather than realistic ones.
 */
final class GeneratedPages {

    private GeneratedPages() {
    }

    static Path frontPage(Path inbox, String paper, LocalDate date, int issueNumber) throws IOException {
        String text = date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日\n\n"
                + "中共测试市委主管主办 " + paper + "社出版 总第" + issueNumber + "期 今日1版\n\n"
                + "# " + paper + "第" + issueNumber + "期要闻\n\n"
                + "本报讯 (记者林测)" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日,测试市举行第"
                + issueNumber + "次例行发布会,通报近期工作进展。\n\n"
                + "发布会介绍,全市各项工作平稳推进,群众反映良好。\n";
        Path file = inbox.resolve(date + ".txt");
        Files.createDirectories(inbox);
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

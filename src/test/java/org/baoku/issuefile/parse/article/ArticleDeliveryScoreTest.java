package org.baoku.issuefile.parse.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.baoku.issuefile.Article;
import org.baoku.issuefile.ParseResult;
import org.junit.jupiter.api.Test;

/**
 * Reads the whole test delivery and scores what matters to the archive for every article: date, page,
 * headline and reporters. The hand-made expectations below are the gold reading.
 */
class ArticleDeliveryScoreTest {

    private record Expected(String date, String page, String headline, List<String> reporters) {
    }

    private static final Map<String, Expected> GOLD = Map.ofEntries(
            Map.entry("20240120-01-01.txt", new Expected("2024-01-20", "01", "云江百万亩冬小麦进入越冬管护关键期", List.of("黄娴"))),
            Map.entry("20240120-01-02.txt", new Expected("2024-01-20", "01", "城区新增十二条公交线路", List.of("孙丽"))),
            Map.entry("20240120-01-03.txt", new Expected("2024-01-20", "01", "全国春运工作电视电话会议召开", List.of("李四"))),
            Map.entry("20240120-02-01.txt", new Expected("2024-01-20", "02", "多地推出冰雪旅游惠民措施", List.of("王五", "赵六"))),
            Map.entry("20240120-02-02.txt", new Expected("2024-01-20", "02", "老街区焕发新活力", List.of("张三"))),
            Map.entry("20240120-02-03.txt", new Expected("2024-01-20", "02", null, List.of("周敏"))),
            Map.entry("20240120-05-01.txt", new Expected("2024-01-20", "05", "城区新增十二条公交线路", List.of())),
            Map.entry("20240120-05-02.txt", new Expected("2024-01-20", "05", "人勤春来早", List.of("吴桐"))),
            Map.entry("20240121-01-01.txt", new Expected("2024-01-21", "01", "我市召开农村工作会议", List.of("刘洋", "陈静"))),
            Map.entry("20240121-01-02.txt", new Expected("2024-01-21", "01", "沿海港口集装箱吞吐量稳步增长", List.of("郑可"))),
            Map.entry("20240121-03-01.txt", new Expected("2024-01-21", "03", "社区食堂办到家门口", List.of("何平"))),
            Map.entry("20240121-03-02.txt", new Expected("2024-01-21", "03", "岭南年俗文化节开幕", List.of("林涛"))));
    /** The empty file is the one file of the delivery that must be rejected. */
    private static final String EMPTY = "20240121-01-03.txt";

    private final ArticleTextParser parser = new ArticleTextParser();

    @Test
    void everyArticleOfTheDeliveryIsReadRight() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(TestDelivery.ROOT)) {
            files = walk.filter(p -> ArticleFileName.of(p).isPresent()).sorted().toList();
        }
        assertEquals(GOLD.size() + 1, files.size(), "article files in the delivery");

        int fields = 0;
        int right = 0;
        List<String> wrong = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            ParseResult result = parser.parse(file);
            if (name.equals(EMPTY)) {
                assertTrue(result.rejected(), "the empty file is rejected");
                continue;
            }
            Expected gold = GOLD.get(name);
            assertEquals(1, result.articles().size(), name + ": one article");
            Article article = result.articles().get(0);
            List<String> reporters = article.byline() == null ? List.of() : article.byline().reporters();
            Object[][] checks = {
                    {"date", LocalDate.parse(gold.date()), result.issue().date()},
                    {"page", gold.page(), result.page().label()},
                    {"headline", gold.headline(), article.headline()},
                    {"reporters", gold.reporters(), reporters}};
            for (Object[] check : checks) {
                fields++;
                if (java.util.Objects.equals(check[1], check[2])) {
                    right++;
                } else {
                    wrong.add(name + " " + check[0] + ": expected " + check[1] + ", got " + check[2]);
                }
            }
            assertEquals("云江日报", result.issue().publication(), name);
        }
        System.out.printf("article-text delivery score: %d/%d fields right (%.1f%%) over %d articles%n",
                right, fields, 100.0 * right / fields, GOLD.size());
        wrong.forEach(w -> System.out.println("  wrong: " + w));
        assertEquals(List.of(), wrong);
    }
}

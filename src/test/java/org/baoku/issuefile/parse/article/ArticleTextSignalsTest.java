package org.baoku.issuefile.parse.article;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.baoku.issuefile.parse.decode.DecodedText;
import org.baoku.issuefile.parse.decode.IssueFileDecoder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleTextSignalsTest {

    private final ArticleTextSignals signals = new ArticleTextSignals();
    private final IssueFileDecoder decoder = new IssueFileDecoder();

    private String decoded(Path file) throws IOException {
        DecodedText text = decoder.decode(Files.readAllBytes(file));
        return text.text();
    }

    @Test
    void everyArticleOfTheTestDeliveryLooksLikeOneArticle() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(TestDelivery.ROOT)) {
            files = walk.filter(p -> ArticleFileName.of(p).isPresent()).filter(p -> p.toFile().length() > 0).toList();
        }
        assertTrue(files.size() >= 10);
        for (Path file : files) {
            assertNull(signals.whyNotOneArticle(decoded(file)), file.toString());
        }
    }

    @Test
    void theSampleFrontPageIsAPage() throws IOException {
        String page = decoded(Path.of("/work/shared/samples/000_528cc057e7984c5f.txt"));
        assertFalse(signals.looksLikeOneArticle(page), signals.whyNotOneArticle(page));
    }

    @Test
    void everyDemoInboxPageIsAPage() throws IOException {
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(Path.of("src/demo/inbox"))) {
            pages = walk.filter(p -> p.toString().endsWith(".txt")).toList();
        }
        assertTrue(pages.size() >= 12);
        for (Path page : pages) {
            assertFalse(signals.looksLikeOneArticle(decoded(page)), page.toString());
        }
    }

    @Test
    void aPageWithoutMarkdownIsStillAPageByItsHeaderOrItsSeveralStories() {
        assertFalse(signals.looksLikeOneArticle("A02 | 2024年3月12日 星期二 | 责任编辑:孟凡\n\n我市启动春季招聘月\n\n招聘会今天开幕。\n"));
        assertFalse(signals.looksLikeOneArticle("中共云江市委主管主办 云江日报社出版 总第14656期\n\n标题\n\n正文。\n"));
        assertFalse(signals.looksLikeOneArticle("第一条消息\n本报讯（记者 孙丽）招聘会今天开幕。\n第二条消息\n"
                + "新华社北京1月19日电（记者 王五）会议今天召开。\n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   \n", "Release notes\nThis version fixes three bugs.\n", "标题一\n标题二\n标题三\n"})
    void textThatIsNoArticleAtAll(String text) {
        assertFalse(signals.looksLikeOneArticle(text), text);
    }

    @Test
    void anArticleWithoutHeadlineIsStillAnArticle() {
        assertTrue(signals.looksLikeOneArticle("近日，市图书馆在二十个社区开设“微书房”，居民可以就近借阅、自助归还，十分方便。\n"));
    }
}

package org.baoku.cli.operate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.ZoneOffset;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

/** The text {@code baoku search} and {@code baoku show} print for the archive API's answers (as the contract writes them). */
class ArchiveFormatsTest {

    private final ArchiveFormats brackets = new ArchiveFormats(new Formats(ZoneOffset.ofHours(8)), Highlight.BRACKETS);

    private static final String SEARCH = """
            {"query":"经济","total":23,"offset":0,"limit":2,"tookMs":7,
             "hits":[{"articleId":101,"headline":"推动经济高质量发展","kicker":null,"subtitle":null,"date":"2024-03-11",
                      "publication":{"id":1,"title":"青川日报"},"issueId":7,"pageId":31,"pageLabel":"A01",
                      "reporters":["张三"],"snippets":["…推动<em>经济</em>高质量发展…","&lt;b&gt; R&amp;D <em>经济</em>\\n指标"]},
                     {"articleId":102,"headline":null,"kicker":"本报评论","date":"2024-03-12",
                      "publication":{"id":1,"title":"青川日报"},"issueId":8,"pageId":35,"pageLabel":"A02",
                      "reporters":[],"snippets":[]}],
             "facets":{"publication":[{"value":"青川日报","count":23}],"year":[{"value":"2024","count":23}],
                       "page":[{"value":"A01","count":15},{"value":"A02","count":8}],"reporter":[]}}""";

    @Test
    void searchHitsWithMarkedSnippetsFacetsAndTheNextPage() {
        assertEquals("""
                23 hits for 经济, 1–2 shown (7 ms)

                2024-03-11  青川日报  A01  推动经济高质量发展  article 101
                    …推动【经济】高质量发展…
                    <b> R&D 【经济】 指标

                2024-03-12  青川日报  A02  本报评论  article 102

                publication     青川日报 23
                year            2024 23
                page            A01 15, A02 8

                next: --offset 2
                """, brackets.search(json(SEARCH)));
    }

    @Test
    void onATerminalMatchesAreBoldAndEscapedTagsStayText() {
        assertEquals("推动\u001b[1m经济\u001b[22m发展", Highlight.BOLD.snippet("推动<em>经济</em>发展"));
        assertEquals("&lt;em&gt; is <em>", Highlight.BRACKETS.snippet("&amp;lt;em&amp;gt; is &lt;em&gt;"));
        assertEquals("“引号” & 100%", Highlight.unescape("&#8220;引号&#x201D; &amp; 100%"));
        assertEquals("a &b; & c", Highlight.unescape("a &b; & c"), "unknown entities and lone ampersands stay");
        assertEquals(Highlight.BRACKETS, Highlight.forOutput(Environment.of(java.util.Map.of())), "no terminal");
    }

    @Test
    void noHitsAndTheLastPage() {
        assertEquals("0 hits for 不存在 (3 ms)\n", brackets.search(json("""
                {"query":"不存在","total":0,"offset":0,"limit":20,"tookMs":3,"hits":[],
                 "facets":{"publication":[],"year":[],"page":[],"reporter":[]}}""")));
        String last = brackets.search(json(SEARCH.replace("\"total\":23,\"offset\":0", "\"total\":3,\"offset\":1")));
        assertTrue(last.startsWith("3 hits for 经济, 2–3 shown (7 ms)\n"), last);
        assertTrue(!last.contains("next:"), last);
    }

    @Test
    void anIssueWithItsPagesGuideMissingPagesAndFindings() {
        assertEquals("""
                issue           7
                publication     青川日报 (publication 1)
                date            2024-03-11 星期一
                issue number    8001
                lunar date      甲辰年二月初二
                president       周明远
                pages           2 in the archive, 4 printed; missing A03, A04
                                A01  要闻  editor 李编  OK  5 articles, 0 findings  page 31
                                A02  revision 2  WARNINGS  1 article, 1 finding  page 40
                guide           2 entries
                                青川一中新校区9月投入使用 ——可新增高中学位1800个 → A03 (not in the archive)
                                春日赏花地图出炉 → A02 (page 40)
                findings        1
                                WARNING MISSING_PAGES: 今日4版, missing A03, A04
                """, brackets.issue(json("""
                {"id":7,"publication":{"id":1,"title":"青川日报"},"date":"2024-03-11","issueNumber":8001,"pageCount":4,
                 "weekday":"星期一","lunarDate":"甲辰年二月初二","president":"周明远",
                 "pages":[{"id":31,"label":"A01","section":"要闻","editor":"李编","revision":1,"articles":5,"findings":0,
                           "status":"OK"},
                          {"id":40,"label":"A02","section":null,"editor":null,"revision":2,"articles":1,"findings":1,
                           "status":"WARNINGS"}],
                 "missingPages":["A03","A04"],
                 "guide":[{"title":"青川一中新校区9月投入使用","subtitle":"——可新增高中学位1800个","targetPage":"A03",
                           "targetPageId":null,"fromPageId":31},
                          {"title":"春日赏花地图出炉","subtitle":null,"targetPage":"A02","targetPageId":40,"fromPageId":31}],
                 "findings":[{"id":90,"severity":"WARNING","code":"MISSING_PAGES","line":null,
                              "message":"今日4版, missing A03, A04","pageId":null,"articleId":null}]}""")));
    }

    @Test
    void aPageWithItsSourceRevisionsArticlesAndFindings() {
        assertEquals("""
                page            40  A02  revision 2, current
                issue           青川日报 2024-03-11 (issue 7)
                section         要闻
                status          WARNINGS
                source          2024-03-11/qc-20240311-A02.txt
                                GB18030, 5,120 bytes, sha256 ab12, imported 2026-12-02 09:00:00
                revisions       2
                                revision 1  page 32  superseded  imported 2026-12-01 09:00:00
                                revision 2  page 40  current  imported 2026-12-02 09:00:00  (this one)
                articles        2
                                article 108  (no headline) — 赵一鸣  (continued from A01 ①)
                                article 109  本市新增公交线路
                findings        1
                                line 40  WARNING TEXT_GAP: a line is missing (article 108)
                """, brackets.page(json("""
                {"id":40,"issue":{"id":7,"date":"2024-03-11","publication":{"id":1,"title":"青川日报"}},
                 "label":"A02","section":"要闻","editor":null,"revision":2,"superseded":false,"status":"WARNINGS",
                 "source":{"path":"2024-03-11/qc-20240311-A02.txt","sha256":"ab12","encoding":"GB18030",
                           "sizeBytes":5120,"importedAt":"2026-12-02T01:00:00Z"},
                 "articles":[{"id":108,"order":0,"column":null,"kicker":null,"headline":null,"subtitle":null,
                              "byline":{"type":"REPORTER","agency":null,"place":null,"date":null,
                                        "contributors":[{"id":5,"name":"赵一鸣","role":"REPORTER"}]},
                              "body":"针对…","continuedTo":null,"continuedFrom":"A01","jumpKey":"①"},
                             {"id":109,"order":1,"headline":"本市新增公交线路","byline":null,"body":"…",
                              "continuedTo":null,"continuedFrom":null,"jumpKey":null}],
                 "findings":[{"id":91,"severity":"WARNING","code":"TEXT_GAP","line":40,"message":"a line is missing",
                              "pageId":40,"articleId":108}],
                 "revisions":[{"id":32,"revision":1,"superseded":true,"sha256":"cd34","importedAt":"2026-12-01T01:00:00Z"},
                              {"id":40,"revision":2,"superseded":false,"sha256":"ab12","importedAt":"2026-12-02T01:00:00Z"}]}""")));
    }

    @Test
    void aPageAssembledFromArticleFilesShowsItsLayoutAndEachArticlesNumberAndRevision() {
        assertEquals("""
                page            41  02  revision 1, current
                issue           临江晚报 2024-01-20 (issue 8)
                status          ACCEPTED
                layout          ARTICLE_TEXT
                source          articles/2024/01/20/20240120-02
                                0 bytes
                articles        2
                                article 110  社区食堂让老人吃上热乎饭 — 李文静  [no. 1, revision 1]
                                article 131  市图书馆冬季开放时间再延长  [no. 3, revision 2]
                findings        none
                """, brackets.page(json("""
                {"id":41,"issue":{"id":8,"date":"2024-01-20","publication":{"id":3,"title":"临江晚报"}},
                 "label":"02","revision":1,"superseded":false,"status":"ACCEPTED","layout":"ARTICLE_TEXT",
                 "source":{"path":"articles/2024/01/20/20240120-02","sha256":null,"encoding":null,"sizeBytes":0},
                 "articles":[{"id":110,"order":1,"headline":"社区食堂让老人吃上热乎饭",
                              "byline":{"contributors":[{"id":9,"name":"李文静","role":"REPORTER"}]},
                              "source":{"number":1,"path":"articles/2024/01/20/20240120-02-01.txt","revision":1,
                                        "superseded":false},"regions":[]},
                             {"id":131,"order":3,"headline":"市图书馆冬季开放时间再延长","byline":null,
                              "source":{"number":3,"path":"articles/2024/01/20/20240120-02-03.txt","revision":2,
                                        "superseded":false},"regions":[]}],
                 "findings":[],"revisions":[{"id":41,"revision":1,"superseded":false}]}""")));
    }

    @Test
    void aContinuedArticlePrintsTheWholeStoryAndSaysWhichPartIsMissing() {
        assertEquals("""
                article         101
                headline        全市春耕备耕工作全面展开
                issue           青川日报 2024-03-11 (issue 7)
                page            A01 (page 31)
                byline          REPORTER 赵一鸣, 韩冬梅; place 青川
                continued       to A02 ①
                story           3 parts, incomplete (1 missing)

                --- part 1 of 3: A01 (page 31, article 101, this article)  全市春耕备耕工作全面展开
                惊蛰过后，气温回升。

                开展技术指导服务。

                --- part 2 of 3: A02 (page 32, article 108)
                针对今年春季可能出现的低温阴雨天气，

                --- part 3 of 3: A03 missing: continued to A03 ②, but no article there continues from A02
                """, brackets.article(json("""
                {"id":101,"order":1,"column":null,"kicker":null,"headline":"全市春耕备耕工作全面展开","subtitle":null,
                 "byline":{"type":"REPORTER","agency":null,"place":"青川","date":null,
                           "contributors":[{"id":5,"name":"赵一鸣","role":"REPORTER"},{"id":6,"name":"韩冬梅","role":"REPORTER"}]},
                 "body":"惊蛰过后，气温回升。\\n\\n开展技术指导服务。","continuedTo":"A02","continuedFrom":null,"jumpKey":"①",
                 "page":{"id":31,"label":"A01","superseded":false},
                 "issue":{"id":7,"date":"2024-03-11","publication":{"id":1,"title":"青川日报"}},
                 "story":{"complete":false,"parts":[
                   {"articleId":101,"pageId":31,"pageLabel":"A01","headline":"全市春耕备耕工作全面展开",
                    "body":"惊蛰过后，气温回升。\\n\\n开展技术指导服务。","missing":null},
                   {"articleId":108,"pageId":32,"pageLabel":"A02","headline":null,
                    "body":"针对今年春季可能出现的低温阴雨天气，\\n","missing":null},
                   {"articleId":null,"pageId":null,"pageLabel":"A03","headline":null,"body":null,
                    "missing":"continued to A03 ②, but no article there continues from A02"}]}}""")));
    }

    @Test
    void anArticleThatIsNotContinuedPrintsItsBody() {
        String text = brackets.article(json("""
                {"id":109,"headline":"本市新增公交线路","byline":null,"body":"记者日前获悉。","continuedTo":null,
                 "continuedFrom":null,"jumpKey":null,"page":{"id":40,"label":"A02","superseded":true},
                 "issue":{"id":7,"date":"2024-03-11","publication":{"id":1,"title":"青川日报"}},"story":null}"""));
        assertEquals("""
                article         109
                headline        本市新增公交线路
                issue           青川日报 2024-03-11 (issue 7)
                page            A02 (page 40), a superseded revision

                记者日前获悉。
                """, text);
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}

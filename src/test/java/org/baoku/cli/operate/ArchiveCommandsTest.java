package org.baoku.cli.operate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.baoku.cli.BaokuCli;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * {@code baoku search} and {@code baoku show} end to end against a stand-in of the archive API (the JDK's
 * HTTP server answering as the contract says): what they ask for, with which credentials, what they print
 * and how they exit. {@code OperatorCliIT} runs them against the real server.
 */
class ArchiveCommandsTest {

    private HttpServer server;
    private final List<String> asked = new CopyOnWriteArrayList<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();

    private static final String HITS = """
            {"query":"港口","total":1,"offset":0,"limit":20,"tookMs":4,
             "hits":[{"articleId":201,"headline":"青川港吞吐量创新高","date":"2024-03-12",
                      "publication":{"id":1,"title":"青川日报"},"issueId":8,"pageId":35,"pageLabel":"A01",
                      "reporters":[],"snippets":["青川港地处青川河中游,是全省内河重要<em>港口</em>之一"]}],
             "facets":{"publication":[{"value":"青川日报","count":1}],"year":[{"value":"2024","count":1}],
                       "page":[{"value":"A01","count":1}],"reporter":[]}}""";

    @BeforeEach
    void archiveApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/baoku/api/archive/", exchange -> {
            String uri = exchange.getRequestURI().getRawPath() + "?" + exchange.getRequestURI().getRawQuery();
            asked.add(uri);
            authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
            if (uri.contains("q=%22")) {
                answer(exchange, 400, "{\"status\":400,\"message\":\"unbalanced quote in the query\"}");
            } else if (uri.startsWith("/baoku/api/archive/search")) {
                answer(exchange, 200, HITS);
            } else if (uri.startsWith("/baoku/api/archive/articles/201")) {
                answer(exchange, 200, """
                        {"id":201,"headline":"青川港吞吐量创新高","body":"青川港地处青川河中游。","continuedTo":null,
                         "continuedFrom":null,"page":{"id":35,"label":"A01","superseded":false},
                         "issue":{"id":8,"date":"2024-03-12","publication":{"id":1,"title":"青川日报"}},"story":null}""");
            } else {
                answer(exchange, 404, "{\"status\":404,\"message\":\"no article 999\"}");
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private record Run(int exit, String out, String err) {
    }

    private Run run(String... args) {
        Map<String, String> environment = Map.of("BAOKU_URL", "http://127.0.0.1:" + server.getAddress().getPort()
                + "/baoku/api", "BAOKU_USER", "reader", "BAOKU_PASSWORD", "pw");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = BaokuCli.execute(Environment.of(environment), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void searchPrintsHitsWithTheMatchesMarkedAndAsksWithTheCredentials() {
        Run search = run("search", "港口", "--from", "2024-03-01");
        assertEquals(0, search.exit(), search.err());
        assertEquals("", search.err());
        assertTrue(search.out().startsWith("1 hit for 港口, 1–1 shown (4 ms)\n\n"
                + "2024-03-12  青川日报  A01  青川港吞吐量创新高  article 201\n"
                + "    青川港地处青川河中游,是全省内河重要【港口】之一\n"), search.out());
        assertTrue(search.out().contains("\npublication     青川日报 1\n"), search.out());
        assertEquals(List.of("/baoku/api/archive/search?q=%E6%B8%AF%E5%8F%A3&from=2024-03-01&sort=relevance&offset=0"
                + "&limit=20"), asked);
        assertEquals("Basic " + Base64.getEncoder().encodeToString("reader:pw".getBytes(StandardCharsets.UTF_8)),
                authorizations.get(0));
    }

    @Test
    void jsonIsTheApisAnswerAsItCame() {
        Run json = run("search", "港口", "--json");
        assertEquals(0, json.exit());
        assertEquals(HITS + "\n", json.out());
    }

    @Test
    void aQueryTheServerRefusesExitsTwoWithItsMessage() {
        Run bad = run("search", "\"港口");
        assertEquals(2, bad.exit());
        assertEquals("baoku search: unbalanced quote in the query (400 on GET /archive/search?q=%22%E6%B8%AF%E5%8F%A3"
                + "&sort=relevance&offset=0&limit=20)\n", bad.err());
        assertEquals("", bad.out());
    }

    @Test
    void showPrintsTheArticleAndAnUnknownIdExitsTwo() {
        Run article = run("show", "article", "201");
        assertEquals(0, article.exit(), article.err());
        assertTrue(article.out().startsWith("article         201\nheadline        青川港吞吐量创新高\n"), article.out());
        assertTrue(article.out().endsWith("\n\n青川港地处青川河中游。\n"), article.out());

        Run unknown = run("show", "article", "999");
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().startsWith("baoku show: no article 999 (404 on GET /archive/articles/999)"),
                unknown.err());
    }
}

package org.baoku.cli.operate;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code baoku search QUERY}: full-text search of the archive. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Searches the archive's articles (GET /archive/search): headline, kicker, subtitle and body. "
                + "Prints the hits (date, publication, page, headline, article id, snippets with the matches marked "
                + "【…】, or bold on a terminal) and the counts by publication, year, page and reporter.",
                "QUERY: words separated by spaces, all required; \"…\" a phrase; -word excludes. Chinese needs no "
                + "spaces. It may be left out when a filter is given.",
                "  baoku search 城际铁路 --from 2024-03-01 --to 2024-03-31",
                "  baoku search '\"青川港\" -集装箱' --sort -date",
                "  baoku search --reporter 林晓雯 --publication 青川日报"},
        footer = {"", "Exit: 0 searched (also with no hits), 2 bad arguments or a query the server refused (400), "
                + "3 connection or authentication."})
public final class SearchCommand extends OperatorCommand {

    static final List<String> SORTS = List.of("relevance", "date", "-date");

    @Parameters(paramLabel = "QUERY", arity = "0..1", description = "what to find (quote it for the shell)")
    String query;

    @Option(names = "--from", paramLabel = "DATE", description = "issues of this day (YYYY-MM-DD) or later")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "issues of this day (YYYY-MM-DD) or earlier")
    LocalDate to;

    @Option(names = "--publication", paramLabel = "P", description = "publication id or exact title")
    String publication;

    @Option(names = "--reporter", paramLabel = "NAME", description = "articles of this contributor (exact name)")
    String reporter;

    @Option(names = "--page", paramLabel = "LABEL", description = "articles on pages of this label, e.g. A01")
    String page;

    @Option(names = "--sort", paramLabel = "ORDER", defaultValue = "relevance",
            description = "relevance, date (oldest first) or -date (newest first); default: ${DEFAULT-VALUE}")
    String sort;

    @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "hits to skip (default: ${DEFAULT-VALUE})")
    int offset;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20",
            description = "hits to show, 1..100 (default: ${DEFAULT-VALUE})")
    int limit;

    @Override
    void validate() {
        boolean filtered = from != null || to != null || publication != null || reporter != null || page != null;
        if ((query == null || query.isBlank()) && !filtered) {
            throw usage("give a QUERY, or a filter (--from, --to, --publication, --reporter, --page)");
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw usage("--from " + from + " is after --to " + to);
        }
        if (!SORTS.contains(sort)) {
            throw usage("--sort: '" + sort + "' is none of relevance, date, -date");
        }
        if (offset < 0) {
            throw usage("--offset must be 0 or more");
        }
        if (limit < 1 || limit > 100) {
            throw usage("--limit must be between 1 and 100");
        }
    }

    /** The request, every value encoded: a query holds spaces, quotes and Chinese. */
    String path() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("q", query == null ? "" : query);
        parameters.put("publication", publication);
        parameters.put("from", from == null ? null : from.toString());
        parameters.put("to", to == null ? null : to.toString());
        parameters.put("page", page);
        parameters.put("reporter", reporter);
        parameters.put("sort", sort);
        parameters.put("offset", Integer.toString(offset));
        parameters.put("limit", Integer.toString(limit));
        return "archive/search?" + query(parameters);
    }

    /** {@code a=1&b=x%20y} of the values that are given; spaces as %20, which every server reads as a space. */
    static String query(Map<String, String> parameters) {
        StringJoiner joined = new StringJoiner("&");
        parameters.forEach((name, value) -> {
            if (value != null) {
                joined.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20"));
            }
        });
        return joined.toString();
    }

    @Override
    int run(ApiClient client) throws ApiException {
        ArchiveFormats text = new ArchiveFormats(formats, Highlight.forOutput(environment));
        print(client.get(path()), text::search);
        return ExitCodes.OK;
    }
}

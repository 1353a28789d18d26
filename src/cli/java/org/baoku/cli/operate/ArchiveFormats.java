package org.baoku.cli.operate;

import static org.baoku.cli.operate.Formats.number;
import static org.baoku.cli.operate.Formats.object;
import static org.baoku.cli.operate.Formats.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * The archive API's answers (search, issue, page, article) as text for a reader at a terminal. Every
 * line that names something also names its id, so that the next {@code baoku show} is at hand; text
 * the API may leave out ({@code null}) is left out here too, rather than printed as a dash.
 */
public final class ArchiveFormats {

    private final Formats formats;
    private final Highlight highlight;

    public ArchiveFormats(Formats formats, Highlight highlight) {
        this.formats = formats;
        this.highlight = highlight;
    }

    /** {@code GET /archive/search}: a heading, one block per hit, the facets and where the next page is. */
    public String search(JsonObject answer) {
        StringBuilder out = new StringBuilder();
        long total = number(answer, "total");
        long offset = number(answer, "offset");
        JsonArray hits = array(answer, "hits");
        String query = text(answer, "query");
        out.append(total).append(total == 1 ? " hit" : " hits")
                .append(query == null || query.isBlank() ? "" : " for " + query);
        if (!hits.isEmpty()) {
            out.append(", ").append(offset + 1).append('–').append(offset + hits.size()).append(" shown");
        }
        if (answer.containsKey("tookMs")) {
            out.append(" (").append(number(answer, "tookMs")).append(" ms)");
        }
        out.append('\n');
        for (JsonValue value : hits) {
            JsonObject hit = value.asJsonObject();
            StringJoiner head = new StringJoiner("  ");
            head.add(dash(text(hit, "date")));
            JsonObject publication = object(hit, "publication");
            head.add(dash(publication == null ? null : text(publication, "title")));
            head.add(dash(text(hit, "pageLabel")));
            head.add(title(hit));
            head.add("article " + number(hit, "articleId"));
            out.append('\n').append(head).append('\n');
            for (JsonValue snippet : array(hit, "snippets")) {
                if (snippet.getValueType() == JsonValue.ValueType.STRING) {
                    out.append("    ").append(highlight.snippet(((jakarta.json.JsonString) snippet).getString())
                            .replace('\n', ' ')).append('\n');
                }
            }
        }
        JsonObject facets = object(answer, "facets");
        if (facets != null && !facets.isEmpty()) {
            TextLines lines = new TextLines();
            facets.forEach((name, counts) -> {
                if (counts.getValueType() == JsonValue.ValueType.ARRAY && !counts.asJsonArray().isEmpty()) {
                    StringJoiner joined = new StringJoiner(", ");
                    for (JsonValue count : counts.asJsonArray()) {
                        JsonObject c = count.asJsonObject();
                        joined.add(text(c, "value") + " " + number(c, "count"));
                    }
                    lines.add(name, joined.toString());
                }
            });
            if (!lines.toString().isEmpty()) {
                out.append('\n').append(lines);
            }
        }
        if (offset + hits.size() < total && !hits.isEmpty()) {
            out.append("\nnext: --offset ").append(offset + hits.size()).append('\n');
        }
        return out.toString();
    }

    /** {@code GET /archive/issues/{id}}: masthead, pages, missing pages, guide and archive-level findings. */
    public String issue(JsonObject issue) {
        TextLines lines = new TextLines();
        lines.add("issue", String.valueOf(number(issue, "id")));
        publication(lines, object(issue, "publication"));
        lines.add("date", join(" ", text(issue, "date"), text(issue, "weekday")));
        optional(lines, "issue number", text(issue, "issueNumber"));
        optional(lines, "lunar date", text(issue, "lunarDate"));
        optional(lines, "president", text(issue, "president"));
        JsonArray pages = array(issue, "pages");
        List<String> missing = strings(array(issue, "missingPages"));
        String printed = text(issue, "pageCount");
        lines.add("pages", pages.size() + " in the archive" + (printed == null ? "" : ", " + printed + " printed")
                + (missing.isEmpty() ? "" : "; missing " + String.join(", ", missing)));
        for (JsonValue value : pages) {
            JsonObject page = value.asJsonObject();
            StringJoiner line = new StringJoiner("  ");
            line.add(dash(text(page, "label")));
            optional(line, text(page, "section"));
            optional(line, text(page, "editor") == null ? null : "editor " + text(page, "editor"));
            if (number(page, "revision") > 1) {
                line.add("revision " + number(page, "revision"));
            }
            optional(line, text(page, "status"));
            line.add(count(number(page, "articles"), "article") + ", " + count(number(page, "findings"), "finding"));
            line.add("page " + number(page, "id"));
            lines.add("", line.toString());
        }
        JsonArray guide = array(issue, "guide");
        if (!guide.isEmpty()) {
            lines.add("guide", guide.size() + (guide.size() == 1 ? " entry" : " entries"));
            for (JsonValue value : guide) {
                JsonObject entry = value.asJsonObject();
                String target = text(entry, "targetPage");
                String targetId = text(entry, "targetPageId");
                lines.add("", join(" ", text(entry, "title"), text(entry, "subtitle"))
                        + (target == null ? "" : " → " + target + (targetId == null ? " (not in the archive)"
                                : " (page " + targetId + ")")));
            }
        }
        findings(lines, array(issue, "findings"));
        return lines.toString();
    }

    /** {@code GET /archive/pages/{id}}: the page, its source and revisions, its articles and findings. */
    public String page(JsonObject page) {
        TextLines lines = new TextLines();
        boolean superseded = page.getBoolean("superseded", false);
        lines.add("page", number(page, "id") + "  " + dash(text(page, "label")) + "  revision "
                + number(page, "revision") + (superseded ? ", superseded" : ", current"));
        JsonObject issue = object(page, "issue");
        if (issue != null) {
            JsonObject publication = object(issue, "publication");
            lines.add("issue", join(" ", publication == null ? null : text(publication, "title"), text(issue, "date"))
                    + " (issue " + number(issue, "id") + ")");
        }
        optional(lines, "section", text(page, "section"));
        optional(lines, "editor", text(page, "editor"));
        optional(lines, "status", text(page, "status"));
        optional(lines, "layout", text(page, "layout"));
        JsonObject source = object(page, "source");
        if (source != null) {
            lines.add("source", text(source, "path"));
            StringJoiner facts = new StringJoiner(", ");
            optional(facts, text(source, "encoding"));
            if (source.containsKey("sizeBytes")) {
                facts.add(String.format(Locale.ROOT, "%,d bytes", number(source, "sizeBytes")));
            }
            optional(facts, text(source, "sha256") == null ? null : "sha256 " + text(source, "sha256"));
            optional(facts, text(source, "importedAt") == null ? null
                    : "imported " + formats.time(text(source, "importedAt")));
            lines.add("", facts.toString());
        }
        JsonArray revisions = array(page, "revisions");
        if (revisions.size() > 1) { // one revision is this page, said above
            lines.add("revisions", String.valueOf(revisions.size()));
            for (JsonValue value : revisions) {
                JsonObject revision = value.asJsonObject();
                lines.add("", "revision " + number(revision, "revision") + "  page " + number(revision, "id") + "  "
                        + (revision.getBoolean("superseded", false) ? "superseded" : "current")
                        + optionalText("  imported ", formats.time(text(revision, "importedAt")))
                        + (number(revision, "id") == number(page, "id") ? "  (this one)" : ""));
            }
        }
        JsonArray articles = array(page, "articles");
        lines.add("articles", String.valueOf(articles.size()));
        for (JsonValue value : articles) {
            JsonObject article = value.asJsonObject();
            String reporters = String.join(", ", contributors(article));
            lines.add("", "article " + number(article, "id") + "  " + title(article)
                    + (reporters.isEmpty() ? "" : " — " + reporters) + continuation(article) + articleFile(article));
        }
        findings(lines, array(page, "findings"));
        return lines.toString();
    }

    /** For an article delivered as a file of its own: its number on the page and its revision. */
    private static String articleFile(JsonObject article) {
        JsonObject source = object(article, "source");
        return source == null ? "" : "  [no. " + text(source, "number") + ", revision " + number(source, "revision") + "]";
    }

    /** {@code GET /archive/articles/{id}}: the article, then its text, the whole story when it is continued. */
    public String article(JsonObject article) {
        TextLines lines = new TextLines();
        lines.add("article", String.valueOf(number(article, "id")));
        optional(lines, "column", text(article, "column"));
        optional(lines, "kicker", text(article, "kicker"));
        optional(lines, "headline", text(article, "headline"));
        optional(lines, "subtitle", text(article, "subtitle"));
        JsonObject issue = object(article, "issue");
        if (issue != null) {
            JsonObject publication = object(issue, "publication");
            lines.add("issue", join(" ", publication == null ? null : text(publication, "title"), text(issue, "date"))
                    + " (issue " + number(issue, "id") + ")");
        }
        JsonObject page = object(article, "page");
        if (page != null) {
            lines.add("page", dash(text(page, "label")) + " (page " + number(page, "id") + ")"
                    + (page.getBoolean("superseded", false) ? ", a superseded revision" : ""));
        }
        optional(lines, "byline", byline(object(article, "byline")));
        optional(lines, "continued", continued(article));
        JsonObject source = object(article, "source");
        if (source != null) {
            lines.add("source", text(source, "path") + "  (article " + text(source, "number") + " of its page, revision "
                    + number(source, "revision") + (source.getBoolean("superseded", false) ? ", superseded)" : ")"));
        }
        JsonArray regions = array(article, "regions");
        if (!regions.isEmpty()) {
            lines.add("regions", regions.size() + " blocks on the page image");
        }
        JsonObject story = object(article, "story");
        JsonArray parts = story == null ? JsonValue.EMPTY_JSON_ARRAY : array(story, "parts");
        if (story != null) {
            long missing = parts.stream().filter(p -> text(p.asJsonObject(), "articleId") == null).count();
            lines.add("story", parts.size() + " parts, " + (story.getBoolean("complete", false) ? "complete"
                    : "incomplete (" + missing + " missing)"));
        }
        StringBuilder out = new StringBuilder(lines.toString());
        if (story == null) {
            return out.append('\n').append(body(text(article, "body"))).toString();
        }
        int index = 0;
        for (JsonValue value : parts) {
            JsonObject part = value.asJsonObject();
            index++;
            String articleId = text(part, "articleId");
            String pageId = text(part, "pageId");
            StringJoiner where = new StringJoiner(", ");
            optional(where, pageId == null ? null : "page " + pageId);
            optional(where, articleId == null ? null : "article " + articleId);
            if (articleId != null && Long.parseLong(articleId) == number(article, "id")) {
                where.add("this article");
            }
            out.append("\n--- part ").append(index).append(" of ").append(parts.size()).append(": ")
                    .append(dash(text(part, "pageLabel")));
            if (where.length() > 0) {
                out.append(" (").append(where).append(')');
            }
            if (articleId == null) {
                out.append(" missing: ").append(dash(text(part, "missing"))).append('\n');
                continue;
            }
            String headline = text(part, "headline");
            if (headline != null) {
                out.append("  ").append(headline);
            }
            out.append('\n').append(body(text(part, "body")));
        }
        return out.toString();
    }

    /** A body as paragraphs, each ending with a newline; the API separates them with a blank line. */
    private static String body(String body) {
        if (body == null || body.isBlank()) {
            return "(no text)\n";
        }
        return body.strip() + "\n";
    }

    private static String byline(JsonObject byline) {
        if (byline == null) {
            return null;
        }
        StringJoiner parts = new StringJoiner("; ");
        List<String> names = new ArrayList<>();
        for (JsonValue value : array(byline, "contributors")) {
            names.add(text(value.asJsonObject(), "name"));
        }
        String type = text(byline, "type");
        if (type != null || !names.isEmpty()) {
            parts.add(join(" ", type, names.isEmpty() ? null : String.join(", ", names)));
        }
        optional(parts, text(byline, "agency") == null ? null : "agency " + text(byline, "agency"));
        optional(parts, text(byline, "place") == null ? null : "place " + text(byline, "place"));
        optional(parts, text(byline, "date") == null ? null : "date " + text(byline, "date"));
        return parts.length() == 0 ? null : parts.toString();
    }

    private static List<String> contributors(JsonObject article) {
        JsonObject byline = object(article, "byline");
        List<String> names = new ArrayList<>();
        if (byline != null) {
            for (JsonValue value : array(byline, "contributors")) {
                names.add(text(value.asJsonObject(), "name"));
            }
        }
        return names;
    }

    /** {@code  (continued from A01 ①, to A03 ①)}, or nothing. */
    private static String continuation(JsonObject article) {
        String continued = continued(article);
        return continued == null ? "" : "  (continued " + continued + ")";
    }

    /** {@code from A01 ①, to A03 ①}, or null when the article is not continued. */
    private static String continued(JsonObject article) {
        String from = text(article, "continuedFrom");
        String to = text(article, "continuedTo");
        if (from == null && to == null) {
            return null;
        }
        String key = text(article, "jumpKey");
        String mark = key == null ? "" : " " + key;
        StringJoiner joined = new StringJoiner(", ");
        optional(joined, from == null ? null : "from " + from + mark);
        optional(joined, to == null ? null : "to " + to + mark);
        return joined.toString();
    }

    private static void findings(TextLines lines, JsonArray findings) {
        lines.add("findings", findings.isEmpty() ? "none" : String.valueOf(findings.size()));
        for (JsonValue value : findings) {
            JsonObject finding = value.asJsonObject();
            String line = text(finding, "line");
            String article = text(finding, "articleId");
            lines.add("", (line == null ? "" : "line " + line + "  ") + dash(text(finding, "severity")) + " "
                    + dash(text(finding, "code")) + ": " + dash(text(finding, "message"))
                    + (article == null ? "" : " (article " + article + ")"));
        }
    }

    private static void publication(TextLines lines, JsonObject publication) {
        if (publication != null) {
            lines.add("publication", text(publication, "title") + " (publication " + number(publication, "id") + ")");
        }
    }

    /** The headline, else the kicker or subtitle, so that every hit and article line says what it is. */
    private static String title(JsonObject article) {
        for (String key : List.of("headline", "kicker", "subtitle")) {
            String value = text(article, key);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return "(no headline)";
    }

    private static JsonArray array(JsonObject object, String key) {
        JsonValue value = object.get(key);
        return value != null && value.getValueType() == JsonValue.ValueType.ARRAY ? value.asJsonArray()
                : JsonValue.EMPTY_JSON_ARRAY;
    }

    private static List<String> strings(JsonArray array) {
        List<String> strings = new ArrayList<>();
        for (JsonValue value : array) {
            strings.add(value instanceof jakarta.json.JsonString s ? s.getString() : value.toString());
        }
        return strings;
    }

    private static void optional(TextLines lines, String label, String value) {
        if (value != null && !value.isBlank()) {
            lines.add(label, value);
        }
    }

    private static void optional(StringJoiner joiner, String value) {
        if (value != null && !value.isBlank()) {
            joiner.add(value);
        }
    }

    private static String optionalText(String prefix, String value) {
        return value == null ? "" : prefix + value;
    }

    private static String join(String separator, String... values) {
        StringJoiner joined = new StringJoiner(separator);
        for (String value : values) {
            optional(joined, value);
        }
        return joined.toString();
    }

    private static String count(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    private static String dash(String text) {
        return text == null ? "-" : text;
    }
}

package org.baoku.cli.operate;

import java.util.Locale;
import java.util.function.BiFunction;

import jakarta.json.JsonObject;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code baoku show issue|page|article ID}: one thing of the archive. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = {"Shows an issue, a page or an article of the archive (GET /archive/issues|pages|articles/ID).",
                "issue: masthead, pages (and the pages it lacks), 导读 guide, archive-level findings.",
                "page: its articles in printed order, findings, source file, revisions.",
                "article: the article; when it is continued (下转/上接), the whole story in reading order, each part "
                        + "naming its page, and a missing part said.",
                "  baoku show article 101"},
        footer = {"", "Exit: 0 shown, 2 bad arguments or no such id (404), 3 connection or authentication."})
public final class ShowCommand extends OperatorCommand {

    /** What can be shown: its path under the API and its text. */
    enum Kind {
        ISSUE("archive/issues/", ArchiveFormats::issue),
        PAGE("archive/pages/", ArchiveFormats::page),
        ARTICLE("archive/articles/", ArchiveFormats::article);

        final String path;
        final BiFunction<ArchiveFormats, JsonObject, String> text;

        Kind(String path, BiFunction<ArchiveFormats, JsonObject, String> text) {
            this.path = path;
            this.text = text;
        }
    }

    @Parameters(index = "0", paramLabel = "KIND", description = "issue, page or article")
    String kind;

    @Parameters(index = "1", paramLabel = "ID", description = "its id (search and the other shows print them)")
    long id;

    Kind kind() {
        try {
            return Kind.valueOf(kind.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw usage("KIND: '" + kind + "' is none of issue, page, article");
        }
    }

    @Override
    void validate() {
        kind();
    }

    String path() {
        return kind().path + id;
    }

    @Override
    int run(ApiClient client) throws ApiException {
        ArchiveFormats text = new ArchiveFormats(formats, Highlight.forOutput(environment));
        print(client.get(path()), json -> kind().text.apply(text, json));
        return ExitCodes.OK;
    }
}

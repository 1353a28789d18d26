package org.baoku.cli;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.serializer.JsonbSerializer;

import org.baoku.issuefile.Article;
import org.baoku.issuefile.Byline;
import org.baoku.issuefile.Finding;
import org.baoku.issuefile.GuideEntry;
import org.baoku.issuefile.IssueMasthead;
import org.baoku.issuefile.PageHeader;
import org.baoku.issuefile.ParseResult;
import org.baoku.issuefile.Source;

/**
 * The JSON shape of a {@link ParseResult}, as the parse-result contract defines it: property names as the
 * record components name them, {@code null} values written out (unknown is {@code null}, and says so),
 * dates ISO ({@code 2025-08-13}), enums by name, properties in declaration order. One place, so that the
 * CLI and, later, the REST API write the same JSON. Thread-safe; {@link #close()} releases JSON-B.
 */
public final class ParseResultJson implements AutoCloseable {

    private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig()
            .withNullValues(true)
            .withFormatting(false)
            .withSerializers(inDeclarationOrder()));

    /** The model's records, each written with its components in declaration order. */
    private static JsonbSerializer<?>[] inDeclarationOrder() {
        return new JsonbSerializer<?>[] {
                new RecordComponentsSerializer<ParseResult>(ParseResult.class) { },
                new RecordComponentsSerializer<Source>(Source.class) { },
                new RecordComponentsSerializer<IssueMasthead>(IssueMasthead.class) { },
                new RecordComponentsSerializer<PageHeader>(PageHeader.class) { },
                new RecordComponentsSerializer<Article>(Article.class) { },
                new RecordComponentsSerializer<Byline>(Byline.class) { },
                new RecordComponentsSerializer<GuideEntry>(GuideEntry.class) { },
                new RecordComponentsSerializer<Finding>(Finding.class) { }};
    }

    /** @return the result as one line of JSON (no line breaks: JSON Lines) */
    public String toJson(ParseResult result) {
        return jsonb.toJson(result);
    }

    @Override
    public void close() throws Exception {
        jsonb.close();
    }
}

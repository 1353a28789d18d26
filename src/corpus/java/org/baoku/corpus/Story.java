package org.baoku.corpus;

import java.util.List;

import org.baoku.issuefile.Byline;

/**
 * One article as the generator means it: display lines, byline and body paragraphs. {@code leadPrefix}
 * is what the first paragraph starts with ({@code 本报讯（记者…）} or a wire dateline), {@code bylineLine}
 * a byline printed on a line of its own ({@code 本报记者 …}); {@code readings} are the reporter lists a
 * correct parse may give (with or without the correspondent).
 */
record Story(Topic topic, String kicker, String headline, String subtitle, Byline byline, String leadPrefix,
             String bylineLine, List<List<String>> readings, List<String> paragraphs) {

    Story {
        readings = List.copyOf(readings);
        paragraphs = List.copyOf(paragraphs);
    }
}

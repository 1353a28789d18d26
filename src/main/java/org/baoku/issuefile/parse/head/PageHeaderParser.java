package org.baoku.issuefile.parse.head;

import java.util.List;
import java.util.regex.Pattern;

import org.baoku.issuefile.PageHeader;

/**
 * Reads an inner page's header: label ({@code A02}), section name and responsible editor, printed on one
 * line ({@code A02 要闻 2025年8月13日 星期三 责任编辑：王某}) or spread over several, with the section as
 * left-over words of the label or editor line or as a title line of its own ({@code # 要闻}).
 * Stateless and thread-safe.
 */
final class PageHeaderParser {

    /** A section name: a few Han words, maybe joined by a middle dot (文化·旅游). */
    private static final Pattern SECTION = Pattern.compile("[\\p{IsHan}·• ]{2,12}");

    /**
     * @param page    label, section and editor, each {@code null} when not printed
     * @param printed whether the head prints any of them
     */
    record Reading(PageHeader page, boolean printed) {
    }

    Reading parse(List<HeadLine> head, List<HeadLine> titles) {
        String label = null;
        String editor = null;
        String section = null;
        for (HeadLine line : head) {
            if (label == null) {
                label = line.value(HeadField.LABEL);
            }
            if (editor == null) {
                editor = line.value(HeadField.EDITOR);
            }
            if (section == null && (line.has(HeadField.LABEL) || line.has(HeadField.EDITOR))
                    && SECTION.matcher(line.residual()).matches()) {
                section = line.residual();
            }
        }
        if (section == null) {
            section = titles.stream().filter(title -> !title.has(HeadField.TITLE) && !title.has(HeadField.ROMAN_TITLE))
                    .map(title -> title.text().replace("#", "").strip())
                    .findFirst().orElse(null);
        }
        PageHeader page = new PageHeader(label, section, editor);
        return new Reading(page, label != null || editor != null || section != null);
    }
}

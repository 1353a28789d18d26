package org.baoku.issuefile.parse.xml;

import java.util.List;

/**
 * An article of the logical structure map ({@code div TYPE="ARTICLE"}): its {@code LABEL} (often the
 * headline) and its areas on every page, in the order the METS gives them.
 */
public record MetsArticle(String id, String label, List<MetsArea> areas) {

    public MetsArticle {
        areas = List.copyOf(areas);
    }

    /** The areas in one ALTO file. */
    public List<MetsArea> areasIn(String fileId) {
        return areas.stream().filter(area -> area.fileId().equals(fileId)).toList();
    }
}

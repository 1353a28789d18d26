package org.baoku.issuefile.parse.body;

import java.util.List;

/**
 * Which lines stand outside any article part: after a part was closed ({@code (下转A02版)①}, an end mark)
 * and before the next heading, byline or 上接 mark opens one. Text there has no article to belong to, which
 * makes it the likely misplaced copy when it repeats text found inside an article.
 */
final class PartBoundaries {

    private final LineRoles roles;

    public PartBoundaries(LineRoles roles) {
        this.roles = roles;
    }

    public boolean[] outsideParts(List<PrintedLine> lines) {
        boolean[] outside = new boolean[lines.size()];
        boolean open = false;
        for (int i = 0; i < lines.size(); i++) {
            PrintedLine line = lines.get(i);
            if (line.isHeading() || roles.startsArticle(line)) {
                open = true;
            }
            outside[i] = !open;
            if (roles.endsPart(line)) {
                open = false;
            }
        }
        return outside;
    }
}

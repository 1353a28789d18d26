package org.baoku.reading;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.baoku.reading.Views.Story;
import org.baoku.reading.Views.StoryPart;

/**
 * Follows a continued article (转版) through its issue: back along 上接 (continued from) and forward along
 * 下转 (continued to), a link holding where the page labels and the jump key (①) agree on both sides — the
 * rule the archive's DANGLING_CONTINUATION check uses. A link that finds no article ends the story there
 * with a part that says what is missing. Plain Java: the caller hands in the continued articles of the
 * issue's current pages.
 */
public final class StoryStitcher {

    /** A continued article as stitching needs it. */
    public record Part(long articleId, long pageId, String pageLabel, String headline, String body,
                       String continuedTo, String continuedFrom, String jumpKey) {

        boolean continued() {
            return continuedTo != null || continuedFrom != null;
        }

        String jump() {
            return jumpKey == null ? "" : " " + jumpKey;
        }
    }

    private StoryStitcher() {
    }

    /** The story {@code start} belongs to, in reading order; empty when it is not continued. */
    public static Optional<Story> stitch(Part start, List<Part> issueParts) {
        if (!start.continued()) {
            return Optional.empty();
        }
        Deque<StoryPart> story = new ArrayDeque<>();
        story.add(present(start));
        Set<Long> seen = new HashSet<>();
        seen.add(start.articleId());
        boolean complete = true;

        Part current = start;
        while (current.continuedFrom() != null) {
            Part here = current;
            Optional<Part> previous = issueParts.stream()
                    .filter(p -> Objects.equals(p.pageLabel(), here.continuedFrom())
                            && Objects.equals(p.continuedTo(), here.pageLabel())
                            && Objects.equals(p.jumpKey(), here.jumpKey()))
                    .findFirst();
            if (previous.isEmpty()) {
                story.addFirst(missing(here.continuedFrom(), "continues from " + here.continuedFrom() + here.jump()
                        + ", but no article there is continued to " + here.pageLabel()));
                complete = false;
                break;
            }
            if (!seen.add(previous.get().articleId())) {
                break; // a loop of links: each part once
            }
            story.addFirst(present(previous.get()));
            current = previous.get();
        }

        current = start;
        while (current.continuedTo() != null) {
            Part here = current;
            Optional<Part> next = issueParts.stream()
                    .filter(p -> Objects.equals(p.pageLabel(), here.continuedTo())
                            && Objects.equals(p.continuedFrom(), here.pageLabel())
                            && Objects.equals(p.jumpKey(), here.jumpKey()))
                    .findFirst();
            if (next.isEmpty()) {
                story.addLast(missing(here.continuedTo(), "is continued to " + here.continuedTo() + here.jump()
                        + ", but no article there continues from " + here.pageLabel()));
                complete = false;
                break;
            }
            if (!seen.add(next.get().articleId())) {
                break;
            }
            story.addLast(present(next.get()));
            current = next.get();
        }
        return Optional.of(new Story(complete, List.copyOf(story)));
    }

    private static StoryPart present(Part part) {
        return new StoryPart(part.articleId(), part.pageId(), part.pageLabel(), part.headline(), part.body(), null);
    }

    private static StoryPart missing(String pageLabel, String why) {
        return new StoryPart(null, null, pageLabel, null, null, why);
    }
}

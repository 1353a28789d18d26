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

    /** Which way a walk follows the links: back along 上接, forward along 下转. */
    private enum Direction {
        BACK {
            String link(Part part) {
                return part.continuedFrom();
            }

            String backLink(Part part) {
                return part.continuedTo();
            }

            void add(Deque<StoryPart> story, StoryPart part) {
                story.addFirst(part);
            }

            String missing(Part here) {
                return "continues from " + here.continuedFrom() + here.jump() + ", but no article there is continued to "
                        + here.pageLabel();
            }
        },
        FORWARD {
            String link(Part part) {
                return part.continuedTo();
            }

            String backLink(Part part) {
                return part.continuedFrom();
            }

            void add(Deque<StoryPart> story, StoryPart part) {
                story.addLast(part);
            }

            String missing(Part here) {
                return "is continued to " + here.continuedTo() + here.jump() + ", but no article there continues from "
                        + here.pageLabel();
            }
        };

        abstract String link(Part part);

        abstract String backLink(Part part);

        abstract void add(Deque<StoryPart> story, StoryPart part);

        abstract String missing(Part here);
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

        for (Direction direction : Direction.values()) {
            Part current = start;
            while (direction.link(current) != null) {
                Part here = current;
                Optional<Part> other = issueParts.stream()
                        .filter(p -> Objects.equals(p.pageLabel(), direction.link(here))
                                && Objects.equals(direction.backLink(p), here.pageLabel())
                                && Objects.equals(p.jumpKey(), here.jumpKey()))
                        .findFirst();
                if (other.isEmpty()) {
                    direction.add(story, missing(direction.link(here), direction.missing(here)));
                    complete = false;
                    break;
                }
                if (!seen.add(other.get().articleId())) {
                    break; // a loop of links: each part once
                }
                direction.add(story, present(other.get()));
                current = other.get();
            }
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

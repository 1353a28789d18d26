package org.baoku.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.baoku.reading.StoryStitcher.Part;
import org.baoku.reading.Views.Story;
import org.baoku.reading.Views.StoryPart;

class StoryStitcherTest {

    private static final Part FRONT = new Part(1, 10, "A01", "头条", "前半", "A02", null, "①");
    private static final Part MIDDLE = new Part(2, 20, "A02", null, "中段", "A03", "A01", "①");
    private static final Part END = new Part(3, 30, "A03", null, "后半", null, "A02", "①");
    private static final Part OTHER_STORY = new Part(4, 20, "A02", null, "另一篇", null, "A01", "②");

    @Test
    void anArticleThatIsNotContinuedHasNoStory() {
        assertTrue(StoryStitcher.stitch(new Part(9, 10, "A01", "x", "y", null, null, null), List.of()).isEmpty());
    }

    @Test
    void fromAnyPartTheWholeStoryInReadingOrderAcrossSeveralPages() {
        List<Part> issue = List.of(FRONT, MIDDLE, END, OTHER_STORY);
        for (Part start : List.of(FRONT, MIDDLE, END)) {
            Story story = StoryStitcher.stitch(start, issue).orElseThrow();
            assertTrue(story.complete());
            assertEquals(List.of(1L, 2L, 3L), story.parts().stream().map(StoryPart::articleId).toList());
            assertEquals(List.of("A01", "A02", "A03"), story.parts().stream().map(StoryPart::pageLabel).toList());
        }
    }

    @Test
    void theJumpKeyTellsTwoStoriesOnTheSamePagesApart() {
        Part otherFront = new Part(5, 10, "A01", "另一条", "开头", "A02", null, "②");
        Story story = StoryStitcher.stitch(otherFront, List.of(FRONT, MIDDLE, END, OTHER_STORY, otherFront)).orElseThrow();
        assertEquals(List.of(5L, 4L), story.parts().stream().map(StoryPart::articleId).toList());
    }

    @Test
    void aMissingHalfIsSaidWhereItWouldBe() {
        Story story = StoryStitcher.stitch(END, List.of(END)).orElseThrow();
        assertFalse(story.complete());
        StoryPart missing = story.parts().get(0);
        assertNull(missing.articleId());
        assertEquals("A02", missing.pageLabel());
        assertEquals("continues from A02 ①, but no article there is continued to A03", missing.missing());

        Story front = StoryStitcher.stitch(FRONT, List.of(FRONT)).orElseThrow();
        assertEquals("is continued to A02 ①, but no article there continues from A01",
                front.parts().get(1).missing());
    }

    @Test
    void linksThatLoopGiveEachPartOnce() {
        Part a = new Part(1, 10, "A01", "x", "a", "A02", "A02", null);
        Part b = new Part(2, 20, "A02", null, "b", "A01", "A01", null);
        Story story = StoryStitcher.stitch(a, List.of(a, b)).orElseThrow();
        assertEquals(2, story.parts().size());
    }
}

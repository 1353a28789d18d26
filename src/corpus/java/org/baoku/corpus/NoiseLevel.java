package org.baoku.corpus;

import java.util.SplittableRandom;

/**
 * How much OCR damage a corpus carries, 0 to 3. Level 0 is clean text in column layout; 1 breaks column
 * lines across blank lines and splits masthead dates; 2 repeats paragraph tails; 3 repeats more, drops
 * wire headlines and folds punctuation to ASCII, with CRLF and BOM files mixed in.
 */
public record NoiseLevel(int level) {

    public static final int MAX = 3;

    public NoiseLevel {
        if (level < 0 || level > MAX) {
            throw new IllegalArgumentException("noise level must be 0.." + MAX + ", not " + level);
        }
    }

    /** A page's damage, drawn once per page so that its text and its gold reading agree. */
    PageDamage damage(PagePlan page, SplittableRandom random) {
        int[] widths = new int[page.parts().size()];
        for (int i = 0; i < widths.length; i++) {
            // roughly half the stories come in narrow columns, one printed line per column line
            widths[i] = random.nextBoolean() ? 12 + random.nextInt(7) : 0;
        }
        String lineBreak = level >= 1 ? "\n\n" : "\n";
        int tailPart = -1;
        int tailParagraph = -1;
        if (chance(random, 0, 0, 30, 60)) {
            for (int attempt = 0; attempt < 5 && tailPart < 0; attempt++) {
                int part = random.nextInt(page.parts().size());
                PagePart candidate = page.parts().get(part);
                int last = candidate.paragraphs().size() - (candidate.continuedTo() != null ? 1 : 0);
                for (int p = 0; p < last; p++) {
                    if (candidate.paragraphs().get(p).length() >= 40) {
                        tailPart = part;
                        tailParagraph = p;
                        break;
                    }
                }
            }
        }
        return new PageDamage(widths, lineBreak, tailPart, tailParagraph, chance(random, 0, 50, 50, 50),
                chance(random, 0, 0, 0, 30), chance(random, 0, 0, 0, 20), chance(random, 0, 0, 0, 20));
    }

    boolean losesWireHeadline(SplittableRandom random) {
        return chance(random, 0, 0, 0, 50);
    }

    private boolean chance(SplittableRandom random, int... percentByLevel) {
        // always draw, so that the random sequence does not depend on the level's outcome
        int roll = random.nextInt(100);
        return roll < percentByLevel[level];
    }
}

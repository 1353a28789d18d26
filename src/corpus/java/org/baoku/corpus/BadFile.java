package org.baoku.corpus;

import java.util.List;
import java.util.SplittableRandom;

/** Files a delivery carries that are no page at all: empty, or bytes no text encoding decodes. */
enum BadFile {
    EMPTY(List.of("EMPTY_FILE")),
    BINARY(List.of("UNDECODABLE", "NOT_AN_ISSUE_FILE"));

    /** Findings of which a correct parse reports at least one. */
    final List<String> findings;

    BadFile(List<String> findings) {
        this.findings = findings;
    }

    /**
     * An odd number of bytes with NULs, 0xFF and lone UTF-16 surrogates: invalid as UTF-8, GB18030
     * and UTF-16 alike, like a scanner's image saved under a .txt name.
     */
    byte[] content(SplittableRandom random) {
        if (this == EMPTY) {
            return new byte[0];
        }
        byte[] bytes = new byte[1001 + 2 * random.nextInt(1500)];
        random.nextBytes(bytes);
        for (int i = 0; i + 1 < bytes.length; i += 64) {
            bytes[i] = 0;
            bytes[i + 1] = (byte) 0xFF;
        }
        bytes[2] = (byte) 0xD8; // a high surrogate with no low one after it, in either byte order
        bytes[3] = (byte) 0xD8;
        bytes[4] = 0x41;
        bytes[5] = 0x00;
        return bytes;
    }
}

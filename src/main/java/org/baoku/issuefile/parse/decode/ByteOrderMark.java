package org.baoku.issuefile.parse.decode;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** The byte order marks an issue file may start with; each settles the encoding without detection. */
enum ByteOrderMark {
    UTF_8(StandardCharsets.UTF_8, 0xEF, 0xBB, 0xBF),
    UTF_16LE(StandardCharsets.UTF_16LE, 0xFF, 0xFE),
    UTF_16BE(StandardCharsets.UTF_16BE, 0xFE, 0xFF);

    private final Charset charset;
    private final int[] prefix;

    ByteOrderMark(Charset charset, int... prefix) {
        this.charset = charset;
        this.prefix = prefix;
    }

    Charset charset() {
        return charset;
    }

    int length() {
        return prefix.length;
    }

    /** @return the mark {@code bytes} start with, or {@code null} */
    static ByteOrderMark of(byte[] bytes) {
        for (ByteOrderMark mark : values()) {
            if (mark.starts(bytes)) {
                return mark;
            }
        }
        return null;
    }

    private boolean starts(byte[] bytes) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}

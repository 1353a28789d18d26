package org.baoku.issuefile.parse.decode;

import java.util.ArrayList;
import java.util.List;

/**
 * NUL bytes taken out of a file meant to be UTF-8. No UTF-8 text holds them; a run of them is what a
 * zeroed disk block or a botched transfer leaves, and dropping them loses no character.
 *
 * @param bytes the bytes without NULs (the input itself when it has none)
 * @param count how many NUL bytes were removed
 * @param lines the lines they stood on, ascending, each once
 */
record NulBytes(byte[] bytes, int count, List<Integer> lines) {

    static NulBytes strip(byte[] bytes, int offset) {
        int count = 0;
        for (int i = offset; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                count++;
            }
        }
        if (count == 0) {
            return new NulBytes(bytes, 0, List.of());
        }
        byte[] kept = new byte[bytes.length - count];
        List<Integer> lines = new ArrayList<>();
        LineNumbers numbers = new LineNumbers();
        int k = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0 && i >= offset) {
                int line = numbers.at(bytes, i);
                if (lines.isEmpty() || lines.get(lines.size() - 1) != line) {
                    lines.add(line);
                }
            } else {
                kept[k++] = bytes[i];
            }
        }
        return new NulBytes(kept, count, List.copyOf(lines));
    }

    String message() {
        return count + " NUL byte(s) were removed, on " + LineNumbers.describe(lines);
    }
}

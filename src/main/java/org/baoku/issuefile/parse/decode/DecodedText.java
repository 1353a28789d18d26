package org.baoku.issuefile.parse.decode;

import java.util.List;

import org.baoku.issuefile.Finding;
import org.baoku.issuefile.Severity;

/**
 * The outcome of decoding an issue file's bytes.
 *
 * @param text     the decoded text without byte order mark; empty when rejected
 * @param encoding the encoding the bytes were read in ({@code UTF-8}, {@code UTF-16LE}, {@code UTF-16BE},
 *                 {@code GB18030}, {@code Big5}), or {@code null} when no encoding reads them
 * @param findings what decoding noticed; an ERROR finding ({@code EMPTY_FILE}, {@code UNDECODABLE}) means
 *                 the file must be rejected
 */
public record DecodedText(String text, String encoding, List<Finding> findings) {

    public DecodedText {
        findings = List.copyOf(findings);
    }

    static DecodedText rejected(String encoding, Finding reason) {
        return new DecodedText("", encoding, List.of(reason));
    }

    public boolean rejected() {
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }
}

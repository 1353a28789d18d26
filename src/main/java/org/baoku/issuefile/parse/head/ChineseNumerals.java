package org.baoku.issuefile.parse.head;

import java.text.ParsePosition;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;

/** Reads small numbers printed in digits or in Chinese numerals (八, 十二, 廿一) with ICU's spell-out rules. */
public final class ChineseNumerals {

    /** ICU formats are not thread-safe; one per thread keeps the parser shareable. */
    private static final ThreadLocal<RuleBasedNumberFormat> SPELLOUT = ThreadLocal.withInitial(
            () -> new RuleBasedNumberFormat(ULocale.CHINESE, RuleBasedNumberFormat.SPELLOUT));

    private ChineseNumerals() {
    }

    /** @return the number, or {@code null} when {@code printed} is not wholly one number */
    public static Integer parse(String printed) {
        if (printed == null || printed.isBlank()) {
            return null;
        }
        String text = printed.strip();
        if (text.chars().allMatch(Character::isDigit)) {
            try {
                return Integer.valueOf(text);
            } catch (NumberFormatException tooLong) {
                return null;
            }
        }
        if (text.equals("卅")) {
            return 30; // the spell-out rules know 廿 but not 卅
        }
        ParsePosition position = new ParsePosition(0);
        Number number = SPELLOUT.get().parse(text, position);
        if (number == null || position.getIndex() != text.length()) {
            return null;
        }
        return number.intValue();
    }
}

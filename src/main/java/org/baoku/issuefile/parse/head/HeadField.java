package org.baoku.issuefile.parse.head;

/** A field a masthead or page header prints. */
enum HeadField {
    /** {@code 2025-8-13}: year, month and day as printed, joined by dashes */
    DATE(false),
    /** {@code 2025-8}: a date the OCR cut after the month; the day follows on the next line */
    YEAR_MONTH(false),
    /** a line that is only the day of a {@link #YEAR_MONTH} above it */
    DAY(false),
    WEEKDAY(false),
    LUNAR_DATE(true),
    SPONSOR(true),
    PUBLISHER(true),
    /** the publication's title printed in the masthead itself ({@code 焦作日报}) */
    TITLE(true),
    /** {@code 总第N期}: the running number */
    TOTAL_ISSUE_NUMBER(true),
    /** {@code 第N期} without 总 */
    ISSUE_NUMBER(true),
    PAGE_COUNT(true),
    SERIAL_NUMBER(true),
    /** {@code 社长}; where a masthead prints no 社长, its {@link #EDITOR_IN_CHIEF} stands in */
    PRESIDENT(true),
    /** {@code 总编辑} */
    EDITOR_IN_CHIEF(true),
    /** a code only a masthead prints and we do not keep: ISSN, 邮发代号, 广告经营许可证 */
    MASTHEAD_CODE(true),
    /** the paper's web site, telephone, address or postcode: marks a head line, carries no value we keep */
    CONTACT(false),
    /**
     * the title romanised or in English ({@code RENMIN RIBAO}, {@code Jiaozuo Daily}); printed beside
     * the Chinese title, it tells nothing the Chinese title does not, and alone it makes no head
     */
    ROMAN_TITLE(false),
    EDITOR(false),
    /** other page staff (美编, 校对 …): marks a header line, carries no value we keep */
    STAFF(false),
    LABEL(false);

    private final boolean mastheadOnly;

    HeadField(boolean mastheadOnly) {
        this.mastheadOnly = mastheadOnly;
    }

    /** Fields only a front page's masthead prints; one of them makes the top of a page a masthead. */
    boolean mastheadOnly() {
        return mastheadOnly;
    }
}

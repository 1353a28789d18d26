package org.baoku.issuefile.parse.body;

/**
 * Where a box that is not article text (the 导读 guide) stood. Text never joins across it, and a headline
 * standing right before it has no body to head.
 */
record SectionBreak(int line) implements FlowItem {
}

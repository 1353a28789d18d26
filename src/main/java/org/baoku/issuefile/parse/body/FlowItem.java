package org.baoku.issuefile.parse.body;

/** One step of the page's reading order: a printed line, or a box (the guide) that interrupts the text flow. */
sealed interface FlowItem permits PrintedLine, SectionBreak {
}

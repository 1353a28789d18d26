package org.baoku.corpus;

/** A 导读 entry of the front page: a story's headline, optional subtitle, and the page it is on. */
record GuideItem(String title, String subtitle, String page) {
}

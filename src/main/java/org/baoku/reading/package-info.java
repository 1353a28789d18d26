/**
 * The archive as readers see it: publications, their issues by date, an issue's pages and guide, a page's
 * articles and findings with the file they came from and its revisions, an article with its whole story
 * stitched across pages, and the people in bylines. Reads only current revisions unless asked for a
 * superseded one by id. Depends on the archive's entities; the REST API depends on it.
 */
package org.baoku.reading;

/**
 * Full-text search over the archive's articles with Hibernate Search (Lucene backend, as the server ships
 * it): the analyzers it registers, the reader's query language, searching with facets and highlights, and
 * keeping the index equal to the archive (the import writes through a stateless session, which Hibernate
 * Search does not see, so indexing is explicit). Depends on the archive, never the other way round.
 */
package org.baoku.search;

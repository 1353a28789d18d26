/**
 * The archive: what baoku keeps of every imported page, mapped with Jakarta Persistence (Hibernate ORM
 * as shipped by WildFly). Depends on the issue-file model, never on the batch runtime or the REST API.
 */
package org.baoku.archive;

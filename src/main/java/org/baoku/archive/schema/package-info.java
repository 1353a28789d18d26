/**
 * The archive schema's versioned migrations ({@code db/migration/h2}, {@code db/migration/postgresql}; Flyway) and the Hibernate
 * {@link org.hibernate.integrator.spi.Integrator} that applies them to the persistence unit's datasource
 * while the server starts the unit, before Hibernate validates the mapping against the schema.
 */
package org.baoku.archive.schema;

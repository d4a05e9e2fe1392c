/**
 * Homewatch's Java migrations, beside the SQL ones in the resource folder of the same path (Flyway location
 * {@code classpath:org/homewatch/storage/jdbc/migration}). Not under {@code db/migration}: Spring Boot's Flyway scans
 * that location recursively for the portal's own migrations, and would take Homewatch's as the portal's.
 */
@NullMarked
package org.homewatch.storage.jdbc.migration;

import org.jspecify.annotations.NullMarked;

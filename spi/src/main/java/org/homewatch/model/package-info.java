/**
 * The vocabulary of Homewatch: immutable records for cases, declarations, assessments, alerts, feedback,
 * jurisdictions and principals. Every record validates itself in its compact constructor; input that comes
 * from outside (portal forms, JSON) is rejected with a {@link org.homewatch.ValidationException} naming each
 * bad field, never stored as given. Collections are copied; absent values are {@link java.util.Optional}s or
 * empty collections, never {@code null}.
 *
 * <p>These types are part of the SPI contract: plugin authors compile against them. They change only in
 * compatible ways within a major version.
 */
@NullMarked
package org.homewatch.model;

import org.jspecify.annotations.NullMarked;

/**
 * The vocabulary of Homewatch: immutable records for cases, declarations, assessments, alerts, feedback,
 * jurisdictions and principals. Every record validates itself in its compact constructor; input that comes
 * from outside (portal forms, JSON) is rejected with a {@link org.homewatch.ValidationException} naming each
 * bad field, never stored as given. Collections are copied; absent values are {@link java.util.Optional}s or
 * empty collections, never {@code null}.
 *
 * <p>These types are part of the SPI contract: plugin authors compile against them. They change only in
 * compatible ways within a major version.
 *
 * <h2>Adding a component to a record without breaking providers</h2>
 *
 * <p>The records with many components ({@link org.homewatch.model.IsolationCase}, {@link org.homewatch.model.Alert})
 * change through named transitions ({@code activated}, {@code closed}, {@code withPlannedEnd},
 * {@code transferredTo}, {@code noted}; the alert's own) and a builder ({@code builder()}, {@code toBuilder()}),
 * never through a positional copy. A new component therefore touches:
 * <ol>
 *   <li>the record: the component, its check in the compact constructor, and its default in the builder (what a
 *       value written before the component existed means);
 *   <li>a constructor with the previous list of components, delegating with that default and deprecated until the
 *       next major version, so that a third-party storage that builds the record positionally still compiles and
 *       runs (a provider that reads rows into {@code builder()} needs nothing);
 *   <li>the storages: storage-memory keeps values as they are; storage-jdbc reads and writes the column, added by
 *       a Flyway migration with a default (or nullable, read as the default) so existing rows still read;
 *   <li>the storage TCK's samples and generators, so that every storage proves the component round-trips.
 * </ol>
 * Callers in core change only where they use the new component. An enum that storages keep by name (such as
 * {@link org.homewatch.model.CaseChange.Kind}) only grows: a constant is never renamed or removed while stored
 * data may name it.
 */
@NullMarked
package org.homewatch.model;

import org.jspecify.annotations.NullMarked;

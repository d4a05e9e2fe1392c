/**
 * Test support for portals that embed Homewatch, and for Homewatch's own storage and example tests: a clock the
 * test moves ({@link org.homewatch.test.MutableClock}), an alert channel that records what it was asked to send
 * ({@link org.homewatch.test.RecordingChannel}), and a small Gia Lai world ({@link org.homewatch.test.GiaLaiWorld}):
 * the province, Chư Sê district, three of its communes and the accounts that work there, on a running
 * {@code Homewatch}.
 *
 * <p>Depends on {@code homewatch-core}, {@code homewatch-spi} and {@code homewatch-storage-memory}: the memory
 * storage is the default storage of a {@code GiaLaiWorld} (the one storage that needs no setup), and any other
 * storage can be passed to {@link org.homewatch.test.GiaLaiWorld#builder()}. Add it with {@code <scope>test</scope>}.
 *
 * <p>{@code homewatch-core}'s own tests cannot use this artifact: it depends on core, and Maven refuses a cycle
 * even through a test-scoped dependency. Core keeps a minimal copy of its helpers in its tests instead.
 */
@NullMarked
package org.homewatch.test;

import org.jspecify.annotations.NullMarked;

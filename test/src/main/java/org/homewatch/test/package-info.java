/**
 * Test support for portals that embed Homewatch, and for Homewatch's own tests: a clock the test moves
 * ({@link org.homewatch.test.MutableClock}), an alert channel that records what it was asked to send
 * ({@link org.homewatch.test.RecordingChannel}), and the fixtures of a small Gia Lai world
 * ({@link org.homewatch.test.GiaLai}: the province, Chư Sê district, communes and the accounts that work there).
 *
 * <p>Depends on {@code homewatch-spi} only, so that every module's tests can use it, core's included. A running
 * {@code Homewatch} with these fixtures imported is {@code homewatch-test-world}'s {@code GiaLaiWorld}. Add either with
 * {@code <scope>test</scope>}.
 */
@NullMarked
package org.homewatch.test;

import org.jspecify.annotations.NullMarked;

/**
 * A running Homewatch with {@code homewatch-test}'s small Gia Lai world imported
 * ({@link org.homewatch.test.world.GiaLaiWorld}): the units, the accounts that work there, a recording channel and a
 * clock the test moves, on the memory storage by default or any storage passed to
 * {@link org.homewatch.test.world.GiaLaiWorld#builder()}.
 *
 * <p>A separate artifact from {@code homewatch-test} because it needs {@code homewatch-core}: keeping the clock, the
 * channel and the fixtures free of core lets core's own tests use them too (Maven refuses a module cycle even
 * through a test-scoped dependency).
 */
@NullMarked
package org.homewatch.test.world;

import org.jspecify.annotations.NullMarked;

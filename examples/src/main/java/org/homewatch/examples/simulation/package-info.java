/**
 * The province simulation: one district health system of Gia Lai monitoring people at home for a few simulated
 * days, printed the way a commune nurse would see it. The README's first command runs it.
 */
@NullMarked
package org.homewatch.examples.simulation;

import org.jspecify.annotations.NullMarked;

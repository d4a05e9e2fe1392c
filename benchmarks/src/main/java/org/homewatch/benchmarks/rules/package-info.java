/**
 * The rule-engine benchmark (issue 3): the shipped MoH 261 set over a million realistic declarations, one thread,
 * against the same threshold rules written by hand (the ceiling) and in Drools 10 (executable model).
 */
@NullMarked
package org.homewatch.benchmarks.rules;

import org.jspecify.annotations.NullMarked;

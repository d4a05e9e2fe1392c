/**
 * The rule engine's machinery: JSON reading and writing, checks, and the compiled evaluator. Not an API: may change
 * in any release; use {@link org.homewatch.core.rules.RuleSets}.
 *
 * <p>Every condition type compiles through one interface, {@link org.homewatch.core.rules.internal.CompiledConditions}
 * (could-fire, evaluate, and optionally a column screen), listed once in {@code ConditionTypes}; the evaluator and
 * the column screen know no condition type by name. A threshold's operator means what
 * {@link org.homewatch.core.rules.definition.Comparison} says and nothing else: rules compile each threshold to its
 * split point there, so no loop here switches on an operator.
 */
@NullMarked
package org.homewatch.core.rules.internal;

import org.jspecify.annotations.NullMarked;

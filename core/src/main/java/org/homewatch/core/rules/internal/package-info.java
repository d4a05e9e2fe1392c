/**
 * The rule engine's machinery: JSON reading and writing, checks, and the compiled evaluator. Not an API: may change
 * in any release; use {@link org.homewatch.core.rules.RuleSets}.
 */
@NullMarked
package org.homewatch.core.rules.internal;

import org.jspecify.annotations.NullMarked;

/**
 * The rule-set format as plain immutable records: what a rule-set JSON file says, before it is compiled. Public so
 * that tools (the {@code homewatch-rules-testkit} verifier, a province's editor) can read and build definitions;
 * {@link org.homewatch.core.rules.RuleSets} parses, validates and compiles them.
 */
@NullMarked
package org.homewatch.core.rules.definition;

import org.jspecify.annotations.NullMarked;

/**
 * The rule-set verifier: checks that a province's rule file makes sense before it judges anyone. Run it from a
 * JUnit test in your own build ({@link org.homewatch.rules.testkit.RuleSetVerifier#assertValid()}); every problem
 * is reported in words a province's engineer can act on, with the rule id and the values involved.
 */
@NullMarked
package org.homewatch.rules.testkit;

import org.jspecify.annotations.NullMarked;

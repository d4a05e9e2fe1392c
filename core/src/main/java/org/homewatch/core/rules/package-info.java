/**
 * Symptom-abnormality rules: the seam core uses to judge a declaration ({@link org.homewatch.core.rules.RuleSet})
 * and the rule sets that implement it.
 */
@NullMarked
package org.homewatch.core.rules;

import org.jspecify.annotations.NullMarked;

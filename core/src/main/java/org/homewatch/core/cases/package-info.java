/**
 * Registering isolation cases from quarantine decisions, reading them (audited, masked by role) and line lists.
 */
@NullMarked
package org.homewatch.core.cases;

import org.jspecify.annotations.NullMarked;

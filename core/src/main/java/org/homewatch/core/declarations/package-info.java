/**
 * Submitting health declarations: idempotent by declaration id, judged by the rule set, with the alert and the notifications it causes written in the same transaction.
 */
@NullMarked
package org.homewatch.core.declarations;

import org.jspecify.annotations.NullMarked;

/**
 * The audit trail: every write and every read of personal data, and every refusal.
 */
@NullMarked
package org.homewatch.core.audit;

import org.jspecify.annotations.NullMarked;

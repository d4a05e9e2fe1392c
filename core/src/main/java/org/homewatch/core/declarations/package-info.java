/**
 * Submitting health declarations: idempotent by declaration id, judged by the rule set, with the alert and the notifications it causes written in the same transaction.
 *
 * <p>Choices written down here: {@code submit} and {@code submitAll} are one flow ({@code SubmissionFlow}; a
 * single declaration is a batch of one), so they refuse, judge, store and audit alike. A batch is capped per
 * principal kind ({@code DeclarationService.MAX_BATCH_CITIZEN}, {@code MAX_BATCH_STAFF}) and a larger one is
 * refused whole, because one transaction over tens of thousands of rows holds a storage's locks for seconds. A
 * refusal (unknown case, access, bad time, case not monitored) is final and never retried; only a storage conflict
 * with a concurrent writer runs the submission again. A declaration whose id is stored already gets its first
 * result, also when the case has closed since.
 */
@NullMarked
package org.homewatch.core.declarations;

import org.jspecify.annotations.NullMarked;

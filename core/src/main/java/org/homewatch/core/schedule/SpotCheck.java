package org.homewatch.core.schedule;

import java.time.Instant;
import java.util.Objects;
import org.homewatch.model.AccountId;
import org.homewatch.model.CaseId;

/**
 * A request to a person for an immediate check-in: a declaration with location and a passed presence check,
 * submitted between {@code requestedAt} and {@code answerBy}.
 */
public record SpotCheck(CaseId caseId, Instant requestedAt, Instant answerBy, AccountId requestedBy) {
  public SpotCheck {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(requestedAt, "requestedAt");
    Objects.requireNonNull(answerBy, "answerBy");
    Objects.requireNonNull(requestedBy, "requestedBy");
  }
}

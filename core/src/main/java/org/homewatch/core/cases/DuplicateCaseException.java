package org.homewatch.core.cases;

import org.homewatch.ConflictException;
import org.homewatch.model.CaseId;

/**
 * A registration was refused because the person already has a case being monitored (same national id, or same
 * phone, name and birth date). The existing case's id is given so that the enroller can open it; if the decision
 * really is a new quarantine of the same person, register again with
 * {@link org.homewatch.model.NewCase#asNewQuarantineOfKnownPerson()} and the cases are linked.
 */
public final class DuplicateCaseException extends ConflictException {
  private static final long serialVersionUID = 1L;
  private final transient CaseId existingCase;

  public DuplicateCaseException(CaseId existingCase, String how) {
    super("the person already has case " + existingCase + " being monitored (" + how + "); register it as a new "
        + "quarantine of the same person if that is what the decision is");
    this.existingCase = existingCase;
  }

  public CaseId existingCase() {
    return existingCase;
  }
}

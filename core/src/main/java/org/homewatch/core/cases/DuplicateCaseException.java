package org.homewatch.core.cases;

import java.util.Optional;
import org.homewatch.ConflictException;
import org.homewatch.model.CaseId;
import org.jspecify.annotations.Nullable;

/**
 * A registration was refused because the person already has a case being monitored (same person id, same
 * national id, or same phone, name and birth date). If that case lies inside the caller's scope its id is given,
 * so that the enroller can open it; if the decision really is a new quarantine of the same person, register again
 * with {@link org.homewatch.model.NewCase#asNewQuarantineOfKnownPerson()} and the cases are linked.
 *
 * <p>If the case lies outside the caller's scope the exception says only that a person with these details is
 * monitored elsewhere: no case id, no unit, so that an enroller of one province cannot learn from it whether a
 * national id or phone number is quarantined in another. The lookup is audited under the existing case's unit.
 */
public final class DuplicateCaseException extends ConflictException {
  private static final long serialVersionUID = 1L;
  private final transient @Nullable CaseId existingCase;

  /**
   * The person's case is inside the caller's scope.
   *
   * @param existingCase the case the person already has
   * @param how what matched: the national id, the phone, or the person id
   */
  public DuplicateCaseException(CaseId existingCase, String how) {
    super("the person already has case " + existingCase + " being monitored (" + how + "); register it as a new "
        + "quarantine of the same person if that is what the decision is");
    this.existingCase = existingCase;
  }

  private DuplicateCaseException(String message) {
    super(message);
    this.existingCase = null;
  }

  /**
   * The person's case is outside the caller's scope: nothing about it is said.
   *
   * @return the exception, naming no case
   */
  public static DuplicateCaseException elsewhere() {
    return new DuplicateCaseException("a person with these details is already monitored elsewhere, outside your "
        + "jurisdiction; ask the steering committee above both units to transfer the case, or register it as a "
        + "new quarantine of the same person if that is what the decision is");
  }

  /**
   * The existing case, if it lies inside the caller's scope; empty if it is monitored elsewhere.
   *
   * @return the case, or empty
   */
  public Optional<CaseId> existingCase() {
    return Optional.ofNullable(existingCase);
  }
}

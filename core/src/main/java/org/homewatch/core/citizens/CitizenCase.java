package org.homewatch.core.citizens;

import java.util.Objects;
import org.homewatch.model.CaseCategory;
import org.homewatch.model.CaseId;
import org.homewatch.model.CasePeriod;
import org.homewatch.model.CaseStatus;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.PersonId;

/**
 * One case as its citizen sees it in the list of "my cases": theirs, or a member's of the household they head.
 *
 * @param id the case
 * @param person whose case it is
 * @param fullName that person's name, in full (it is the citizen's own household)
 * @param category why the person is monitored
 * @param status where the case stands
 * @param period start, planned end and actual end
 * @param responsibleUnit the commune whose health station answers for it
 * @param own true for the citizen's own case, false for a household member's
 */
public record CitizenCase(CaseId id, PersonId person, String fullName, CaseCategory category, CaseStatus status,
    CasePeriod period, JurisdictionPath responsibleUnit, boolean own) {
  /**
   * Checks that no component is null.
   *
   * @param id the case
   * @param person whose case it is
   * @param fullName that person's name, in full (it is the citizen's own household)
   * @param category why the person is monitored
   * @param status where the case stands
   * @param period start, planned end and actual end
   * @param responsibleUnit the commune whose health station answers for it
   * @param own true for the citizen's own case, false for a household member's
   * @throws NullPointerException naming a missing component
   */
  public CitizenCase {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(fullName, "fullName");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(responsibleUnit, "responsibleUnit");
  }

  static CitizenCase of(IsolationCase c, boolean own) {
    return new CitizenCase(c.id(), c.person().id(), c.person().fullName(), c.category(), c.status(), c.period(),
        c.responsibleUnit(), own);
  }
}

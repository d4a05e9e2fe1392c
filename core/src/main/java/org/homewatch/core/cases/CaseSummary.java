package org.homewatch.core.cases;

import java.util.Objects;
import org.homewatch.model.CaseCategory;
import org.homewatch.model.CaseId;
import org.homewatch.model.CasePeriod;
import org.homewatch.model.CaseStatus;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.MonitoringSummary;

/**
 * One line of a line list. The health station sees names and phone numbers in full, because it calls people;
 * supervisors and administrators see them masked, because they need the numbers, not the people.
 *
 * @param id the case
 * @param name the person's full name, or masked ("N. T. Hoa")
 * @param phone the phone in E.164 form, or masked
 * @param ageYears the person's age today, in whole years
 * @param category why the person is monitored
 * @param status where the case is in its life
 * @param responsibleUnit the commune that answers for it
 * @param period its days of monitoring
 * @param monitoring its latest declaration's summary
 * @param version its version, to pass back with a change
 */
public record CaseSummary(
    CaseId id,
    String name,
    String phone,
    int ageYears,
    CaseCategory category,
    CaseStatus status,
    JurisdictionPath responsibleUnit,
    CasePeriod period,
    MonitoringSummary monitoring,
    long version) {

  /**
   * Refuses null components.
   *
   * @param id the case
   * @param name the person's full name, or masked ("N. T. Hoa")
   * @param phone the phone in E.164 form, or masked
   * @param ageYears the person's age today, in whole years
   * @param category why the person is monitored
   * @param status where the case is in its life
   * @param responsibleUnit the commune that answers for it
   * @param period its days of monitoring
   * @param monitoring its latest declaration's summary
   * @param version its version, to pass back with a change
   */
  public CaseSummary {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(phone, "phone");
  }

  static CaseSummary of(IsolationCase c, boolean masked, java.time.LocalDate today) {
    return new CaseSummary(c.id(),
        masked ? c.person().maskedName() : c.person().fullName(),
        masked ? c.person().phone().masked() : c.person().phone().e164(),
        c.person().birthDate().ageOn(today), c.category(), c.status(), c.responsibleUnit(), c.period(),
        c.monitoring(), c.version());
  }
}

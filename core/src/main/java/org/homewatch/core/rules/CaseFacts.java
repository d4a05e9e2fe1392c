package org.homewatch.core.rules;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.homewatch.model.BirthDate;
import org.homewatch.model.CaseCategory;
import org.homewatch.model.GeoPoint;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.RiskFactor;

/**
 * What rules may know about the person besides the declaration: age, category, risk factors, home position.
 *
 * @param onDay the local day of the declaration, for age
 */
public record CaseFacts(CaseCategory category, BirthDate birthDate, LocalDate onDay, Set<RiskFactor> riskFactors,
    Optional<GeoPoint> home) {

  public CaseFacts {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(birthDate, "birthDate");
    Objects.requireNonNull(onDay, "onDay");
    Objects.requireNonNull(home, "home");
    // an EnumSet: the risk modifier asks "has any of these" for every declaration that fires a rule, and a
    // bit test is several times cheaper than hashing into a general immutable set
    EnumSet<RiskFactor> copy = EnumSet.noneOf(RiskFactor.class);
    copy.addAll(riskFactors);
    riskFactors = Collections.unmodifiableSet(copy);
  }

  public static CaseFacts of(IsolationCase c, LocalDate onDay) {
    return new CaseFacts(c.category(), c.person().birthDate(), onDay, c.riskFactors(), c.person().home().home());
  }

  public int ageYears() {
    return birthDate.ageOn(onDay);
  }

  public long ageMonths() {
    return birthDate.ageInMonthsOn(onDay);
  }
}

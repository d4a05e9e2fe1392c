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
 * <p>An age the rules cannot trust never silences a sign. A birth date after the declaration's day, or more than
 * {@link #MAX_AGE_YEARS} years before it (registration refuses both, but stored rows and facts built by hand
 * may carry them), would put the person in the infants' band, where a pulse of 160 is normal. Such a person is
 * judged as an adult ({@link #UNKNOWN_AGE_JUDGED_AS} years): the adult thresholds are the ones the Ministry's
 * signs state first and are the strictest of MoH 261's vital-sign limits (children's respiratory-rate limits are
 * higher, and pulse and blood pressure are not tested in young children).
 *
 * @param category why the person is monitored
 * @param riskFactors conditions that make the rules stricter
 * @param home the home's position, if known, for the distance-from-home rule
 * @param birthDate the birth date the rules judge age by: the person's, or an adult's when theirs is not
 *     {@link #plausible} on {@code onDay}
 * @param onDay the local day of the declaration, for age
 */
public record CaseFacts(CaseCategory category, BirthDate birthDate, LocalDate onDay, Set<RiskFactor> riskFactors,
    Optional<GeoPoint> home) {

  /**
   * Replaces an implausible birth date by an adult's ({@value #UNKNOWN_AGE_JUDGED_AS} years); copies the risk factors.
   *
   * @param category why the person is monitored
   * @param birthDate the birth date the rules judge age by: the person's, or an adult's when theirs is not {@link
   *     #plausible} on {@code onDay}
   * @param onDay the local day of the declaration, for age
   * @param riskFactors conditions that make the rules stricter
   * @param home the home's position, if known, for the distance-from-home rule
   */
  public CaseFacts {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(birthDate, "birthDate");
    Objects.requireNonNull(onDay, "onDay");
    Objects.requireNonNull(home, "home");
    if (!plausible(birthDate, onDay)) {
      birthDate = BirthDate.ofYear(Math.max(1880, onDay.getYear() - UNKNOWN_AGE_JUDGED_AS));
    }
    // an EnumSet: the risk modifier asks "has any of these" for every declaration that fires a rule, and a
    // bit test is several times cheaper than hashing into a general immutable set
    EnumSet<RiskFactor> copy = EnumSet.noneOf(RiskFactor.class);
    copy.addAll(riskFactors);
    riskFactors = Collections.unmodifiableSet(copy);
  }

  /** Older than this on the declaration's day is not an age, it is a typing error. */
  public static final int MAX_AGE_YEARS = 120;
  /** The age an unknown age is judged at: an adult's. */
  public static final int UNKNOWN_AGE_JUDGED_AS = 40;

  /**
   * True if the birth date is a possible one on the day: not after it, and at most 120 years before it.
   *
   * @param birthDate the birth date given
   * @param onDay the declaration's local day
   * @return true if the rules may judge age by it
   */
  public static boolean plausible(BirthDate birthDate, LocalDate onDay) {
    boolean future = birthDate.date().map(d -> d.isAfter(onDay))
        .orElse(birthDate.year().getValue() > onDay.getYear());
    return !future && birthDate.ageOn(onDay) <= MAX_AGE_YEARS;
  }

  /**
   * The facts of a case on the declaration's day.
   *
   * @param c the case
   * @param onDay the declaration's local day
   * @return the facts
   */
  public static CaseFacts of(IsolationCase c, LocalDate onDay) {
    return new CaseFacts(c.category(), c.person().birthDate(), onDay, c.riskFactors(), c.person().home().home());
  }

  /**
   * The person's age in whole years on the declaration's day.
   *
   * @return the age, 0 to {@value #MAX_AGE_YEARS}
   */
  public int ageYears() {
    return birthDate.ageOn(onDay);
  }

  /**
   * The person's age in whole months on the declaration's day, for the infants' bands.
   *
   * @return the age in months
   */
  public long ageMonths() {
    return birthDate.ageInMonthsOn(onDay);
  }
}

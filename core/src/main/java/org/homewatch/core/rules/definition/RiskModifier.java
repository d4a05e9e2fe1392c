package org.homewatch.core.rules.definition;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import org.homewatch.model.RiskFactor;
import org.homewatch.model.Severity;

/**
 * Raises every health finding of a person at higher risk by {@code raiseBy} levels, never above {@code cap} (and
 * never lowers a finding already above the cap). A person is at higher risk when any of {@code factors} is
 * recorded on the case or, if {@code ageAtLeast} is set, when their age on the day reaches it.
 *
 * @param factors the risk factors that make a person at higher risk; any one suffices
 * @param ageAtLeast the age from which a person is at higher risk, if age counts
 * @param raiseBy how many severity levels a health finding is raised
 * @param cap the worst severity a raise may reach
 */
public record RiskModifier(List<RiskFactor> factors, OptionalInt ageAtLeast, int raiseBy, Severity cap) {
  /**
   * Refuses null components; copies the factors.
   *
   * @param factors the risk factors that make a person at higher risk
   * @param ageAtLeast the age from which a person is at higher risk, if age counts
   * @param raiseBy how many severity levels a health finding is raised
   * @param cap the worst severity a raise may reach
   */
  public RiskModifier {
    factors = List.copyOf(factors);
    Objects.requireNonNull(ageAtLeast, "ageAtLeast");
    Objects.requireNonNull(cap, "cap");
  }
}

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
 */
public record RiskModifier(List<RiskFactor> factors, OptionalInt ageAtLeast, int raiseBy, Severity cap) {
  public RiskModifier {
    factors = List.copyOf(factors);
    Objects.requireNonNull(ageAtLeast, "ageAtLeast");
    Objects.requireNonNull(cap, "cap");
  }
}

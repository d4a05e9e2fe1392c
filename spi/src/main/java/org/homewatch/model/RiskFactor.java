package org.homewatch.model;

/** Facts about a person that raise the concern a sign deserves (MoH 261 lists these for F0 at home). */
public enum RiskFactor {
  AGE_65_OR_OVER,
  CHRONIC_DISEASE,
  PREGNANT,
  UNVACCINATED,
  OBESITY,
  IMMUNOCOMPROMISED
}

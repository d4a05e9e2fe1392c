package org.homewatch.model;

/** Facts about a person that raise the concern a sign deserves (MoH 261 lists these for F0 at home). */
public enum RiskFactor {
  /** Aged 65 or more. */
  AGE_65_OR_OVER,
  /** A chronic disease (diabetes, hypertension, heart, lung or kidney disease, cancer, ...). */
  CHRONIC_DISEASE,
  /** Pregnant. */
  PREGNANT,
  /** Not fully vaccinated. */
  UNVACCINATED,
  /** Obese (BMI 30 or more). */
  OBESITY,
  /** A weakened immune system (treatment, transplant, HIV). */
  IMMUNOCOMPROMISED
}

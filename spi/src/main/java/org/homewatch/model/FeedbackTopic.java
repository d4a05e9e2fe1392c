package org.homewatch.model;

/** What a citizen's feedback (phản ánh) is about; routes it and feeds the reports. */
public enum FeedbackTopic {
  /** The person's health or a household member's. */
  HEALTH,
  /** Food, water and daily supplies during quarantine. */
  FOOD_AND_SUPPLIES,
  /** Medicine, or the lack of it. */
  MEDICINE,
  /** The quarantine's rules or its dates. */
  QUARANTINE_RULES,
  /** The declaration app or portal does not work. */
  APP_PROBLEM,
  /** A complaint about the handling or about staff. */
  COMPLAINT,
  /** Anything else. */
  OTHER
}

package org.homewatch.model;

/** What a citizen's feedback (phản ánh) is about; routes it and feeds the reports. */
public enum FeedbackTopic {
  HEALTH,
  FOOD_AND_SUPPLIES,
  MEDICINE,
  QUARANTINE_RULES,
  APP_PROBLEM,
  COMPLAINT,
  OTHER
}

package org.homewatch.model;

/** Why a person is monitored at home. Durations and schedules are policy data per category, never fixed here. */
public enum CaseCategory {
  /** Close contact of a confirmed case. */
  F1,
  /** Contact of an F1 (the seed order's main group). */
  F2,
  /** Back home after concentrated (facility) quarantine, continuing to be monitored there. */
  POST_FACILITY,
  /** Arrived from abroad or another province under an entry rule. */
  ENTRY,
  /** Confirmed case (F0) cared for at home under the Ministry of Health's home-care guidance. */
  F0_HOME_CARE,
  /** Any other reason the province decided; the decision's text says which. */
  OTHER
}

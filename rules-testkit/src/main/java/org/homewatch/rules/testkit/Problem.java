package org.homewatch.rules.testkit;

import java.util.Objects;

/**
 * One thing wrong with a rule set.
 *
 * @param check which check found it
 * @param message what is wrong and what to do, naming the rule, age band and values
 */
public record Problem(Check check, String message) {
  /**
   * Refuses null components.
   *
   * @param check which check found it
   * @param message what is wrong and what to do, naming the rule, age band and values
   */
  public Problem {
    Objects.requireNonNull(check, "check");
    Objects.requireNonNull(message, "message");
  }

  /** The checks the verifier runs. */
  public enum Check {
    /** The file loads and compiles (the loader's own checks: operators, ranges, duplicate ids...). */
    LOADS,
    /**
     * The set has at least one rule. Every other check holds vacuously for an empty set, so a verifier that passed
     * it would pass having checked nothing.
     */
    HAS_RULES,
    /** Every age from 0 falls in exactly one age band. */
    AGE_BANDS,
    /** Over the grid of thresholds and their neighbours, per age band, a worse value never lowers severity. */
    MONOTONE,
    /** Every rule fires for at least one possible declaration. */
    EVERY_RULE_CAN_FIRE,
    /** No rule is fully shadowed: made pointless by another rule that always fires with it at least as severely. */
    NOT_SHADOWED,
    /** The same input gives the same assessment (random declarations and histories). */
    DETERMINISTIC,
    /** Random declarations: worsening one measurement, or adding a symptom, never lowers severity. */
    MONOTONE_RANDOM,
    /** Shuffling the rules does not change any judgement. */
    RULE_ORDER_INDEPENDENT,
    /** Written to JSON and read back, the rule set is the same and judges the same. */
    JSON_ROUND_TRIP
  }

  @Override
  public String toString() {
    return "[" + check + "] " + message;
  }
}

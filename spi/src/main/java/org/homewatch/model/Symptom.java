package org.homewatch.model;

import java.util.regex.Pattern;

/**
 * A symptom code. Open-ended on purpose (SORMAS's 170 hard-coded fields are what we avoid): a province's rule
 * set may introduce codes of its own; the constants here are the ones the shipped rule sets and the
 * Ministry's health-monitoring form use.
 *
 * @param code lower-case letters, digits and underscores, 2 to 64, starting with a letter
 */
public record Symptom(String code) implements Comparable<Symptom> {
  private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]{1,63}");

  /** Fever. */
  public static final Symptom FEVER = new Symptom("fever");
  /** Cough. */
  public static final Symptom COUGH = new Symptom("cough");
  /** Sore throat. */
  public static final Symptom SORE_THROAT = new Symptom("sore_throat");
  /** Body aches. */
  public static final Symptom BODY_ACHES = new Symptom("body_aches");
  /** Fatigue. */
  public static final Symptom FATIGUE = new Symptom("fatigue");
  /** Headache. */
  public static final Symptom HEADACHE = new Symptom("headache");
  /** Runny nose. */
  public static final Symptom RUNNY_NOSE = new Symptom("runny_nose");
  /** Loss of taste or smell. */
  public static final Symptom LOSS_OF_TASTE_OR_SMELL = new Symptom("loss_of_taste_or_smell");
  /** Diarrhoea. */
  public static final Symptom DIARRHOEA = new Symptom("diarrhoea");
  /** Shortness of breath (khó thở). */
  public static final Symptom SHORTNESS_OF_BREATH = new Symptom("shortness_of_breath");
  /** Chest pain or tightness. */
  public static final Symptom CHEST_PAIN = new Symptom("chest_pain");
  /** Confusion. */
  public static final Symptom CONFUSION = new Symptom("confusion");
  /** Drowsiness, hard to wake. */
  public static final Symptom DROWSINESS = new Symptom("drowsiness");
  /** Convulsions. */
  public static final Symptom CONVULSIONS = new Symptom("convulsions");
  /** Cyanosis: blue lips or skin. */
  public static final Symptom CYANOSIS = new Symptom("cyanosis");
  /** Cold hands and feet. */
  public static final Symptom COLD_EXTREMITIES = new Symptom("cold_extremities");
  /** A child who cannot drink or feed. */
  public static final Symptom CANNOT_DRINK_OR_FEED = new Symptom("cannot_drink_or_feed");
  /** Vomiting. */
  public static final Symptom VOMITING = new Symptom("vomiting");

  /**
   * Validates the code.
   *
   * @param code lower-case letters, digits and underscores, 2 to 64, starting with a letter
   * @throws org.homewatch.ValidationException if the code is not acceptable
   */
  public Symptom {
    Checks.required(code, "code");
    new Checks()
        .require(CODE.matcher(code).matches(), "symptoms", "homewatch.validation.symptom",
            "a symptom code is lower-case letters, digits and underscores, was '" + code + "'")
        .throwIfAny();
  }

  /**
   * The symptom with this code, known or a province's own.
   *
   * @param code the code
   * @return the symptom
   * @throws org.homewatch.ValidationException if the code is not acceptable
   */
  public static Symptom of(String code) {
    return new Symptom(code);
  }

  @Override
  public int compareTo(Symptom other) {
    return code.compareTo(other.code);
  }

  @Override
  public String toString() {
    return code;
  }
}

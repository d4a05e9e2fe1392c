package org.homewatch.model;

import java.util.regex.Pattern;

/**
 * A symptom code. Open-ended on purpose (SORMAS's 170 hard-coded fields are what we avoid): a province's rule
 * set may introduce codes of its own; the constants here are the ones the shipped rule sets and the
 * Ministry's health-monitoring form use.
 */
public record Symptom(String code) implements Comparable<Symptom> {
  private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]{1,63}");

  public static final Symptom FEVER = new Symptom("fever");
  public static final Symptom COUGH = new Symptom("cough");
  public static final Symptom SORE_THROAT = new Symptom("sore_throat");
  public static final Symptom BODY_ACHES = new Symptom("body_aches");
  public static final Symptom FATIGUE = new Symptom("fatigue");
  public static final Symptom HEADACHE = new Symptom("headache");
  public static final Symptom RUNNY_NOSE = new Symptom("runny_nose");
  public static final Symptom LOSS_OF_TASTE_OR_SMELL = new Symptom("loss_of_taste_or_smell");
  public static final Symptom DIARRHOEA = new Symptom("diarrhoea");
  public static final Symptom SHORTNESS_OF_BREATH = new Symptom("shortness_of_breath");
  public static final Symptom CHEST_PAIN = new Symptom("chest_pain");
  public static final Symptom CONFUSION = new Symptom("confusion");
  public static final Symptom DROWSINESS = new Symptom("drowsiness");
  public static final Symptom CONVULSIONS = new Symptom("convulsions");
  public static final Symptom CYANOSIS = new Symptom("cyanosis");
  public static final Symptom COLD_EXTREMITIES = new Symptom("cold_extremities");
  public static final Symptom CANNOT_DRINK_OR_FEED = new Symptom("cannot_drink_or_feed");
  public static final Symptom VOMITING = new Symptom("vomiting");

  public Symptom {
    Checks.required(code, "code");
    new Checks()
        .require(CODE.matcher(code).matches(), "symptoms", "homewatch.validation.symptom",
            "a symptom code is lower-case letters, digits and underscores, was '" + code + "'")
        .throwIfAny();
  }

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

package org.homewatch.examples.simulation;

import java.util.Random;
import java.util.Set;
import org.homewatch.model.Symptom;
import org.homewatch.model.Vitals;

/**
 * How one simulated person's monitoring goes, drawn once from the seed: most recover quietly; some develop a
 * fever (three days at 38.5 °C or more is MoH 261's warning sign); a few desaturate (SpO2 96 %, then below 94 %,
 * an emergency); some stop declaring (a broken phone, a trip to the fields) until the station reaches them.
 * Everyone sometimes forgets a slot.
 *
 * @param kind what happens
 * @param onsetDay the monitoring day (0 = the day of registration) it starts on
 * @param forgetfulness the chance of forgetting any one slot
 */
record Course(Kind kind, int onsetDay, double forgetfulness) {

  enum Kind { QUIET, FEVER, DESATURATION, STOPS_DECLARING }

  /** The shares of each course, per thousand people: 78 % quiet, 12 % fever, 3 % desaturation, 7 % go silent. */
  static Course draw(Random random) {
    int roll = random.nextInt(1000);
    Kind kind = roll < 780 ? Kind.QUIET : roll < 900 ? Kind.FEVER : roll < 930 ? Kind.DESATURATION
        : Kind.STOPS_DECLARING;
    int onset = 1 + random.nextInt(6);
    double forgetfulness = random.nextInt(10) == 0 ? 0.15 : 0.03;
    return new Course(kind, onset, forgetfulness);
  }

  /** Whether the person declares at all on {@code day} (the silent stop after their onset). */
  boolean silentOn(int day) {
    return kind == Kind.STOPS_DECLARING && day >= onsetDay;
  }

  /** The vitals and symptoms declared in slot {@code window} (0–2) of monitoring day {@code day}. */
  Reading reading(int day, int window, Random random) {
    double temperature = 36.2 + random.nextInt(11) / 10.0;
    int spo2 = 97 + random.nextInt(3);
    int breathing = 14 + random.nextInt(5);
    int pulse = 62 + random.nextInt(30);
    Set<Symptom> symptoms = Set.of();
    int sinceOnset = day - onsetDay;
    if (kind == Kind.FEVER && sinceOnset >= 0 && sinceOnset < 4) {
      // An evening peak: the fever is highest in the last window, as fevers are.
      temperature = 38.2 + random.nextInt(6) / 10.0 + (window == 2 ? 0.3 : 0);
      pulse = 90 + random.nextInt(20);
      symptoms = random.nextBoolean() ? Set.of(Symptom.FEVER, Symptom.COUGH) : Set.of(Symptom.FEVER);
    } else if (kind == Kind.DESATURATION && sinceOnset >= 0) {
      int slot = sinceOnset * 3 + window;
      spo2 = slot < 3 ? 96 : slot < 5 ? 95 : 93 - Math.min(3, (slot - 5) / 2);
      breathing = spo2 < 94 ? 22 + random.nextInt(4) : 18 + random.nextInt(2);
      pulse = spo2 < 94 ? 104 + random.nextInt(15) : 88 + random.nextInt(10);
      temperature = 37.6 + random.nextInt(6) / 10.0;
      symptoms = spo2 < 94 ? Set.of(Symptom.COUGH, Symptom.SHORTNESS_OF_BREATH) : Set.of(Symptom.COUGH);
    }
    Vitals vitals = Vitals.builder().temperatureCelsius(Math.round(temperature * 10) / 10.0).spo2Percent(spo2)
        .respiratoryRatePerMinute(breathing).pulsePerMinute(pulse).build();
    return new Reading(vitals, symptoms);
  }

  record Reading(Vitals vitals, Set<Symptom> symptoms) {}
}

package org.homewatch.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import org.homewatch.ValidationException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class VitalsTest {

  @Test
  @DisplayName("SpO2 140 is rejected naming the field")
  void spo2OutOfRange() {
    ValidationException e = assertThrows(ValidationException.class, () -> Vitals.builder().spo2Percent(140).build());
    assertTrue(e.concerns("vitals.spo2Percent"), e.getMessage());
  }

  @Test
  @DisplayName("a temperature of 80 °C is rejected naming the field")
  void temperatureOutOfRange() {
    ValidationException e =
        assertThrows(ValidationException.class, () -> Vitals.builder().temperatureCelsius(80).build());
    assertTrue(e.concerns("vitals.temperatureCelsius"), e.getMessage());
  }

  @Test
  @DisplayName("every bad field is reported at once, not only the first")
  void allViolationsAtOnce() {
    ValidationException e = assertThrows(ValidationException.class,
        () -> Vitals.builder().spo2Percent(140).temperatureCelsius(80).pulsePerMinute(900).build());
    assertEquals(3, e.violations().size(), e.getMessage());
  }

  @Test
  @DisplayName("a diastolic pressure at or above the systolic is rejected")
  void diastolicBelowSystolic() {
    assertThrows(ValidationException.class, () -> Vitals.builder().bloodPressure(90, 95).build());
  }

  @Test
  @DisplayName("every SpO2 in 50–100 is accepted and every value outside is rejected")
  void spo2Range() {
    qt().forAll(integers().between(-50, 300)).checkAssert(spo2 -> {
      boolean plausible = spo2 >= Vitals.MIN_SPO2 && spo2 <= Vitals.MAX_SPO2;
      if (plausible) {
        assertEquals(spo2, Vitals.builder().spo2Percent(spo2).build().spo2Percent().getAsInt());
      } else {
        assertThrows(ValidationException.class, () -> Vitals.builder().spo2Percent(spo2).build());
      }
    });
  }

  @Test
  @DisplayName("temperatures in 30–45 °C are accepted, others and NaN rejected")
  void temperatureRange() {
    qt().forAll(doubles().between(0, 100)).checkAssert(t -> {
      if (t >= 30 && t <= 45) {
        Vitals.builder().temperatureCelsius(t).build();
      } else {
        assertThrows(ValidationException.class, () -> Vitals.builder().temperatureCelsius(t).build());
      }
    });
    assertThrows(ValidationException.class, () -> Vitals.builder().temperatureCelsius(Double.NaN).build());
  }

  @Test
  @DisplayName("shared readings never change a value: every accepted temperature and SpO2 reads back exactly")
  void sharingKeepsValues() {
    qt().forAll(doubles().between(Vitals.MIN_TEMPERATURE, Vitals.MAX_TEMPERATURE),
        integers().between(Vitals.MIN_SPO2, Vitals.MAX_SPO2)).checkAssert((t, spo2) -> {
          Vitals v = Vitals.builder().temperatureCelsius(t).spo2Percent(spo2).build();
          assertEquals(t, v.temperatureCelsius().getAsDouble());
          assertEquals(spo2, v.spo2Percent().getAsInt());
        });
    qt().forAll(integers().between(300, 450)).checkAssert(tenths -> {
      double t = tenths / 10.0;
      assertEquals(t, Vitals.builder().temperatureCelsius(t).build().temperatureCelsius().getAsDouble());
    });
  }

  @Test
  @DisplayName("two declarations with the same readings share the reading objects (a million stored carry none)")
  void readingsAreShared() {
    Vitals a = Vitals.builder().temperatureCelsius(37.5).spo2Percent(97).pulsePerMinute(80).build();
    Vitals b = Vitals.builder().temperatureCelsius(37.5).spo2Percent(97).pulsePerMinute(80).build();
    assertSame(a.temperatureCelsius(), b.temperatureCelsius());
    assertSame(a.spo2Percent(), b.spo2Percent());
    assertSame(a.pulsePerMinute(), b.pulsePerMinute());
    assertEquals(a, b);
    // a reading between tenths is kept as given, not rounded to a shared one
    assertEquals(37.55, Vitals.builder().temperatureCelsius(37.55).build().temperatureCelsius().getAsDouble());
  }
}

package org.homewatch.core.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.homewatch.ValidationException;
import org.homewatch.core.Homewatch;
import org.homewatch.core.World;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.JurisdictionScheme;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RetentionPolicyTest {
  private static final JurisdictionPath HCM = JurisdictionPath.of(JurisdictionScheme.GSO_2021, "79");

  @ParameterizedTest(name = "{0} days")
  @ValueSource(ints = {-1, 0, Retention.MAX_DAYS + 1, Integer.MAX_VALUE, Integer.MIN_VALUE})
  @DisplayName("a negative, zero or huge number of days is refused with a ValidationException naming the option")
  void badDaysRefused(int days) {
    ValidationException cases = assertThrows(ValidationException.class, () -> new Retention(days, 30, 365));
    assertTrue(cases.concerns("closedCaseDays") && cases.violations().size() == 1, cases.getMessage());
    ValidationException outbox = assertThrows(ValidationException.class, () -> new Retention(30, days, 365));
    assertTrue(outbox.concerns("outboxDays"), outbox.getMessage());
    ValidationException audit = assertThrows(ValidationException.class, () -> new Retention(30, 30, days));
    assertTrue(audit.concerns("auditDays"), audit.getMessage());
    ValidationException shortcut = assertThrows(ValidationException.class, () -> Retention.ofClosedCases(days));
    assertTrue(shortcut.concerns("closedCaseDays"), shortcut.getMessage());
    assertEquals("homewatch.validation.retention.days", cases.violations().get(0).messageKey());
  }

  @Test
  @DisplayName("every bad option is named at once")
  void allNamedAtOnce() {
    ValidationException e = assertThrows(ValidationException.class, () -> new Retention(0, -5, 100_000));
    assertTrue(e.concerns("closedCaseDays") && e.concerns("outboxDays") && e.concerns("auditDays"), e.getMessage());
  }

  @Test
  @DisplayName("1 and 3,650 days are the bounds accepted; a finished message is never kept longer than the cases")
  void bounds() {
    assertEquals(1, new Retention(1, 1, 1).closedCaseDays());
    assertEquals(Retention.MAX_DAYS, new Retention(Retention.MAX_DAYS, Retention.MAX_DAYS, Retention.MAX_DAYS)
        .auditDays());
    assertEquals(7, new Retention(7, 30, 365).effectiveOutboxDays());
    assertEquals(7, Retention.ofClosedCases(7).effectiveOutboxDays());
    assertEquals(new Retention(30, 30, 365), RetentionPolicy.defaults().everywhere());
  }

  @Test
  @DisplayName("a province's override applies to every unit inside it; other provinces and a national path get the "
      + "default")
  void perProvince() {
    RetentionPolicy policy = RetentionPolicy.defaults().withProvince(World.PROVINCE, Retention.ofClosedCases(60));
    assertEquals(60, policy.forUnit(World.COMMUNE_A).closedCaseDays());
    assertEquals(60, policy.forUnit(World.PROVINCE).closedCaseDays());
    assertEquals(30, policy.forUnit(HCM.child("760")).closedCaseDays());
    assertEquals(30, policy.forUnit(JurisdictionPath.national(JurisdictionScheme.GSO_2021)).closedCaseDays());
  }

  @Test
  @DisplayName("one-time codes, which belong to no province, are kept the shortest finished-message retention of "
      + "the policy")
  void linkCodeDaysAreTheStrictest() {
    JurisdictionPath gialai = JurisdictionPath.of(JurisdictionScheme.GSO_2021, "64");
    JurisdictionPath hcm = JurisdictionPath.of(JurisdictionScheme.GSO_2021, "79");
    assertEquals(30, RetentionPolicy.defaults().linkCodeDays());
    assertEquals(7, RetentionPolicy.defaults().withProvince(gialai, new Retention(60, 7, 365))
        .withProvince(hcm, new Retention(90, 90, 365)).linkCodeDays());
    assertEquals(5, RetentionPolicy.defaults().withProvince(hcm, new Retention(5, 30, 365)).linkCodeDays(),
        "a message is never kept longer than the cases, nor is a code");
  }

  @Test
  @DisplayName("an override keyed by a district is refused, naming the key")
  void overrideByProvinceOnly() {
    ValidationException e = assertThrows(ValidationException.class,
        () -> new RetentionPolicy(Retention.DEFAULT, Map.of(World.DISTRICT, Retention.DEFAULT)));
    assertTrue(e.concerns("provinces[" + World.DISTRICT + "]"), e.getMessage());
    assertThrows(ValidationException.class,
        () -> RetentionPolicy.defaults().withProvince(World.COMMUNE_A, Retention.DEFAULT));
  }

  @Test
  @DisplayName("the builder takes the policy once, and refuses a policy with the purge turned off")
  void builderOption() {
    RetentionPolicy policy = RetentionPolicy.defaults().withProvince(World.PROVINCE, Retention.ofClosedCases(45));
    try (World world = new World(b -> b.retentionPolicy(policy))) {
      assertEquals(policy, world.homewatch.retention().policy());
    }
    assertThrows(org.homewatch.ConfigurationException.class,
        () -> Homewatch.builder().retentionPolicy(policy).retentionPolicy(policy));
    assertThrows(org.homewatch.ConfigurationException.class, () -> Homewatch.builder().storage(World.memoryStorage())
        .channel(org.homewatch.spi.notification.AlertChannel.noop("sms")).retention(false).retentionPolicy(policy)
        .build());
  }
}

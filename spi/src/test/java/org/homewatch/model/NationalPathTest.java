package org.homewatch.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.homewatch.ValidationException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class NationalPathTest {
  private static final JurisdictionPath OLD = JurisdictionPath.national(JurisdictionScheme.GSO_2021);
  private static final JurisdictionPath NEW = JurisdictionPath.national(JurisdictionScheme.GSO_2025);
  private static final JurisdictionPath COMMUNE = JurisdictionPath.of(JurisdictionScheme.GSO_2021, "64", "633",
      "23941");

  @Test
  @DisplayName("the whole country of a scheme contains every unit of that scheme and none of the other")
  void containsOneScheme() {
    assertTrue(OLD.contains(COMMUNE));
    assertTrue(OLD.contains(COMMUNE.parent().parent()));
    assertTrue(OLD.contains(OLD));
    assertFalse(NEW.contains(COMMUNE));
    assertFalse(NEW.contains(OLD));
    assertFalse(COMMUNE.parent().parent().contains(OLD));
  }

  @Test
  @DisplayName("its key is a prefix of exactly its scheme's keys, and key, text and path convert both ways")
  void keyIsThePrefixOfTheScheme() {
    assertEquals("GSO_2021:", OLD.key());
    assertTrue(COMMUNE.key().startsWith(OLD.key()));
    assertFalse(COMMUNE.key().startsWith(NEW.key()));
    assertEquals(OLD, JurisdictionPath.fromKey(OLD.key()));
    assertEquals(OLD, JurisdictionPath.parse(OLD.toString()));
    assertEquals(COMMUNE, JurisdictionPath.fromKey(COMMUNE.key()));
    assertEquals(COMMUNE.parent().parent(), OLD.child("64"));
  }

  @Test
  @DisplayName("it is the COUNTRY level, holds no people, is its own parent, and is never a stored unit")
  void neverAUnit() {
    assertEquals(JurisdictionLevel.COUNTRY, OLD.level());
    assertTrue(OLD.isNational());
    assertFalse(OLD.isProvince());
    assertFalse(OLD.holdsPeople());
    assertEquals(OLD, OLD.parent());
    assertEquals(COMMUNE.parent().parent(), COMMUNE.parent().parent().parent());
    assertThrows(ValidationException.class, () -> new Jurisdiction(OLD, "Việt Nam"));
  }
}

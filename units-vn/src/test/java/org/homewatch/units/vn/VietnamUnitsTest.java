package org.homewatch.units.vn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.homewatch.model.Jurisdiction;
import org.homewatch.model.JurisdictionLevel;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.JurisdictionScheme;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class VietnamUnitsTest {
  /** The island districts governed without communes (Hải Phòng, Quảng Trị, Đà Nẵng, Quảng Ngãi, Bà Rịa - Vũng Tàu). */
  static final List<JurisdictionPath> ISLAND_DISTRICTS = List.of(
      JurisdictionPath.of(JurisdictionScheme.GSO_2021, "31", "318"),
      JurisdictionPath.of(JurisdictionScheme.GSO_2021, "45", "471"),
      JurisdictionPath.of(JurisdictionScheme.GSO_2021, "48", "498"),
      JurisdictionPath.of(JurisdictionScheme.GSO_2021, "51", "536"),
      JurisdictionPath.of(JurisdictionScheme.GSO_2021, "77", "755"));

  private static Map<JurisdictionLevel, Long> countByLevel(List<Jurisdiction> units) {
    return units.stream().collect(Collectors.groupingBy(Jurisdiction::level, Collectors.counting()));
  }

  @Test
  @DisplayName("the 2021 scheme has 63 provinces, 696 districts and 10,035 communes, each code once")
  void scheme2021() {
    List<Jurisdiction> units = VietnamUnits.of(JurisdictionScheme.GSO_2021);

    assertEquals(Map.of(JurisdictionLevel.PROVINCE, 63L, JurisdictionLevel.DISTRICT, 696L,
        JurisdictionLevel.COMMUNE, 10_035L), countByLevel(units));
    assertEquals(units.size(), units.stream().map(Jurisdiction::path).distinct().count());
    assertTrue(units.stream().allMatch(u -> u.scheme() == JurisdictionScheme.GSO_2021));
  }

  @Test
  @DisplayName("the 2025 scheme has 34 provinces and 3,321 communes directly below them")
  void scheme2025() {
    List<Jurisdiction> units = VietnamUnits.of(JurisdictionScheme.GSO_2025);

    assertEquals(Map.of(JurisdictionLevel.PROVINCE, 34L, JurisdictionLevel.COMMUNE, 3_321L), countByLevel(units));
    assertEquals(units.size(), units.stream().map(Jurisdiction::path).distinct().count());
  }

  @Test
  @DisplayName("exactly five districts have no communes: Bạch Long Vĩ, Cồn Cỏ, Hoàng Sa, Lý Sơn and Côn Đảo")
  void islandDistricts() {
    List<Jurisdiction> units = VietnamUnits.of(JurisdictionScheme.GSO_2021);
    Set<JurisdictionPath> withCommunes = units.stream().filter(u -> u.level() == JurisdictionLevel.COMMUNE)
        .map(u -> u.path().parent()).collect(Collectors.toSet());

    List<Jurisdiction> withoutCommunes = units.stream()
        .filter(u -> u.level() == JurisdictionLevel.DISTRICT && !withCommunes.contains(u.path())).toList();

    assertEquals(ISLAND_DISTRICTS, withoutCommunes.stream().map(Jurisdiction::path).toList());
    assertEquals(List.of("Huyện Bạch Long Vĩ", "Huyện Cồn Cỏ", "Huyện Hoàng Sa", "Huyện Lý Sơn", "Huyện Côn Đảo"),
        withoutCommunes.stream().map(Jurisdiction::name).toList());
  }

  @Test
  @DisplayName("Gia Lai is province 64 with 17 districts in 2021 and province 52 in 2025, names as GSO writes them")
  void giaLai() {
    Map<JurisdictionPath, Jurisdiction> old = VietnamUnits.of(JurisdictionScheme.GSO_2021).stream()
        .collect(Collectors.toMap(Jurisdiction::path, Function.identity()));
    Map<JurisdictionPath, Jurisdiction> now = VietnamUnits.of(JurisdictionScheme.GSO_2025).stream()
        .collect(Collectors.toMap(Jurisdiction::path, Function.identity()));
    JurisdictionPath giaLai = JurisdictionPath.of(JurisdictionScheme.GSO_2021, "64");

    assertEquals("Tỉnh Gia Lai", old.get(giaLai).name());
    assertEquals(17, old.keySet().stream().filter(p -> p.depth() == 2 && giaLai.contains(p)).count());
    assertEquals("Huyện Chư Sê", old.get(giaLai.child("633")).name());
    assertEquals("Tỉnh Gia Lai", now.get(JurisdictionPath.of(JurisdictionScheme.GSO_2025, "52")).name());
  }
}

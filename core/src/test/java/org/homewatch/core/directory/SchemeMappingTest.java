package org.homewatch.core.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.homewatch.ValidationException;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.JurisdictionScheme;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SchemeMappingTest {
  private static final JurisdictionPath CHU_SE = JurisdictionPath.parse("GSO_2021:64/633");
  private static final JurisdictionPath LY_SON = JurisdictionPath.parse("GSO_2021:51/536");

  private static SchemeMapping read(String rows) {
    return SchemeMapping.read(new StringReader("new,old\n" + rows));
  }

  @Test
  @DisplayName("a case's unit takes its own row, else its district's, never a province's; an account's scope takes "
      + "only its own row")
  void lookups() {
    SchemeMapping m = read("""
        GSO_2025:52,GSO_2021:64
        GSO_2025:52/23941,GSO_2021:64/633/23941 GSO_2021:64/633/23944
        GSO_2025:51/22736,GSO_2021:51/536
        """);

    assertEquals(JurisdictionScheme.GSO_2021, m.from());
    assertEquals(JurisdictionScheme.GSO_2025, m.to());
    assertEquals(Optional.of(JurisdictionPath.parse("GSO_2025:52/23941")), m.peopleOf(CHU_SE.child("23944")));
    assertEquals(Optional.empty(), m.peopleOf(CHU_SE.child("23962")));
    assertEquals(Optional.of(JurisdictionPath.parse("GSO_2025:51/22736")), m.peopleOf(LY_SON));
    assertEquals(Optional.of(JurisdictionPath.parse("GSO_2025:51/22736")), m.peopleOf(LY_SON.child("1")));
    assertEquals(Optional.of(JurisdictionPath.parse("GSO_2025:52")), m.scopeOf(CHU_SE.parent()));
    assertEquals(Optional.empty(), m.scopeOf(CHU_SE));
    assertEquals(Optional.empty(), m.scopeOf(LY_SON.child("1")));
  }

  @Test
  @DisplayName("rows against the rules are refused all at once, naming the line and column")
  void refusals() {
    ValidationException e = assertThrows(ValidationException.class, () -> read("""
        GSO_2025:52/23941,GSO_2021:64/633/23941
        GSO_2025:52/23947,GSO_2021:64/633/23941
        GSO_2025:52,GSO_2021:64/633
        GSO_2021:64/633/1,GSO_2021:64/633/2
        GSO_2025:52/23947
        GSO_2025:52/x y,GSO_2021:64/633/3
        """));

    assertEquals(List.of("line 3 (old)", "line 4 (old)", "line 5 (old)", "line 6 (row)", "line 7 (new)"),
        e.violations().stream().map(ValidationException.Violation::path).toList());
    assertThrows(ValidationException.class, () -> SchemeMapping.read(new StringReader("old,new\n")));
    assertThrows(ValidationException.class, () -> read(""));
  }
}

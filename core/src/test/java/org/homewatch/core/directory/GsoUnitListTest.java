package org.homewatch.core.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import org.homewatch.ValidationException;
import org.homewatch.model.Jurisdiction;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.JurisdictionScheme;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class GsoUnitListTest {
  private static final String HEADER_2021 = "Tỉnh Thành Phố,Mã TP,Quận Huyện,Mã QH,Phường Xã,Mã PX,Cấp,Tên Tiếng Anh\n";
  private static final JurisdictionPath GIA_LAI = JurisdictionPath.of(JurisdictionScheme.GSO_2021, "64");

  private static List<Jurisdiction> csv2021(String rows) {
    return GsoUnitList.readCsv(new StringReader(HEADER_2021 + rows), JurisdictionScheme.GSO_2021);
  }

  private static ValidationException refused(String rows) {
    return assertThrows(ValidationException.class, () -> csv2021(rows));
  }

  @Test
  @DisplayName("GSO's CSV gives provinces, districts and communes, parents first, with a district without communes "
      + "stored alone, quoted fields and a byte-order mark read as GSO writes them")
  void readsGsoCsv() {
    List<Jurisdiction> units = GsoUnitList.readCsv(new StringReader("\uFEFF" + HEADER_2021
        + "Tỉnh Gia Lai,64,Huyện Chư Sê,633,Thị trấn Chư Sê,23941,Thị trấn,Chu Se Township\r\n"
        + "Tỉnh Gia Lai,64,Huyện Chư Sê,633,\"Xã Ia \"\"Tiêm\"\", mới\",23944,Xã,Ia Tiem Commune\n"
        + "Thành phố Hải Phòng,31,Huyện Bạch Long Vĩ,318,,,,\n"), JurisdictionScheme.GSO_2021);

    assertEquals(List.of(
        new Jurisdiction(GIA_LAI, "Tỉnh Gia Lai"),
        new Jurisdiction(JurisdictionPath.of(JurisdictionScheme.GSO_2021, "31"), "Thành phố Hải Phòng"),
        new Jurisdiction(GIA_LAI.child("633"), "Huyện Chư Sê"),
        new Jurisdiction(JurisdictionPath.of(JurisdictionScheme.GSO_2021, "31", "318"), "Huyện Bạch Long Vĩ"),
        new Jurisdiction(GIA_LAI.child("633").child("23941"), "Thị trấn Chư Sê"),
        new Jurisdiction(GIA_LAI.child("633").child("23944"), "Xã Ia \"Tiêm\", mới")), units);
  }

  @Test
  @DisplayName("the 2025 list has no district columns; its communes lie directly below the province")
  void reads2025() {
    List<Jurisdiction> units = GsoUnitList.readCsv(new StringReader(
        "Tỉnh Thành Phố,Mã TP,Phường Xã,Mã PX,Cấp,Tên Tiếng Anh\nTỉnh Gia Lai,52,Xã Chư Sê,23941,Xã,Chu Se\n"),
        JurisdictionScheme.GSO_2025);

    assertEquals(List.of(JurisdictionPath.of(JurisdictionScheme.GSO_2025, "52"),
        JurisdictionPath.of(JurisdictionScheme.GSO_2025, "52", "23941")), units.stream().map(Jurisdiction::path)
        .toList());
  }

  @Test
  @DisplayName("the JSON form (one object per row, keyed by GSO's column names) reads like the CSV")
  void readsJson() {
    String json = """
        [
          {"Tỉnh Thành Phố": "Tỉnh Gia Lai", "Mã TP": "64", "Quận Huyện": "Huyện Chư Sê", "Mã QH": "633",
           "Phường Xã": "Xã Ia Tiêm", "Mã PX": "23944", "Cấp": "Xã"},
          {"Tỉnh Thành Phố": "Tỉnh Gia Lai", "Mã TP": "64", "Quận Huyện": "Huyện Chư Sê", "Mã QH": "633",
           "Phường Xã": "Thị trấn Chư Sê", "Mã PX": "23941"}
        ]""";

    List<Jurisdiction> units = GsoUnitList.readJson(new StringReader(json), JurisdictionScheme.GSO_2021);

    assertEquals(csv2021("Tỉnh Gia Lai,64,Huyện Chư Sê,633,Xã Ia Tiêm,23944,Xã,\n"
        + "Tỉnh Gia Lai,64,Huyện Chư Sê,633,Thị trấn Chư Sê,23941,Thị trấn,\n"), units);
  }

  @Test
  @DisplayName("a bad code, a missing field, a commune listed twice and a code with two names are each refused "
      + "with the line and column named, all at once")
  void malformedCsvNamesTheLine() {
    ValidationException e = refused("Tỉnh Gia Lai,64,Huyện Chư Sê,633,Xã Ia Tiêm,23944,Xã,\n"
        + "Tỉnh Gia Lai,64,Huyện Chư Sê,633,Xã Ia Tiêm,23944,Xã,\n"
        + "Tỉnh Gia Lai,64,Huyện Chư Sê,6 33,Xã A,1,Xã,\n"
        + "Tỉnh Gia Lai,64,Huyện Chư Sê,633,Xã B,2\n"
        + "Tỉnh Gia Lây,64,Huyện Chư Sê,633,Xã C,3,Xã,\n");

    assertEquals(List.of("line 3 (Mã PX)", "line 4 (Mã QH)", "line 5 (row)", "line 6 (Tỉnh Thành Phố)"),
        e.violations().stream().map(ValidationException.Violation::path).toList());
    assertTrue(e.getMessage().contains("line 3"), e.getMessage());
  }

  @Test
  @DisplayName("a missing column, a district code in the 2025 scheme, an empty list and broken JSON are refused "
      + "naming the line")
  void malformedLists() {
    ValidationException noColumn = assertThrows(ValidationException.class, () -> GsoUnitList.readCsv(
        new StringReader("Tỉnh Thành Phố,Mã TP,Phường Xã,Mã PX\nTỉnh Gia Lai,64,Xã A,1\n"),
        JurisdictionScheme.GSO_2021));
    assertTrue(noColumn.concerns("line 1 (Mã QH)"), noColumn.getMessage());
    ValidationException district = assertThrows(ValidationException.class, () -> GsoUnitList.readCsv(
        new StringReader("Tỉnh Thành Phố,Mã TP,Quận Huyện,Mã QH,Phường Xã,Mã PX\nTỉnh Gia Lai,52,H,633,Xã A,1\n"),
        JurisdictionScheme.GSO_2025));
    assertTrue(district.concerns("line 2 (Mã QH)"), district.getMessage());
    assertThrows(ValidationException.class, () -> GsoUnitList.readCsv(new StringReader(""),
        JurisdictionScheme.GSO_2021));
    ValidationException json = assertThrows(ValidationException.class, () -> GsoUnitList.readJson(
        new StringReader("[\n{\"Mã TP\": \"64\",\n \"Mã QH\": [1]}\n]"), JurisdictionScheme.GSO_2021));
    assertTrue(json.concerns("line 3 (Mã QH)"), json.getMessage());
    ValidationException number = assertThrows(ValidationException.class, () -> GsoUnitList.readJson(
        new StringReader("[{\"Tỉnh Thành Phố\": \"Thành phố Hà Nội\", \"Mã TP\": 1}]"),
        JurisdictionScheme.GSO_2025));
    assertTrue(number.concerns("line 1 (Mã TP)"), number.getMessage());
    assertEquals(List.of("line 1 (Quận Huyện)", "line 1 (Mã QH)"), noColumn.violations().stream()
        .map(ValidationException.Violation::path).toList(), "the missing columns alone, not a problem per row");
    ValidationException broken = assertThrows(ValidationException.class, () -> GsoUnitList.readJson(
        new StringReader("[\n{\"Mã TP\": \n"), JurisdictionScheme.GSO_2021));
    assertTrue(broken.getMessage().contains("line"), broken.getMessage());
  }
}

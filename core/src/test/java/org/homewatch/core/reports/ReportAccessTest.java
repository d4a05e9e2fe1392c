package org.homewatch.core.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.homewatch.AccessDeniedException;
import org.homewatch.ValidationException;
import org.homewatch.core.World;
import org.homewatch.core.cases.CaseSummary;
import org.homewatch.model.AccountId;
import org.homewatch.model.CaseCategory;
import org.homewatch.model.CaseStatus;
import org.homewatch.model.FeedbackTopic;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.Page;
import org.homewatch.model.PageRequest;
import org.homewatch.model.Principal;
import org.homewatch.model.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Who sees which report, what a report may hold, and bad requests: refused, and audited. */
class ReportAccessTest {
  private final World world = new World();
  private final Principal districtViewer =
      Principal.staff(new AccountId("so-tttt-huyen"), World.DISTRICT, Role.REPORT_VIEWER);

  @AfterEach
  void close() {
    world.close();
  }

  @Test
  @DisplayName("a report viewer reads the reports of its scope, and each read is audited")
  void viewerReadsItsScope() {
    world.homewatch.reports().report(districtViewer, ReportRequest.of(World.DISTRICT, World.TODAY, World.TODAY));
    world.homewatch.reports().usage(districtViewer, ReportRequest.of(World.COMMUNE_A, World.TODAY, World.TODAY));
    assertEquals(1, world.auditCount("report.read"));
    assertEquals(1, world.auditCount("report.usage"));
  }

  @Test
  @DisplayName("a report of a unit outside the viewer's scope is refused and the refusal audited")
  void outsideScope() {
    assertThrows(AccessDeniedException.class, () -> world.homewatch.reports().report(districtViewer,
        ReportRequest.of(World.PROVINCE, World.TODAY, World.TODAY)));
    assertThrows(AccessDeniedException.class, () -> world.homewatch.reports().usage(world.nurseA,
        ReportRequest.of(World.COMMUNE_A, World.TODAY, World.TODAY)));
    assertEquals(2, world.auditCount("access.denied"));
    assertEquals(0, world.auditCount("report.read"));
  }

  @Test
  @DisplayName("a report viewer can do nothing but read reports: not the line list, not the drill-down")
  void viewerSeesNoCases() {
    IsolationCase c = world.registerF2("Nguyễn Văn An", World.COMMUNE_A);
    assertThrows(AccessDeniedException.class, () -> world.homewatch.reports().lineList(districtViewer,
        World.COMMUNE_A, c.status(), Optional.empty(), PageRequest.first(10)));
    assertThrows(AccessDeniedException.class, () -> world.homewatch.cases().get(districtViewer, c.id()));
  }

  @Test
  @DisplayName("a supervisor drills from a figure to the masked line list of its scope")
  void supervisorDrillsDown() {
    IsolationCase c = world.registerF2("Nguyễn Văn An", World.COMMUNE_A);
    world.registerF2("Trần Thị Bình", World.COMMUNE_B);
    Page<CaseSummary> behind = world.homewatch.reports().lineList(world.supervisor, World.COMMUNE_A, c.status(),
        Optional.of(CaseCategory.F2), PageRequest.first(10));
    assertEquals(List.of(c.id()), behind.items().stream().map(CaseSummary::id).toList());
    assertFalse(behind.items().get(0).toString().contains("Nguyễn Văn An"), "the line list is masked");
    assertTrue(world.homewatch.reports().lineList(world.supervisor, World.COMMUNE_A, CaseStatus.CANCELLED,
        Optional.empty(), PageRequest.first(10)).items().isEmpty());
  }

  @Test
  @DisplayName("the Department of Information and Communications report holds no name, phone, id or case id")
  void usageReportHoldsNoPersonalData() throws Exception {
    IsolationCase c = world.registerF2("Nguyễn Văn An", World.COMMUNE_A);
    world.clock.advance(Duration.ofMinutes(5));
    world.homewatch.declarations().submit(world.citizen(c), world.declaration(c, World.normal()));
    world.homewatch.feedback().submit(world.citizen(c), c.id(), FeedbackTopic.HEALTH, "Tôi cần thuốc");
    world.homewatch.cases().get(world.nurseA, c.id());

    UsageReport usage = world.homewatch.reports().usage(districtViewer,
        ReportRequest.of(World.DISTRICT, World.TODAY, World.TODAY));
    String json = new ObjectMapper().registerModule(new JavaTimeModule()).registerModule(new Jdk8Module())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).writeValueAsString(usage);
    assertTrue(json.contains("Thị trấn Chư Sê") && json.contains("\"declarations\":1"), json);
    for (String personal : List.of("Nguyễn", "An\"", c.person().phone().toString(),
        c.person().phone().toString().replace("+84", "0"), c.id().toString(), c.id().value().toString(),
        c.person().id().toString(), "nurse-a", "Y tá", "Tôi cần thuốc")) {
      assertFalse(json.contains(personal), "the usage report shows " + personal + ": " + json);
    }
    assertEquals(1, usage.stations().stream().filter(s -> s.unit().equals(World.COMMUNE_A))
        .findFirst().orElseThrow().staffAccountsActed());
  }

  @Test
  @DisplayName("a period ending before it starts, or longer than a year, is refused naming the field, and audited")
  void badPeriod() {
    ValidationException backwards = assertThrows(ValidationException.class, () -> world.homewatch.reports()
        .report(districtViewer, World.DISTRICT, World.TODAY, World.TODAY.minusDays(1)));
    assertTrue(backwards.concerns("lastDay"), backwards.getMessage());
    ValidationException tooLong = assertThrows(ValidationException.class, () -> world.homewatch.reports()
        .usage(districtViewer, World.DISTRICT, World.TODAY, World.TODAY.plusDays(ReportRequest.MAX_DAYS)));
    assertTrue(tooLong.concerns("lastDay"), tooLong.getMessage());
    assertEquals(2, world.auditCount("report.refused"));
    // a full leap year is fine
    world.homewatch.reports().report(districtViewer, World.DISTRICT, World.TODAY,
        World.TODAY.plusDays(ReportRequest.MAX_DAYS - 1));
  }

  @Test
  @DisplayName("a unit unknown to the deployment is refused naming the unit, and audited")
  void unknownUnit() {
    JurisdictionPath nowhere = World.DISTRICT.child("99999");
    ValidationException unknown = assertThrows(ValidationException.class, () -> world.homewatch.reports()
        .report(districtViewer, ReportRequest.of(nowhere, World.TODAY, World.TODAY)));
    assertTrue(unknown.concerns("unit"), unknown.getMessage());
    assertEquals(1, world.auditCount("report.refused"));
  }
}

package org.homewatch.examples.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.homewatch.examples.EveryStorage;
import org.homewatch.AccessDeniedException;
import org.homewatch.core.Homewatch;
import org.homewatch.core.reports.CounterCheck;
import org.homewatch.core.reports.Figures;
import org.homewatch.core.reports.Report;
import org.homewatch.core.reports.ReportRequest;
import org.homewatch.core.reports.UsageReport;
import org.homewatch.model.AccountId;
import org.homewatch.model.Alert;
import org.homewatch.model.AlertKind;
import org.homewatch.model.AlertOutcome;
import org.homewatch.model.CaseCategory;
import org.homewatch.model.CaseStatus;
import org.homewatch.model.DeclarationId;
import org.homewatch.model.Feedback;
import org.homewatch.model.FeedbackTopic;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.NewDeclaration;
import org.homewatch.model.Principal;
import org.homewatch.model.Role;
import org.homewatch.spi.storage.Storage;
import org.homewatch.test.GiaLai;
import org.homewatch.test.world.GiaLaiWorld;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reports through the public API on memory, H2 and PostgreSQL: the same day of events gives the same figures on
 * every storage, the counters agree with the raw rows, and a viewer outside the unit is refused.
 */
class ReportsOnEveryStorageTest {
  private static final Principal PROVINCE_VIEWER =
      Principal.staff(new AccountId("so-tttt"), GiaLai.PROVINCE, Role.REPORT_VIEWER);
  private static final Principal COMMUNE_VIEWER =
      Principal.staff(new AccountId("tyt-iatiem.viewer"), GiaLai.IA_TIEM, Role.REPORT_VIEWER);

  static Stream<Arguments> storages() {
    return EveryStorage.storages("reports");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("storages")
  @DisplayName("a day of cases, declarations, alerts and feedback gives the same report on every storage")
  void aDayReported(String name, Supplier<Storage> storage) {
    try (GiaLaiWorld world = GiaLaiWorld.builder().storage(storage.get()).build()) {
      Homewatch homewatch = world.homewatch();
      IsolationCase an = world.registerF2("Nguyễn Văn An", GiaLai.THI_TRAN_CHU_SE);
      IsolationCase binh = world.registerF2("Trần Thị Bình", GiaLai.THI_TRAN_CHU_SE);
      IsolationCase hbia = world.registerF2("Ksor H'Bia", GiaLai.IA_TIEM);
      world.clock().advance(Duration.ofMinutes(5));
      homewatch.declarations().submitAll(GiaLai.NURSE_THI_TRAN, List.of(
          NewDeclaration.of(DeclarationId.random(), an.id(), world.clock().instant(), GiaLai.normalVitals(),
              java.util.Set.of()),
          NewDeclaration.of(DeclarationId.random(), binh.id(), world.clock().instant(), GiaLai.spo2(93),
              java.util.Set.of())));
      homewatch.declarations().submit(world.citizen(hbia), world.declaration(hbia, GiaLai.normalVitals()));
      Alert alert = homewatch.alerts().activeQueue(GiaLai.NURSE_THI_TRAN,
          org.homewatch.model.PageRequest.first(10)).items().get(0);
      world.clock().advance(Duration.ofMinutes(9));
      Alert taken = homewatch.alerts().acknowledge(GiaLai.NURSE_THI_TRAN, alert.id(), alert.version());
      homewatch.alerts().resolve(GiaLai.NURSE_THI_TRAN, alert.id(), taken.version(), AlertOutcome.HOME_VISIT, "");
      Feedback f = homewatch.feedback().submit(world.citizen(hbia), hbia.id(), FeedbackTopic.HEALTH, "Tôi ho");
      homewatch.feedback().reply(GiaLai.NURSE_IA_TIEM, f.id(), f.version(), "Uống nước ấm");
      IsolationCase now = homewatch.cases().get(GiaLai.DISTRICT_SUPERVISOR, an.id());
      homewatch.lifecycle().cancel(GiaLai.DISTRICT_SUPERVISOR, an.id(), now.version(), "nhập nhầm");

      Report report = homewatch.reports().report(PROVINCE_VIEWER,
          ReportRequest.of(GiaLai.PROVINCE, GiaLai.TODAY, GiaLai.TODAY));
      Figures province = report.root().period();
      assertEquals(3, province.cases().registered().get(CaseCategory.F2), name);
      assertEquals(1, province.cases().entered().get(CaseStatus.CANCELLED), name);
      assertEquals(1, province.cases().inStatus(CaseStatus.CANCELLED), name);
      assertEquals(3, province.declarations().received(), name);
      assertEquals(1, province.alerts().opened().get(AlertKind.HEALTH).get(alert.severity()), name);
      assertEquals(1, province.alerts().resolvedTotal(), name);
      assertEquals(java.util.Optional.of(Duration.ofMinutes(10)),
          province.alerts().toAcknowledge().get(0).median(), name);
      assertEquals(1, province.feedback().answered(), name);
      Figures iaTiem = report.find(GiaLai.IA_TIEM).orElseThrow().period();
      assertEquals(1, iaTiem.declarations().received(), name);
      assertEquals(1, iaTiem.feedback().received(), name);
      assertEquals(province.declarations().received(),
          report.root().days().get(0).figures().declarations().received(), name);

      UsageReport usage = homewatch.reports().usage(COMMUNE_VIEWER,
          ReportRequest.of(GiaLai.IA_TIEM, GiaLai.TODAY, GiaLai.TODAY));
      assertEquals(1, usage.stations().size(), name);
      assertEquals(1, usage.stations().get(0).staffAccountsActed(), name);
      assertThrows(AccessDeniedException.class, () -> homewatch.reports().report(COMMUNE_VIEWER,
          ReportRequest.of(GiaLai.THI_TRAN_CHU_SE, GiaLai.TODAY, GiaLai.TODAY)));

      for (var commune : List.of(GiaLai.THI_TRAN_CHU_SE, GiaLai.IA_TIEM)) {
        CounterCheck check = homewatch.reports().checkCounters(GiaLai.SYSTEM, commune, GiaLai.TODAY, GiaLai.TODAY);
        assertTrue(check.consistent(), name + ": " + check.differences());
      }
    }
  }
}

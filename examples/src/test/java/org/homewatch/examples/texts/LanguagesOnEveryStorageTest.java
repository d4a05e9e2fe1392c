package org.homewatch.examples.texts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.homewatch.core.cases.CaseCorrection;
import org.homewatch.examples.EveryStorage;
import org.homewatch.model.Account;
import org.homewatch.model.Alert;
import org.homewatch.model.AlertEvent;
import org.homewatch.model.AlertKind;
import org.homewatch.model.AlertOutcome;
import org.homewatch.model.AlertQuery;
import org.homewatch.model.CaseChange;
import org.homewatch.model.FeedbackTopic;
import org.homewatch.model.CaseCategory;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.NewCase;
import org.homewatch.model.PageRequest;
import org.homewatch.model.Person;
import org.homewatch.model.RiskFactor;
import org.homewatch.model.Role;
import org.homewatch.model.Sex;
import org.homewatch.model.Symptom;
import org.homewatch.spi.notification.Notification;
import org.homewatch.spi.storage.Storage;
import org.homewatch.test.GiaLai;
import org.homewatch.test.world.GiaLaiWorld;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 13.8 through the public API: a person's and a staff member's language are kept on memory, H2 and PostgreSQL,
 * and every message is written in its reader's language — the reminder to each person, the alert page to each nurse.
 */
class LanguagesOnEveryStorageTest {
  static Stream<Arguments> storages() {
    return EveryStorage.storages("texts");
  }

  private static List<String> texts(List<Notification> sent, String template) {
    return sent.stream().filter(n -> n.templateKey().equals(template)).map(Notification::text).toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("storages")
  @DisplayName("each person's reminder and each nurse's alert page are in their own stored language, on every storage")
  void eachReaderInTheirLanguage(String storageName, Supplier<Storage> storage) {
    try (GiaLaiWorld world = GiaLaiWorld.builder().storage(storage.get()).build()) {
      Account expert = world.homewatch().accounts().save(GiaLai.ADMIN, Account.staff("tyt-thitran.expert",
          "Dr. Jane Doe", GiaLai.THI_TRAN_CHU_SE, Role.MONITOR).reachableAt(GiaLaiWorld.STAFF_CHANNEL, "expert")
          .withOnDuty(true).withLocale(Locale.ENGLISH));
      IsolationCase john = world.homewatch().cases().register(GiaLai.ENROLLER, NewCase.builder()
          .fullName("John Smith").bornIn(1980).sex(Sex.MALE).phone("0905 777 888")
          .address("Khách sạn Hoàng Anh", GiaLai.THI_TRAN_CHU_SE).category(CaseCategory.ENTRY)
          .decision("15/QĐ-UBND", "UBND huyện Chư Sê", GiaLai.TODAY).start(GiaLai.TODAY)
          .locale(Locale.ENGLISH).build());
      IsolationCase hoa = world.registerF2("Nguyễn Thị Hoa", GiaLai.THI_TRAN_CHU_SE);

      assertEquals(Locale.ENGLISH, world.homewatch().cases().get(GiaLai.NURSE_THI_TRAN, john.id()).person().locale(),
          storageName);
      assertEquals(Person.VIETNAMESE, world.homewatch().cases().get(GiaLai.NURSE_THI_TRAN, hoa.id()).person()
          .locale(), storageName);
      assertEquals(Locale.ENGLISH, world.homewatch().accounts().find(GiaLai.ADMIN, expert.id()).orElseThrow()
          .locale(), storageName);

      // 11:05 in Vietnam: the reminder an hour before the morning window closes
      world.clock().advance(Duration.between(world.clock().instant(), Instant.parse("2021-08-16T04:05:00Z")));
      world.homewatch().schedule().sendReminders(GiaLai.SYSTEM, PageRequest.first(100), Duration.ofMinutes(15));
      world.homewatch().notifications().dispatch(GiaLai.SYSTEM, 100);
      assertEquals(List.of("[Homewatch] Health declaration reminder: please declare before 12:00 today (case "
          + john.id().toString().substring(0, 8) + ")."), texts(world.sms().sentTo("+84905777888"),
          "reminder.declare"), storageName);
      assertEquals(List.of("[Homewatch] Nhắc khai báo y tế: vui lòng khai báo trước 12:00 hôm nay (hồ sơ "
          + hoa.id().toString().substring(0, 8) + ")."), texts(world.sms().sentTo(hoa.person().phone().e164()),
          "reminder.declare"), storageName);

      world.homewatch().declarations().submit(world.citizen(john), world.declaration(john, GiaLai.spo2(93),
          new Symptom("shortness_of_breath")));
      world.homewatch().notifications().dispatch(GiaLai.SYSTEM, 100);
      List<String> toExpert = texts(world.staffChannel().sentTo("expert"), "alert.opened");
      List<String> toNurse = texts(world.staffChannel().sentTo(GiaLai.NURSE_THI_TRAN.account().value()),
          "alert.opened");
      String ref = john.id().toString().substring(0, 8);
      assertEquals(List.of("[Homewatch] Emergency: J. Smith (case " + ref + ", Thị trấn Chư Sê) — SpO2 93 %; "
          + "Shortness of breath, laboured or abnormal breathing. Please contact the person before 16/08 11:20."),
          toExpert, storageName);
      assertEquals(List.of("[Homewatch] Cấp cứu: J. Smith (hồ sơ " + ref + ", Thị trấn Chư Sê) — SpO2 93 %; "
          + "Khó thở, thở hụt hơi hoặc thở bất thường. Vui lòng liên hệ người bệnh trước 16/08 11:20."),
          toNurse, storageName);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("storages")
  @DisplayName("a missed-declaration, presence or feedback alert, read back from the storage, gives an English "
      + "reader the English line and pages her in English, on every storage")
  void alertLinesReadBackInEachLanguage(String storageName, Supplier<Storage> storage) {
    try (GiaLaiWorld world = GiaLaiWorld.builder().storage(storage.get())
        .homewatch(b -> b.feedbackAnswerWithin(Duration.ofHours(4))).build()) {
      world.homewatch().accounts().save(GiaLai.ADMIN, Account.staff("tyt-thitran.expert", "Dr. Jane Doe",
          GiaLai.THI_TRAN_CHU_SE, Role.MONITOR).reachableAt(GiaLaiWorld.STAFF_CHANNEL, "expert").withOnDuty(true)
          .withLocale(Locale.ENGLISH));
      IsolationCase missing = world.registerF2("Lê Thị Hoa", GiaLai.THI_TRAN_CHU_SE);
      IsolationCase checked = world.registerF2("Trần Văn Nam", GiaLai.THI_TRAN_CHU_SE);
      IsolationCase asking = world.registerF2("Phạm Thị Lan", GiaLai.THI_TRAN_CHU_SE);
      world.homewatch().spotChecks().request(GiaLai.NURSE_THI_TRAN, checked.id());
      world.homewatch().feedback().submit(world.citizen(asking), asking.id(), FeedbackTopic.MEDICINE,
          "Tôi hết thuốc hạ sốt");

      world.clock().advance(Duration.between(world.clock().instant(), Instant.parse("2021-08-16T09:30:00Z")));
      world.homewatch().schedule().sweepAllMissedDeclarations(GiaLai.SYSTEM, 100);
      world.homewatch().spotChecks().settleDue(GiaLai.SYSTEM, PageRequest.first(100));
      world.homewatch().feedback().raiseUnanswered(GiaLai.SYSTEM, PageRequest.first(100));
      world.homewatch().notifications().dispatch(GiaLai.SYSTEM, 200);

      Map<AlertKind, String> english = Map.of(
          AlertKind.MISSED_DECLARATIONS, "Missed 2 declarations in a row (2; last: afternoon 16/08 14:00)",
          AlertKind.PRESENCE_FAILED, "Spot check: No check-in with location and face check by 16/08 08:30",
          AlertKind.FEEDBACK, "Feedback (medicine) unanswered since 16/08 08:00");
      Map<AlertKind, IsolationCase> about = Map.of(AlertKind.MISSED_DECLARATIONS, missing,
          AlertKind.PRESENCE_FAILED, checked, AlertKind.FEEDBACK, asking);
      List<String> pages = texts(world.staffChannel().sentTo("expert"), "alert.opened");
      for (Map.Entry<AlertKind, String> e : english.entrySet()) {
        Alert stored = world.homewatch().alerts().list(GiaLai.NURSE_THI_TRAN,
            AlertQuery.active(GiaLai.THI_TRAN_CHU_SE), PageRequest.first(50)).items().stream()
            .filter(a -> a.kind() == e.getKey() && a.caseId().equals(about.get(e.getKey()).id())).findFirst()
            .orElseThrow();
        assertEquals(e.getValue(), world.homewatch().texts().summary(stored, Locale.ENGLISH),
            storageName + " " + e.getKey());
        assertEquals(stored.summary(), world.homewatch().texts().summary(stored, Person.VIETNAMESE),
            storageName + " " + e.getKey());
        assertTrue(pages.stream().anyMatch(p -> p.contains(e.getValue())), storageName + " " + e.getKey() + ": "
            + pages);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("storages")
  @DisplayName("case and alert history entries, read back from the storage, give an English reader English lines and "
      + "a Vietnamese reader the stored ones, typed words as typed, on every storage")
  void historyReadsBackInEachLanguage(String storageName, Supplier<Storage> storage) {
    try (GiaLaiWorld world = GiaLaiWorld.builder().storage(storage.get()).build()) {
      IsolationCase hoa = world.registerF2("Nguyễn Thị Hoa", GiaLai.THI_TRAN_CHU_SE);
      hoa = world.homewatch().corrections().correct(GiaLai.NURSE_THI_TRAN, hoa.id(), hoa.version(),
          new CaseCorrection.RiskFactors(Set.of(RiskFactor.PREGNANT, RiskFactor.CHRONIC_DISEASE)), "bổ sung");
      world.homewatch().spotChecks().request(GiaLai.NURSE_THI_TRAN, hoa.id());
      world.clock().advance(Duration.ofHours(2));
      world.homewatch().spotChecks().settleDue(GiaLai.SYSTEM, PageRequest.first(100));
      Alert presence = world.homewatch().alerts().list(GiaLai.NURSE_THI_TRAN,
          AlertQuery.active(GiaLai.THI_TRAN_CHU_SE), PageRequest.first(10)).items().get(0);
      world.homewatch().alerts().resolve(GiaLai.NURSE_THI_TRAN, presence.id(), presence.version(),
          AlertOutcome.HOME_VISIT, "đã đến nhà,\nchị Hoa có ở nhà");

      List<CaseChange> history = world.homewatch().cases().get(GiaLai.NURSE_THI_TRAN, hoa.id()).history();
      assertEquals(List.of(
          "Decision 12/QĐ-UBND of 16/08/2021; monitored; monitored from 16/08/2021 to 29/08/2021",
          "Corrected risk factors [] → [chronic disease, pregnant]: bổ sung",
          "Spot check asked for, to be answered by 16/08 08:30",
          "No check-in with location and face check by 16/08 08:30"),
          history.stream().map(e -> world.homewatch().texts().detail(e, Locale.ENGLISH)).toList(), storageName);
      assertEquals(history.stream().map(CaseChange::detail).toList(),
          history.stream().map(e -> world.homewatch().texts().detail(e, Person.VIETNAMESE)).toList(), storageName);
      assertTrue(history.get(1).detail().contains("[có bệnh nền, mang thai]"), storageName);

      List<AlertEvent> steps = world.homewatch().alerts().get(GiaLai.NURSE_THI_TRAN, presence.id()).history();
      assertEquals(List.of(
          "Abnormal: Spot check: No check-in with location and face check by 16/08 08:30",
          "Home visit: đã đến nhà,\nchị Hoa có ở nhà"),
          steps.stream().map(e -> world.homewatch().texts().detail(e, Locale.ENGLISH)).toList(), storageName);
      assertEquals(List.of(
          "Bất thường: Kiểm tra đột xuất: Không khai báo kèm vị trí và xác thực khuôn mặt trước 16/08 08:30",
          "Đến nhà kiểm tra: đã đến nhà,\nchị Hoa có ở nhà"),
          steps.stream().map(e -> world.homewatch().texts().detail(e, Person.VIETNAMESE)).toList(), storageName);
    }
  }
}

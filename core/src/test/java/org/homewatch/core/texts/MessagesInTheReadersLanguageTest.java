package org.homewatch.core.texts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.homewatch.core.World;
import org.homewatch.model.Account;
import org.homewatch.model.Alert;
import org.homewatch.model.AlertQuery;
import org.homewatch.model.CaseChange;
import org.homewatch.model.Feedback;
import org.homewatch.model.FeedbackTopic;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.NewCase;
import org.homewatch.model.PageRequest;
import org.homewatch.model.Person;
import org.homewatch.model.Principal;
import org.homewatch.model.QuarantineDecision;
import org.homewatch.model.CaseCategory;
import org.homewatch.model.Symptom;
import org.homewatch.spi.notification.Notification;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 13.8: every kind of message, written in Vietnamese for a reader of Vietnamese and in English for a reader of
 * English — the person's reminder, spot-check request and feedback answer, the nurse's alert page, resolve reminder
 * and feedback notice, the district's escalation — and the case and alert history in the deployment's language.
 */
class MessagesInTheReadersLanguageTest {

  /** Per language: what each message kind starts with, and words the other language would use. */
  static Stream<Arguments> languages() {
    return Stream.of(
        Arguments.of(Person.VIETNAMESE, Map.of(
            "reminder.declare", "[Homewatch] Nhắc khai báo y tế: vui lòng khai báo trước 12:00 hôm nay (hồ sơ ",
            "spotcheck.request", "[Homewatch] Kiểm tra đột xuất: vui lòng khai báo ngay, kèm vị trí và xác thực",
            "alert.opened", "[Homewatch] Cấp cứu: N. T. Hoa (hồ sơ ",
            "feedback.new", "[Homewatch] Phản ánh mới (thuốc) của N. T. Hoa (hồ sơ ",
            "feedback.replied", "[Homewatch] Trạm y tế đã trả lời phản ánh của bạn (thuốc, hồ sơ ",
            "alert.resolveReminder", "[Homewatch] NHẮC XỬ LÝ: bạn đã tiếp nhận cảnh báo Cấp cứu của N. T. Hoa",
            "alert.escalatedUnresolved", "[Homewatch] CHUYỂN CẤP 1: cảnh báo Cấp cứu của N. T. Hoa",
            "summary", "Khó thở, thở hụt hơi hoặc thở bất thường"),
            List.of("Please", "case ", "declare", "Emergency", "Shortness")),
        Arguments.of(Locale.ENGLISH, Map.of(
            "reminder.declare", "[Homewatch] Health declaration reminder: please declare before 12:00 today (case ",
            "spotcheck.request", "[Homewatch] Spot check: please declare now, with your location and a face check",
            "alert.opened", "[Homewatch] Emergency: N. T. Hoa (case ",
            "feedback.new", "[Homewatch] New feedback (medicine) from N. T. Hoa (case ",
            "feedback.replied", "[Homewatch] Your health station answered your feedback (medicine, case ",
            "alert.resolveReminder", "[Homewatch] PLEASE RESOLVE: you took the Emergency alert for N. T. Hoa",
            "alert.escalatedUnresolved", "[Homewatch] ESCALATED to level 1: Emergency alert for N. T. Hoa",
            "summary", "Shortness of breath, laboured or abnormal breathing"),
            List.of("Vui lòng", "hồ sơ", "khai báo", "Cấp cứu", "Khó thở")));
  }

  private static void readsIn(World world, Principal staff, Locale language) {
    Account account = world.homewatch.accounts().find(world.admin, staff.account()).orElseThrow();
    world.homewatch.accounts().update(world.admin, account.withLocale(language), account.version());
  }

  private static List<Notification> sent(List<Notification> sent, String template) {
    return sent.stream().filter(n -> n.templateKey().equals(template)).toList();
  }

  private static void check(Map<String, String> expected, List<String> otherLanguage, String template,
      List<Notification> sent) {
    List<Notification> of = sent(sent, template);
    assertEquals(1, of.size(), template + ": " + sent);
    String text = of.get(0).text();
    assertTrue(text.startsWith(expected.get(template)), template + ": " + text);
    for (String foreign : otherLanguage) {
      assertFalse(text.contains(foreign), template + " has '" + foreign + "': " + text);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("languages")
  @DisplayName("each message kind is written in its reader's language")
  void everyKind(Locale language, Map<String, String> expected, List<String> otherLanguage) {
    try (World world = new World()) {
      for (Principal staff : List.of(world.nurseA, world.supervisor)) {
        readsIn(world, staff, language);
      }
      IsolationCase c = world.homewatch.cases().register(world.enroller, NewCase.of(
          World.person("Nguyễn Thị Hoa", World.COMMUNE_A, 1985).withLocale(language), CaseCategory.F2,
          new QuarantineDecision("12/QĐ-UBND", "UBND huyện Chư Sê", World.TODAY), World.TODAY));
      String phone = c.person().phone().e164();

      world.clock.advance(Duration.between(world.clock.instant(), Instant.parse("2021-08-16T04:05:00Z")));
      world.homewatch.schedule().sendReminders(world.system, PageRequest.first(100), Duration.ofMinutes(15));
      world.homewatch.spotChecks().request(world.nurseA, c.id());
      world.homewatch.notifications().dispatch(world.system, 100);
      check(expected, otherLanguage, "reminder.declare", world.sms.sentTo(phone));
      check(expected, otherLanguage, "spotcheck.request", world.sms.sentTo(phone));

      world.homewatch.declarations().submit(world.citizen(c), world.declaration(c, World.spo2(93),
          new Symptom("shortness_of_breath")));
      world.homewatch.notifications().dispatch(world.system, 100);
      check(expected, otherLanguage, "alert.opened", world.channel.sentTo("nurse-a"));
      assertTrue(sent(world.channel.sentTo("nurse-a"), "alert.opened").get(0).text()
          .contains(expected.get("summary")));

      Feedback asked = world.homewatch.feedback().submit(world.citizen(c), c.id(), FeedbackTopic.MEDICINE,
          "Tôi hết thuốc hạ sốt");
      world.homewatch.notifications().dispatch(world.system, 100);
      check(expected, otherLanguage, "feedback.new", world.channel.sentTo("nurse-a"));
      world.homewatch.feedback().reply(world.nurseA, asked.id(), asked.version(), "Chiều nay trạm mang thuốc tới");
      world.homewatch.notifications().dispatch(world.system, 100);
      check(expected, otherLanguage, "feedback.replied", world.sms.sentTo(phone));

      Alert alert = world.homewatch.alerts().list(world.nurseA, AlertQuery.active(World.COMMUNE_A),
          PageRequest.first(10)).items().stream().filter(a -> a.kind() == org.homewatch.model.AlertKind.HEALTH)
          .findFirst().orElseThrow();
      world.homewatch.alerts().acknowledge(world.nurseA, alert.id(), alert.version());
      world.clock.advance(Duration.ofHours(1));
      world.homewatch.alerts().followUpUnresolved(world.system, 100);
      world.homewatch.notifications().dispatch(world.system, 100);
      check(expected, otherLanguage, "alert.resolveReminder", world.channel.sentTo("nurse-a"));
      world.clock.advance(Duration.ofMinutes(15));
      world.homewatch.alerts().followUpUnresolved(world.system, 100);
      world.homewatch.notifications().dispatch(world.system, 100);
      check(expected, otherLanguage, "alert.escalatedUnresolved", world.channel.sentTo("district"));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("languages")
  @DisplayName("case and alert history, and the spot-check alert's line, are in the deployment's language")
  void historyInTheDeploymentsLanguage(Locale language, Map<String, String> expected, List<String> otherLanguage) {
    boolean english = language.equals(Locale.ENGLISH);
    try (World world = new World(b -> b.locale(language))) {
      IsolationCase c = world.registerF2("Nguyễn Thị Hoa", World.COMMUNE_A);
      CaseChange registered = c.history().get(0);
      assertEquals(english ? "Decision 12/QĐ-UBND of 16/08/2021; monitored; monitored from 16/08/2021 to 29/08/2021"
          : "Quyết định 12/QĐ-UBND ngày 16/08/2021; đang theo dõi; dự kiến theo dõi từ 16/08/2021 đến 29/08/2021",
          registered.detail());

      world.homewatch.spotChecks().request(world.nurseA, c.id());
      world.clock.advance(Duration.ofHours(2));
      world.homewatch.spotChecks().settleDue(world.system, PageRequest.first(100));
      IsolationCase after = world.homewatch.cases().get(world.nurseA, c.id());
      assertEquals(english ? "Spot check asked for, to be answered by 16/08 08:30"
          : "Yêu cầu kiểm tra đột xuất, trả lời trước 16/08 08:30", after.history().get(1).detail());
      assertEquals(english ? "No check-in with location and face check by 16/08 08:30"
          : "Không khai báo kèm vị trí và xác thực khuôn mặt trước 16/08 08:30", after.history().get(2).detail());
      Alert presence = world.homewatch.alerts().list(world.nurseA, AlertQuery.active(World.COMMUNE_A),
          PageRequest.first(10)).items().get(0);
      assertTrue(presence.summary().startsWith(english ? "Spot check: No check-in" : "Kiểm tra đột xuất: Không khai"),
          presence.summary());

      world.homewatch.accounts().setOnDuty(world.admin, world.nurseA.account(), false);
      IsolationCase other = world.registerF2("Đặng Văn Đức", World.COMMUNE_A);
      world.homewatch.declarations().submit(world.citizen(other), world.declaration(other, World.spo2(93)));
      Alert up = world.homewatch.alerts().list(world.supervisor, AlertQuery.active(World.DISTRICT),
          PageRequest.first(10)).items().stream().filter(a -> a.caseId().equals(other.id())).findFirst()
          .orElseThrow();
      String routed = up.history().get(up.history().size() - 1).detail();
      assertEquals(english ? "Nobody on duty at Thị trấn Chư Sê; notified Chư Sê"
          : "Không có ai trực tại Thị trấn Chư Sê; đã báo Chư Sê", routed);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("languages")
  @DisplayName("a corrected phone, name or address keeps the person's language, and the next reminder is still in it")
  void correctionsKeepTheLanguage(Locale language, Map<String, String> expected, List<String> otherLanguage) {
    try (World world = new World()) {
      IsolationCase c = world.homewatch.cases().register(world.enroller, NewCase.of(
          World.person("Nguyễn Thị Hoa", World.COMMUNE_A, 1985).withLocale(language), CaseCategory.F2,
          new QuarantineDecision("12/QĐ-UBND", "UBND huyện Chư Sê", World.TODAY), World.TODAY));
      IsolationCase corrected = world.homewatch.corrections().correct(world.nurseA, c.id(), c.version(),
          new org.homewatch.core.cases.CaseCorrection.Phone(org.homewatch.model.PhoneNumber.parse("0905 999 000")),
          "typed wrong at registration");
      corrected = world.homewatch.corrections().correct(world.nurseA, c.id(), corrected.version(),
          new org.homewatch.core.cases.CaseCorrection.FullName("Nguyễn Thị Hòa"), "spelling");
      assertEquals(language, corrected.person().locale());
      assertEquals(language, world.homewatch.cases().get(world.nurseA, c.id()).person().locale());

      world.clock.advance(Duration.between(world.clock.instant(), Instant.parse("2021-08-16T04:05:00Z")));
      world.homewatch.schedule().sendReminders(world.system, PageRequest.first(100), Duration.ofMinutes(15));
      world.homewatch.notifications().dispatch(world.system, 100);
      check(expected, otherLanguage, "reminder.declare", world.sms.sentTo("+84905999000"));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("languages")
  @DisplayName("a missed-declaration alert's line, the shipped policy's threshold included, is in the deployment's "
      + "language")
  void missedDeclarationsLine(Locale language, Map<String, String> expected, List<String> otherLanguage) {
    try (World world = new World(b -> b.locale(language))) {
      IsolationCase c = world.registerF2("Lê Thị Hoa", World.COMMUNE_A);
      world.clock.advance(Duration.between(world.clock.instant(), Instant.parse("2021-08-16T09:30:00Z")));
      world.homewatch.schedule().sweepAllMissedDeclarations(world.system, 100);
      Alert missed = world.homewatch.alerts().list(world.nurseA, AlertQuery.active(World.COMMUNE_A),
          PageRequest.first(10)).items().stream().filter(a -> a.caseId().equals(c.id())).findFirst().orElseThrow();
      assertEquals(language.equals(Locale.ENGLISH)
          ? "Missed 2 declarations in a row (2; last: afternoon 16/08 14:00)"
          : "Bỏ lỡ 2 lần khai báo liên tiếp (2 lần; lần cuối: buổi chiều 16/08 14:00)", missed.summary());
    }
  }
}

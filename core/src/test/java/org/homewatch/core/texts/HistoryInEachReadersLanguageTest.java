package org.homewatch.core.texts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.homewatch.core.World;
import org.homewatch.core.cases.CaseCorrection;
import org.homewatch.model.Alert;
import org.homewatch.model.AlertEvent;
import org.homewatch.model.AlertKind;
import org.homewatch.model.AlertOutcome;
import org.homewatch.model.CaseCategory;
import org.homewatch.model.CaseChange;
import org.homewatch.model.CaseId;
import org.homewatch.model.FeedbackTopic;
import org.homewatch.model.GeoPoint;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.NewCase;
import org.homewatch.model.NewDeclaration;
import org.homewatch.model.PageRequest;
import org.homewatch.model.Person;
import org.homewatch.model.PhoneNumber;
import org.homewatch.model.PresenceCheck;
import org.homewatch.model.QuarantineDecision;
import org.homewatch.model.RiskFactor;
import org.homewatch.spi.notification.DeliveryResult;
import org.homewatch.test.ScriptedPresenceVerifier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 13.8 for case and alert histories: every kind of history entry a staff member reads keeps a wording beside
 * the line stored in the deployment's language, so that {@code texts().detail(..)} gives a Vietnamese and an
 * English reader each theirs, whichever language the deployment works in. Words somebody typed (a reason, a note)
 * and values that read the same in every language (dates, units, ids, a correction's values) stay as written.
 */
class HistoryInEachReadersLanguageTest {

  static Stream<Arguments> deployments() {
    return Stream.of(Arguments.of(Person.VIETNAMESE), Arguments.of(Locale.ENGLISH));
  }

  /** The entry reads {@code vi} and {@code en} to each reader, and was stored in the deployment's language. */
  private static void reads(World world, Locale deployment, CaseChange entry, String vi, String en) {
    assertEquals(vi, world.homewatch.texts().detail(entry, Person.VIETNAMESE), entry.kind() + " in Vietnamese");
    assertEquals(en, world.homewatch.texts().detail(entry, Locale.ENGLISH), entry.kind() + " in English");
    assertEquals(deployment.equals(Locale.ENGLISH) ? en : vi, entry.detail(), entry.kind() + " as stored");
  }

  /** The step reads {@code vi} and {@code en} to each reader. */
  private static void reads(World world, AlertEvent step, String vi, String en) {
    assertEquals(vi, world.homewatch.texts().detail(step, Person.VIETNAMESE), step.kind() + " in Vietnamese");
    assertEquals(en, world.homewatch.texts().detail(step, Locale.ENGLISH), step.kind() + " in English");
  }

  /** A step core wrote: as {@link #reads(World, AlertEvent, String, String)}, stored in the deployment's language. */
  private static void reads(World world, Locale deployment, AlertEvent step, String vi, String en) {
    reads(world, step, vi, en);
    assertEquals(deployment.equals(Locale.ENGLISH) ? en : vi, step.detail(), step.kind() + " as stored");
  }

  private static List<CaseChange> history(World world, CaseId id) {
    return world.storage.inTransaction(tx -> tx.cases().find(id)).orElseThrow().history();
  }

  private static CaseChange last(World world, CaseId id) {
    List<CaseChange> history = history(world, id);
    return history.get(history.size() - 1);
  }

  private static Alert alert(World world, CaseId id, AlertKind kind) {
    return world.storage.inTransaction(tx -> tx.alerts().listForCase(id)).stream().filter(a -> a.kind() == kind)
        .reduce((first, second) -> second).orElseThrow();
  }

  private static AlertEvent step(Alert alert, AlertEvent.Kind kind) {
    return alert.history().stream().filter(e -> e.kind() == kind).reduce((first, second) -> second).orElseThrow();
  }

  @ParameterizedTest(name = "deployed in {0}")
  @MethodSource("deployments")
  @DisplayName("registration, period changes, transfers in and out, activation, review, closing by hand and the "
      + "alert steps they cause read in each reader's language; the reason typed reads as typed")
  void lifecycle(Locale deployment) {
    try (World world = new World(b -> b.locale(deployment))) {
      IsolationCase hoa = world.registerF2("Nguyễn Thị Hoa", World.COMMUNE_A);
      hoa = world.homewatch.lifecycle().changePlannedEnd(world.nurseA, hoa.id(), hoa.version(),
          World.TODAY.plusDays(15), "còn ho");
      world.homewatch.declarations().submit(world.citizen(hoa), world.declaration(hoa, World.spo2(95)));
      world.homewatch.declarations().submit(world.citizen(hoa), world.declaration(hoa, World.spo2(93)));
      hoa = world.homewatch.cases().get(world.nurseA, hoa.id());
      hoa = world.homewatch.lifecycle().changePlannedEnd(world.nurseA, hoa.id(), hoa.version(), World.TODAY,
          "hết thời gian");
      IsolationCase nam = world.registerF2("Trần Văn Nam", World.COMMUNE_A);
      world.homewatch.lifecycle().transfer(world.nurseA, nam.id(), nam.version(), World.COMMUNE_B, "chuyển nhà");
      IsolationCase ba = world.registerF2("Lê Văn Ba", World.COMMUNE_A);
      world.homewatch.declarations().submit(world.citizen(ba), world.declaration(ba, World.spo2(93)));
      ba = world.homewatch.cases().get(world.nurseA, ba.id());
      world.homewatch.lifecycle().transfer(world.nurseA, ba.id(), ba.version(), World.DISTRICT.child("29999"),
          "về quê");
      IsolationCase mai = world.homewatch.cases().register(world.enroller, NewCase.of(
          World.person("Đỗ Thị Mai", World.COMMUNE_A, 1990), CaseCategory.F2,
          new QuarantineDecision("15/QĐ-UBND", "UBND huyện Chư Sê", World.TODAY), World.TODAY.plusDays(1)));
      IsolationCase son = world.registerF2("Hồ Văn Sơn", World.COMMUNE_A);
      world.homewatch.lifecycle().escalate(world.nurseA, son.id(), son.version(), "Bệnh viện huyện Chư Sê");
      world.clock.advance(Duration.ofDays(1));
      world.homewatch.lifecycle().completeDue(world.system, PageRequest.first(100));
      world.homewatch.lifecycle().activateDue(world.system, PageRequest.first(100));
      hoa = world.homewatch.cases().get(world.nurseA, hoa.id());
      world.homewatch.lifecycle().complete(world.nurseA, hoa.id(), hoa.version(), "đã khỏi");

      List<CaseChange> hoas = history(world, hoa.id());
      reads(world, deployment, hoas.get(0),
          "Quyết định 12/QĐ-UBND ngày 16/08/2021; đang theo dõi; dự kiến theo dõi từ 16/08/2021 đến 29/08/2021",
          "Decision 12/QĐ-UBND of 16/08/2021; monitored; monitored from 16/08/2021 to 29/08/2021");
      reads(world, deployment, hoas.get(1), "Đổi ngày kết thúc dự kiến từ 29/08/2021 thành 31/08/2021: còn ho",
          "Planned end moved from 29/08/2021 to 31/08/2021: còn ho");
      reads(world, deployment, hoas.get(2), "Đổi ngày kết thúc dự kiến từ 31/08/2021 thành 16/08/2021: hết thời gian",
          "Planned end moved from 31/08/2021 to 16/08/2021: hết thời gian");
      reads(world, deployment, hoas.get(3), "Kết thúc thời gian theo dõi ngày 16/08/2021; ngày cuối khai báo 1/3 "
          + "lần; còn cảnh báo mở: sức khỏe",
          "Monitoring period ended on 16/08/2021; 1 of 3 declarations on the last day; alerts open: health");
      reads(world, deployment, hoas.get(4), "đã khỏi", "đã khỏi");
      Alert health = alert(world, hoa.id(), AlertKind.HEALTH);
      reads(world, step(health, AlertEvent.Kind.OPENED), "Bất thường: SpO2 95 %", "Abnormal: SpO2 95 %");
      assertEquals("ABNORMAL: SpO2 95 %", step(health, AlertEvent.Kind.OPENED).detail(), "stored as before");
      reads(world, step(health, AlertEvent.Kind.RAISED), "Bất thường → Cấp cứu: SpO2 93 %",
          "Abnormal → Emergency: SpO2 93 %");
      reads(world, step(health, AlertEvent.Kind.RESOLVED), "Hồ sơ đã đóng: Kết thúc theo dõi: đã khỏi",
          "Case closed: Monitoring completed: đã khỏi");

      reads(world, deployment, last(world, nam.id()), "Chuyển từ Thị trấn Chư Sê sang Xã Ia Tiêm: chuyển nhà",
          "Moved from Thị trấn Chư Sê to Xã Ia Tiêm: chuyển nhà");
      String outVi = "Chuyển từ Thị trấn Chư Sê sang GSO_2021:64/633/29999 (ngoài hệ thống này; việc theo dõi tiếp "
          + "tục ở đó): về quê";
      String outEn = "Moved from Thị trấn Chư Sê to GSO_2021:64/633/29999 (outside this deployment; monitoring "
          + "continues there): về quê";
      reads(world, deployment, last(world, ba.id()), outVi, outEn);
      reads(world, step(alert(world, ba.id(), AlertKind.HEALTH), AlertEvent.Kind.RESOLVED),
          "Hồ sơ đã đóng: Hồ sơ đã chuyển đi: " + outVi, "Case closed: Case transferred out: " + outEn);

      List<CaseChange> mais = history(world, mai.id());
      reads(world, deployment, mais.get(0),
          "Quyết định 15/QĐ-UBND ngày 16/08/2021; chờ bắt đầu; dự kiến theo dõi từ 17/08/2021 đến 30/08/2021",
          "Decision 15/QĐ-UBND of 16/08/2021; pending; monitored from 17/08/2021 to 30/08/2021");
      reads(world, deployment, mais.get(1), "Bắt đầu thời gian theo dõi ngày 17/08/2021",
          "Monitoring period began on 17/08/2021");
      reads(world, deployment, last(world, son.id()), "Bệnh viện huyện Chư Sê", "Bệnh viện huyện Chư Sê");
    }
  }

  @ParameterizedTest(name = "deployed in {0}")
  @MethodSource("deployments")
  @DisplayName("each kind of correction reads in each reader's language, with the values before and after and the "
      + "reason as they were written")
  void corrections(Locale deployment) {
    try (World world = new World(b -> b.locale(deployment))) {
      IsolationCase tam = world.registerF2("Vũ Minh Tâm", World.COMMUNE_A);
      IsolationCase head = world.registerF2("Vũ Văn Hải", World.COMMUNE_A);
      String phone = tam.person().phone().e164();
      tam = world.homewatch.corrections().correct(world.nurseA, tam.id(), tam.version(),
          new CaseCorrection.Phone(PhoneNumber.parse("0905 999 000")), "gõ nhầm");
      reads(world, deployment, last(world, tam.id()), "Sửa số điện thoại " + phone + " → +84905999000: gõ nhầm",
          "Corrected phone " + phone + " → +84905999000: gõ nhầm");
      tam = world.homewatch.corrections().correct(world.nurseA, tam.id(), tam.version(),
          new CaseCorrection.RiskFactors(Set.of(RiskFactor.PREGNANT, RiskFactor.CHRONIC_DISEASE)), "bổ sung");
      reads(world, deployment, last(world, tam.id()), "Sửa yếu tố nguy cơ [] → [có bệnh nền, mang thai]: bổ sung",
          "Corrected risk factors [] → [chronic disease, pregnant]: bổ sung");
      tam = world.homewatch.corrections().correct(world.nurseA, tam.id(), tam.version(),
          new CaseCorrection.Category(CaseCategory.F1), "quyết định ghi F1");
      reads(world, deployment, last(world, tam.id()), "Sửa đối tượng F2 → F1; ngày kết thúc dự kiến 29/08/2021 → "
          + "29/08/2021; lịch khai báo vhd-three-windows → vhd-three-windows: quyết định ghi F1",
          "Corrected category F2 → F1; planned end 29/08/2021 → 29/08/2021; schedule vhd-three-windows → "
              + "vhd-three-windows: quyết định ghi F1");
      tam = world.homewatch.corrections().correct(world.nurseA, tam.id(), tam.version(),
          new CaseCorrection.Schedule(Optional.of("moh-morning-afternoon")), "làm ca đêm");
      reads(world, deployment, last(world, tam.id()),
          "Sửa lịch khai báo vhd-three-windows (theo đối tượng) → moh-morning-afternoon: làm ca đêm",
          "Corrected schedule vhd-three-windows (the category's) → moh-morning-afternoon: làm ca đêm");
      tam = world.homewatch.corrections().correct(world.nurseA, tam.id(), tam.version(),
          new CaseCorrection.HouseholdHead(Optional.of(head.person().id())), "con khai thay");
      reads(world, deployment, last(world, tam.id()), "Sửa người khai thay không có → " + head.person().id()
          + ": con khai thay", "Corrected household head none → " + head.person().id() + ": con khai thay");
      tam = world.homewatch.corrections().correct(world.nurseA, tam.id(), tam.version(),
          new CaseCorrection.HomeLocation(Optional.of(GeoPoint.of(13.658, 108.083))), "đo lại");
      reads(world, deployment, last(world, tam.id()), "Sửa vị trí nơi ở không có → 13.65800, 108.08300: đo lại",
          "Corrected home location none → 13.65800, 108.08300: đo lại");

      IsolationCase earlier = world.homewatch.lifecycle().cancel(world.nurseA, tam.id(), tam.version(),
          "nhập hai lần");
      IsolationCase again = world.homewatch.cases().register(world.enroller, NewCase.of(earlier.person(),
          CaseCategory.F1, new QuarantineDecision("13/QĐ-UBND", "UBND huyện Chư Sê", World.TODAY), World.TODAY));
      world.homewatch.corrections().correct(world.nurseA, again.id(), again.version(),
          new CaseCorrection.FullName("Võ Minh Tâm"), "theo CCCD");
      reads(world, deployment, last(world, again.id()), "Sửa họ tên Vũ Minh Tâm → Võ Minh Tâm: theo CCCD",
          "Corrected name Vũ Minh Tâm → Võ Minh Tâm: theo CCCD");
      reads(world, deployment, last(world, earlier.id()), "Sửa họ tên Vũ Minh Tâm → Võ Minh Tâm (cùng với hồ sơ "
          + again.id() + "): theo CCCD", "Corrected name Vũ Minh Tâm → Võ Minh Tâm (with case " + again.id()
          + "): theo CCCD");
    }
  }

  private static final java.time.format.DateTimeFormatter TIME =
      java.time.format.DateTimeFormatter.ofPattern("dd/MM HH:mm");

  private static String time(java.time.Instant at) {
    return TIME.format(at.atZone(IsolationCase.DEFAULT_ZONE));
  }

  private static Alert opened(World world, IsolationCase c) {
    return world.homewatch.declarations().submit(world.citizen(c), world.declaration(c, World.spo2(95))).alert()
        .orElseThrow();
  }

  @ParameterizedTest(name = "deployed in {0}")
  @MethodSource("deployments")
  @DisplayName("an alert's escalations (overdue, nobody on duty, nobody anywhere, unreachable), its handler's "
      + "reminder and escalation unresolved, a failed page, a transfer and a resolution read in each reader's "
      + "language, a staff member's note as typed")
  void alertSteps(Locale deployment) {
    try (World world = new World(b -> b.locale(deployment))) {
      IsolationCase overdue = world.registerF2("Nguyễn Văn Một", World.COMMUNE_A);
      Alert first = opened(world, overdue);
      IsolationCase taken = world.registerF2("Nguyễn Văn Hai", World.COMMUNE_A);
      Alert second = opened(world, taken);
      second = world.homewatch.alerts().acknowledge(world.nurseA, second.id(), second.version());
      reads(world, step(second, AlertEvent.Kind.ACKNOWLEDGED), "", "");
      world.clock.advance(Duration.between(world.clock.instant(), first.acknowledgeBy()).plusMinutes(1));
      world.homewatch.alerts().escalateOverdue(world.system, 100);
      reads(world, deployment, step(world.homewatch.alerts().get(world.supervisor, first.id()),
          AlertEvent.Kind.ESCALATED), "Chưa được tiếp nhận trước " + time(first.acknowledgeBy())
              + " tại Thị trấn Chư Sê", "Not acknowledged by " + time(first.acknowledgeBy()) + " at Thị trấn Chư Sê");

      world.clock.advance(Duration.between(world.clock.instant(), second.acknowledgeBy()).plusMinutes(1));
      world.homewatch.alerts().followUpUnresolved(world.system, 100);
      Alert reminded = world.homewatch.alerts().get(world.nurseA, second.id());
      reads(world, deployment, step(reminded, AlertEvent.Kind.REMINDED), "Chưa xử lý xong trước "
          + time(second.acknowledgeBy()) + "; đã nhắc nurse-a", "Not resolved by " + time(second.acknowledgeBy())
          + "; reminded nurse-a");
      world.clock.advance(Duration.between(world.clock.instant(), reminded.acknowledgeBy()).plusMinutes(1));
      world.homewatch.alerts().followUpUnresolved(world.system, 100);
      reads(world, deployment, step(world.homewatch.alerts().get(world.supervisor, second.id()),
          AlertEvent.Kind.ESCALATED), "nurse-a đã tiếp nhận nhưng chưa xử lý xong trước "
              + time(reminded.acknowledgeBy()) + " tại Thị trấn Chư Sê", "Taken by nurse-a and not resolved by "
              + time(reminded.acknowledgeBy()) + " at Thị trấn Chư Sê");

      Alert resolved = world.homewatch.alerts().resolve(world.supervisor, second.id(),
          world.homewatch.alerts().get(world.supervisor, second.id()).version(), AlertOutcome.FALSE_ALARM,
          "gọi lại, chị ổn");
      reads(world, step(resolved, AlertEvent.Kind.RESOLVED), "Báo động nhầm: gọi lại, chị ổn",
          "False alarm: gọi lại, chị ổn");
      assertEquals("FALSE_ALARM: gọi lại, chị ổn", step(resolved, AlertEvent.Kind.RESOLVED).detail());
      Alert withoutNote = world.homewatch.alerts().resolve(world.supervisor, first.id(),
          world.homewatch.alerts().get(world.supervisor, first.id()).version(), AlertOutcome.CONTACTED_STABLE, "");
      reads(world, step(withoutNote, AlertEvent.Kind.RESOLVED), "Đã liên hệ, ổn định", "Contacted, stable");

      IsolationCase moving = world.registerF2("Nguyễn Văn Ba", World.COMMUNE_A);
      Alert follows = opened(world, moving);
      moving = world.homewatch.cases().get(world.nurseA, moving.id());
      world.homewatch.lifecycle().transfer(world.nurseA, moving.id(), moving.version(), World.COMMUNE_B, "chuyển");
      reads(world, step(world.homewatch.alerts().get(world.nurseB, follows.id()), AlertEvent.Kind.TRANSFERRED),
          World.COMMUNE_A + " → " + World.COMMUNE_B, World.COMMUNE_A + " → " + World.COMMUNE_B);

      world.homewatch.accounts().setOnDuty(world.admin, world.nurseA.account(), false);
      IsolationCase nobody = world.registerF2("Nguyễn Văn Bốn", World.COMMUNE_A);
      reads(world, deployment, step(opened(world, nobody), AlertEvent.Kind.ESCALATED),
          "Không có ai trực tại Thị trấn Chư Sê; đã báo Chư Sê", "Nobody on duty at Thị trấn Chư Sê; notified Chư Sê");
      world.homewatch.accounts().setOnDuty(world.admin, world.supervisor.account(), false);
      IsolationCase nobodyAnywhere = world.registerF2("Nguyễn Văn Năm", World.COMMUNE_A);
      reads(world, deployment, step(opened(world, nobodyAnywhere), AlertEvent.Kind.ESCALATED),
          "Không có ai trực từ Thị trấn Chư Sê trở lên; chưa báo được cho ai",
          "Nobody on duty from Thị trấn Chư Sê up; nobody was notified");
    }
  }

  @ParameterizedTest(name = "deployed in {0}")
  @MethodSource("deployments")
  @DisplayName("a page that failed for good and the escalation to the unit above read in each reader's language, "
      + "naming the account and channel, never the contact point")
  void failedPages(Locale deployment) {
    try (World world = new World(b -> b.locale(deployment))) {
      IsolationCase c = world.registerF2("Siu H'Mai", World.COMMUNE_A);
      world.channel.answerNext(DeliveryResult.permanentFailure("subscriber unknown at nurse-a@example.org"));
      Alert alert = opened(world, c);
      world.homewatch.notifications().dispatch(world.system, 100);
      Alert after = world.homewatch.alerts().get(world.supervisor, alert.id());
      reads(world, deployment, step(after, AlertEvent.Kind.DELIVERY_FAILED),
          "Không gửi được tin cho nurse-a qua kênh test: subscriber unknown at [address]",
          "Notification to nurse-a on channel test failed for good: subscriber unknown at [address]");
      reads(world, deployment, step(after, AlertEvent.Kind.ESCALATED),
          "Không liên lạc được Thị trấn Chư Sê; đã báo lên Chư Sê", "Could not reach Thị trấn Chư Sê; told Chư Sê");
    }
  }

  @ParameterizedTest(name = "deployed in {0}")
  @MethodSource("deployments")
  @DisplayName("a spot check asked for, passed, failed, not verified or unanswered, and the presence alert it opens, "
      + "read in each reader's language")
  void spotChecks(Locale deployment) {
    try (World world = new World(b -> b.locale(deployment).personChannel("test")
        .presenceVerifier(new ScriptedPresenceVerifier()).presenceVerificationTimeout(Duration.ofMillis(300)))) {
      IsolationCase passes = world.registerF2("Rơ Châm Pui", World.COMMUNE_A);
      IsolationCase fails = world.registerF2("Rơ Châm Hyen", World.COMMUNE_A);
      IsolationCase undecided = world.registerF2("Rơ Châm Blơi", World.COMMUNE_A);
      IsolationCase silent = world.registerF2("Rơ Châm Thuh", World.COMMUNE_A);
      for (IsolationCase c : List.of(passes, fails, undecided, silent)) {
        world.homewatch.spotChecks().request(world.nurseA, c.id());
      }
      world.clock.advance(Duration.ofMinutes(1));
      NewDeclaration passed = checkIn(world, passes, "pass-face-1");
      checkIn(world, fails, "fail-face-7");
      checkIn(world, undecided, "other-1");
      world.clock.advance(Duration.ofMinutes(31));
      world.homewatch.spotChecks().settleDue(world.system, PageRequest.first(100));

      reads(world, deployment, history(world, silent.id()).get(1),
          "Yêu cầu kiểm tra đột xuất, trả lời trước 16/08 08:30", "Spot check asked for, to be answered by 16/08 08:30");
      reads(world, deployment, last(world, silent.id()),
          "Không khai báo kèm vị trí và xác thực khuôn mặt trước 16/08 08:30",
          "No check-in with location and face check by 16/08 08:30");
      reads(world, step(alert(world, silent.id(), AlertKind.PRESENCE_FAILED), AlertEvent.Kind.OPENED),
          "Bất thường: Kiểm tra đột xuất: Không khai báo kèm vị trí và xác thực khuôn mặt trước 16/08 08:30",
          "Abnormal: Spot check: No check-in with location and face check by 16/08 08:30");
      reads(world, deployment, last(world, passes.id()), "Đã trả lời kiểm tra đột xuất (tờ khai " + passed.id()
          + "): hệ thống xác thực đã chấp nhận", "Spot check answered (declaration " + passed.id()
          + "): the presence verifier passed it");
      reads(world, deployment, last(world, fails.id()), "Xác thực sự có mặt không đạt: hệ thống xác thực không "
          + "chấp nhận", "The presence check failed: the presence verifier failed it");
      reads(world, deployment, last(world, undecided.id()), "Chưa xác thực được sự có mặt: hệ thống xác thực không "
          + "kết luận được", "Presence not verified: the presence verifier could not decide");
    }
  }

  /** A check-in with a location and a presence check whose evidence reference the scripted verifier judges. */
  private static NewDeclaration checkIn(World world, IsolationCase c, String reference) {
    NewDeclaration d = world.declaration(c, World.normal());
    NewDeclaration withPresence = new NewDeclaration(d.id(), d.caseId(), d.observedAt(), d.vitals(), d.symptoms(),
        Optional.empty(), Optional.of(GeoPoint.of(13.65, 108.08)),
        Optional.of(new PresenceCheck(PresenceCheck.Result.PASSED, "app-liveness", Optional.of(reference))));
    world.homewatch.declarations().submit(world.citizen(c), withPresence);
    return withPresence;
  }

  @ParameterizedTest(name = "deployed in {0}")
  @MethodSource("deployments")
  @DisplayName("a feedback alert resolved by the answer reads in each reader's language")
  void feedbackAnswered(Locale deployment) {
    try (World world = new World(b -> b.locale(deployment).feedbackAnswerWithin(Duration.ofHours(4)))) {
      IsolationCase c = world.registerF2("Phạm Thị Lan", World.COMMUNE_A);
      org.homewatch.model.Feedback f = world.homewatch.feedback().submit(world.citizen(c), c.id(),
          FeedbackTopic.MEDICINE, "Tôi hết thuốc hạ sốt");
      world.clock.advance(Duration.ofHours(5));
      world.homewatch.feedback().raiseUnanswered(world.system, PageRequest.first(100));
      world.homewatch.feedback().reply(world.nurseA, f.id(), f.version(), "Trạm sẽ mang thuốc đến chiều nay");
      Alert feedback = alert(world, c.id(), AlertKind.FEEDBACK);
      reads(world, step(feedback, AlertEvent.Kind.OPENED), "Theo dõi: Phản ánh (thuốc) chưa được trả lời từ 16/08 "
          + "08:00", "Watch: Feedback (medicine) unanswered since 16/08 08:00");
      reads(world, step(feedback, AlertEvent.Kind.RESOLVED), "Khác: Phản ánh đã được trả lời",
          "Other: Feedback answered");
      assertEquals("OTHER: " + (deployment.equals(Locale.ENGLISH) ? "Feedback answered" : "Phản ánh đã được trả lời"),
          step(feedback, AlertEvent.Kind.RESOLVED).detail());
    }
  }
}

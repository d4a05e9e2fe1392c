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
import org.homewatch.model.AlertKind;
import org.homewatch.model.AlertQuery;
import org.homewatch.model.FeedbackTopic;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.PageRequest;
import org.homewatch.model.Person;
import org.homewatch.model.Principal;
import org.homewatch.spi.notification.Notification;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 13.8, the alert kinds whose line is not written from a declaration's findings: a missed-declaration, a
 * presence (spot-check) and an unanswered-feedback alert. A staff member who reads the other language than the
 * deployment's is paged with the line in theirs, and {@code texts().summary} gives each reader theirs, while the
 * stored line stays in the deployment's language.
 */
class AlertLinesInEachReadersLanguageTest {
  private static final Map<AlertKind, String> VIETNAMESE = Map.of(
      AlertKind.MISSED_DECLARATIONS, "Bỏ lỡ 2 lần khai báo liên tiếp (2 lần; lần cuối: buổi chiều 16/08 14:00)",
      AlertKind.PRESENCE_FAILED, "Kiểm tra đột xuất: Không khai báo kèm vị trí và xác thực khuôn mặt trước 16/08 08:30",
      AlertKind.FEEDBACK, "Phản ánh (thuốc) chưa được trả lời từ 16/08 08:00");
  private static final Map<AlertKind, String> ENGLISH = Map.of(
      AlertKind.MISSED_DECLARATIONS, "Missed 2 declarations in a row (2; last: afternoon 16/08 14:00)",
      AlertKind.PRESENCE_FAILED, "Spot check: No check-in with location and face check by 16/08 08:30",
      AlertKind.FEEDBACK, "Feedback (medicine) unanswered since 16/08 08:00");

  /** The deployment's language, and the other language the nurse reads. */
  static Stream<Arguments> deployments() {
    return Stream.of(Arguments.of(Person.VIETNAMESE, Locale.ENGLISH), Arguments.of(Locale.ENGLISH,
        Person.VIETNAMESE));
  }

  private static Map<AlertKind, String> lines(Locale language) {
    return language.equals(Locale.ENGLISH) ? ENGLISH : VIETNAMESE;
  }

  private static void readsIn(World world, Principal staff, Locale language) {
    Account account = world.homewatch.accounts().find(world.admin, staff.account()).orElseThrow();
    world.homewatch.accounts().update(world.admin, account.withLocale(language), account.version());
  }

  private static Alert alertOf(World world, IsolationCase c, AlertKind kind) {
    return world.homewatch.alerts().list(world.nurseA, AlertQuery.active(World.COMMUNE_A), PageRequest.first(50))
        .items().stream().filter(a -> a.caseId().equals(c.id()) && a.kind() == kind).findFirst().orElseThrow();
  }

  @ParameterizedTest(name = "deployed in {0}, nurse reads {1}")
  @MethodSource("deployments")
  @DisplayName("a missed-declaration, presence or feedback alert pages a nurse of the other language in hers, and "
      + "each reader gets the line in theirs")
  void threeKindsInTheReadersLanguage(Locale deployment, Locale nurseReads) {
    try (World world = new World(b -> b.locale(deployment).feedbackAnswerWithin(Duration.ofHours(4)))) {
      readsIn(world, world.nurseA, nurseReads);
      IsolationCase missing = world.registerF2("Lê Thị Hoa", World.COMMUNE_A);
      IsolationCase checked = world.registerF2("Trần Văn Nam", World.COMMUNE_A);
      IsolationCase asking = world.registerF2("Phạm Thị Lan", World.COMMUNE_A);
      world.homewatch.spotChecks().request(world.nurseA, checked.id());
      world.homewatch.feedback().submit(world.citizen(asking), asking.id(), FeedbackTopic.MEDICINE,
          "Tôi hết thuốc hạ sốt");

      world.clock.advance(Duration.between(world.clock.instant(), Instant.parse("2021-08-16T09:30:00Z")));
      world.homewatch.schedule().sweepAllMissedDeclarations(world.system, 100);
      world.homewatch.spotChecks().settleDue(world.system, PageRequest.first(100));
      world.homewatch.feedback().raiseUnanswered(world.system, PageRequest.first(100));
      world.homewatch.notifications().dispatch(world.system, 200);

      Map<AlertKind, Alert> alerts = Map.of(
          AlertKind.MISSED_DECLARATIONS, alertOf(world, missing, AlertKind.MISSED_DECLARATIONS),
          AlertKind.PRESENCE_FAILED, alertOf(world, checked, AlertKind.PRESENCE_FAILED),
          AlertKind.FEEDBACK, alertOf(world, asking, AlertKind.FEEDBACK));
      List<String> pages = world.channel.sentTo("nurse-a").stream()
          .filter(n -> n.templateKey().equals("alert.opened")).map(Notification::text).toList();
      for (Map.Entry<AlertKind, Alert> e : alerts.entrySet()) {
        String theirs = lines(nurseReads).get(e.getKey());
        String stored = lines(deployment).get(e.getKey());
        assertEquals(stored, e.getValue().summary(), e.getKey() + " is stored in the deployment's language");
        assertEquals(theirs, world.homewatch.texts().summary(e.getValue(), nurseReads), e.getKey().name());
        assertEquals(stored, world.homewatch.texts().summary(e.getValue(), deployment), e.getKey().name());
        assertTrue(pages.stream().anyMatch(p -> p.contains(theirs)), e.getKey() + " page in the nurse's language: "
            + pages);
        assertFalse(pages.stream().anyMatch(p -> p.contains(stored)), e.getKey() + " page has the stored line: "
            + pages);
      }
    }
  }
}

package org.homewatch.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.homewatch.AccessDeniedException;
import org.homewatch.core.feedback.FeedbackDeadlineReport;
import org.homewatch.model.Alert;
import org.homewatch.model.AlertKind;
import org.homewatch.model.AlertStatus;
import org.homewatch.model.Feedback;
import org.homewatch.model.FeedbackTopic;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.PageRequest;
import org.homewatch.model.Severity;
import org.homewatch.spi.notification.Notification;
import org.homewatch.test.RecordingChannel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * No feedback thread stops halfway (issue 13.7): the station hears of it, the citizen hears of the answer, and
 * feedback nobody answers in time raises a FEEDBACK alert.
 */
class FeedbackConversationTest {
  private final World world = new World();
  private final IsolationCase c = world.registerF2("Đinh Thị Sương", World.COMMUNE_A);
  private final String phone = c.person().phone().e164();

  @AfterEach
  void close() {
    world.close();
  }

  private List<String> templatesSentTo(RecordingChannel channel, String address) {
    world.homewatch.notifications().dispatch(world.system, 100);
    return channel.sentTo(address).stream().map(Notification::templateKey).toList();
  }

  private FeedbackDeadlineReport runDeadlines() {
    return world.homewatch.feedback().raiseUnanswered(world.system, PageRequest.first(100));
  }

  @Test
  @DisplayName("new feedback pages the commune's on-duty staff, with its topic but never its text")
  void staffAreToldOfNewFeedback() {
    world.homewatch.feedback().submit(world.citizen(c), c.id(), FeedbackTopic.MEDICINE,
        "Nhà tôi hết thuốc hạ sốt, nhờ trạm hỗ trợ.");
    assertEquals(List.of("feedback.new"), templatesSentTo(world.channel, "nurse-a"));
    assertEquals(List.of(), templatesSentTo(world.channel, "nurse-b"));
    Notification n = world.channel.sentTo("nurse-a").get(0);
    assertTrue(n.text().contains("thuốc"), n.text());
    assertTrue(!n.text().contains("hạ sốt"), "the feedback's own text stays in the portal: " + n.text());
  }

  @Test
  @DisplayName("the station's answer and its closing each reach the person of the case by SMS; the citizen's "
      + "follow-up reaches the staff")
  void citizenIsToldOfTheAnswer() {
    Feedback sent = world.homewatch.feedback().submit(world.citizen(c), c.id(), FeedbackTopic.FOOD_AND_SUPPLIES,
        "Cần gạo");
    Feedback answered = world.homewatch.feedback().reply(world.nurseA, sent.id(), sent.version(), "Chiều nay có.");
    assertEquals(List.of("feedback.replied"), templatesSentTo(world.sms, phone));
    Feedback more = world.homewatch.feedback().reply(world.citizen(c), sent.id(), answered.version(), "Cảm ơn.");
    assertEquals(List.of("feedback.new", "feedback.more"), templatesSentTo(world.channel, "nurse-a"));
    world.homewatch.feedback().close(world.nurseA, sent.id(), more.version(), "Đã giao.");
    assertEquals(List.of("feedback.replied", "feedback.closed"), templatesSentTo(world.sms, phone));
  }

  @Test
  @DisplayName("feedback unanswered for 24 hours raises one WATCH FEEDBACK alert for the case, which pages the "
      + "station, and the station's answer resolves it")
  void unansweredFeedbackRaisesAnAlert() {
    Feedback sent = world.homewatch.feedback().submit(world.citizen(c), c.id(), FeedbackTopic.MEDICINE, "Hết thuốc");
    world.clock.advance(Duration.ofHours(23).plusMinutes(59));
    assertEquals(0, runDeadlines().raised());
    world.clock.advance(Duration.ofMinutes(1));
    assertEquals(1, runDeadlines().raised());
    assertEquals(0, runDeadlines().raised(), "one alert, however often the job runs");

    Alert alert = world.storage.inTransaction(tx -> tx.alerts().findActive(c.id(), AlertKind.FEEDBACK))
        .orElseThrow();
    assertEquals(List.of(Severity.WATCH, AlertStatus.OPEN), List.of(alert.severity(), alert.status()));
    assertEquals("Phản ánh (thuốc) chưa được trả lời từ 16/08 08:00", alert.summary());
    assertTrue(templatesSentTo(world.channel, "nurse-a").contains("alert.opened"));
    assertEquals(1, world.auditCount("feedback.overdue"));

    world.homewatch.feedback().reply(world.nurseA, sent.id(), sent.version(), "Trạm mang tới ngay.");
    assertEquals(AlertStatus.RESOLVED, world.storage.inTransaction(tx -> tx.alerts().find(alert.id()))
        .orElseThrow().status());
    world.clock.advance(Duration.ofDays(2));
    assertEquals(0, runDeadlines().raised(), "answered feedback raises nothing");
  }

  @Test
  @DisplayName("a citizen's follow-up left unanswered for 24 hours raises the alert again, counted from the "
      + "follow-up")
  void unansweredFollowUpRaisesAgain() {
    Feedback sent = world.homewatch.feedback().submit(world.citizen(c), c.id(), FeedbackTopic.HEALTH, "Ho nhiều");
    Feedback answered = world.homewatch.feedback().reply(world.nurseA, sent.id(), sent.version(), "Uống nước ấm.");
    world.clock.advance(Duration.ofHours(30));
    assertEquals(0, runDeadlines().raised());
    world.homewatch.feedback().reply(world.citizen(c), sent.id(), answered.version(), "Vẫn ho");
    world.clock.advance(Duration.ofHours(23));
    assertEquals(0, runDeadlines().raised());
    world.clock.advance(Duration.ofHours(1));
    assertEquals(1, runDeadlines().raised());
  }

  @Test
  @DisplayName("the feedback deadline is background work: a nurse cannot run it")
  void deadlinesNeedSystem() {
    assertThrows(AccessDeniedException.class,
        () -> world.homewatch.feedback().raiseUnanswered(world.nurseA, PageRequest.first(10)));
  }
}

package org.homewatch.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.homewatch.model.Alert;
import org.homewatch.model.AlertKind;
import org.homewatch.model.AlertQuery;
import org.homewatch.model.Feedback;
import org.homewatch.model.FeedbackStatus;
import org.homewatch.model.FeedbackTopic;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.PageRequest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 13.7, "no conversation stops halfway", across a transfer: a case's feedback still waiting for an answer
 * moves with the case to the commune that now monitors the person; what was settled stays where it was settled.
 */
class FeedbackFollowsTheCaseTest {

  private static List<Feedback> inbox(World world, org.homewatch.model.Principal staff) {
    return world.homewatch.feedback().inbox(staff, Set.of(FeedbackStatus.values()), PageRequest.first(50)).items();
  }

  @Test
  @DisplayName("after a transfer the new commune's inbox holds the case's open feedback, its deadline raises the "
      + "alert there, and the old commune keeps only the closed thread")
  void openFeedbackMovesWithTheCase() {
    try (World world = new World(b -> b.feedbackAnswerWithin(Duration.ofHours(4)))) {
      IsolationCase c = world.registerF2("Phạm Thị Lan", World.COMMUNE_A);
      Feedback settled = world.homewatch.feedback().submit(world.citizen(c), c.id(), FeedbackTopic.FOOD_AND_SUPPLIES,
          "Nhà tôi hết gạo");
      world.homewatch.feedback().close(world.nurseA, settled.id(), settled.version(), "Trạm đã mang gạo tới");
      Feedback waiting = world.homewatch.feedback().submit(world.citizen(c), c.id(), FeedbackTopic.MEDICINE,
          "Tôi hết thuốc hạ sốt");

      IsolationCase now = world.homewatch.cases().get(world.nurseA, c.id());
      world.homewatch.lifecycle().transfer(world.nurseA, c.id(), now.version(), World.COMMUNE_B,
          "về ở nhà con gái tại xã Ia Tiêm");

      assertEquals(List.of(waiting.id()), inbox(world, world.nurseB).stream().map(Feedback::id).toList());
      assertEquals(List.of(settled.id()), inbox(world, world.nurseA).stream().map(Feedback::id).toList());

      world.clock.advance(Duration.ofHours(5));
      world.homewatch.feedback().raiseUnanswered(world.system, PageRequest.first(100));
      List<Alert> atB = world.homewatch.alerts().list(world.nurseB, AlertQuery.active(World.COMMUNE_B),
          PageRequest.first(10)).items();
      assertTrue(atB.stream().anyMatch(a -> a.kind() == AlertKind.FEEDBACK && a.caseId().equals(c.id())), atB
          .toString());
      Feedback moved = inbox(world, world.nurseB).get(0);
      assertEquals(World.COMMUNE_B, moved.unit());
      Feedback answered = world.homewatch.feedback().reply(world.nurseB, waiting.id(), moved.version(),
          "Chiều nay trạm mang thuốc tới");
      assertEquals(FeedbackStatus.ANSWERED, answered.status());
    }
  }
}

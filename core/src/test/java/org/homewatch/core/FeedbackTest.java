package org.homewatch.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import org.homewatch.AccessDeniedException;
import org.homewatch.ConflictException;
import org.homewatch.ValidationException;
import org.homewatch.model.Feedback;
import org.homewatch.model.FeedbackStatus;
import org.homewatch.model.FeedbackTopic;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.PageRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FeedbackTest {
  private final World world = new World();
  private final IsolationCase c = world.registerF2("Đinh Thị Sương", World.COMMUNE_A);

  @AfterEach
  void close() {
    world.close();
  }

  @Test
  @DisplayName("a citizen's feedback reaches their commune's inbox, is answered, followed up and closed")
  void thread() {
    Feedback sent = world.homewatch.feedback().submit(world.citizen(c), c.id(), FeedbackTopic.MEDICINE,
        "Nhà tôi hết thuốc hạ sốt, nhờ trạm hỗ trợ.");
    assertEquals(1, world.homewatch.feedback().inbox(world.nurseA, Set.of(FeedbackStatus.NEW),
        PageRequest.first(10)).items().size());
    assertEquals(0, world.homewatch.feedback().inbox(world.nurseB, Set.of(), PageRequest.first(10)).items().size());

    Feedback answered = world.homewatch.feedback().reply(world.nurseA, sent.id(), sent.version(),
        "Chiều nay trạm mang thuốc tới.");
    assertEquals(FeedbackStatus.ANSWERED, answered.status());
    Feedback followUp = world.homewatch.feedback().reply(world.citizen(c), sent.id(), answered.version(),
        "Cảm ơn trạm.");
    assertEquals(FeedbackStatus.IN_PROGRESS, followUp.status());
    Feedback closed = world.homewatch.feedback().close(world.nurseA, sent.id(), followUp.version(), "Đã giao thuốc.");
    assertEquals(FeedbackStatus.CLOSED, closed.status());
    assertEquals(3, closed.replies().size());
    assertThrows(ConflictException.class,
        () -> world.homewatch.feedback().reply(world.nurseA, sent.id(), closed.version(), "thêm"));
  }

  @Test
  @DisplayName("feedback is refused for someone else's case, from another commune's staff, and when blank")
  void refusals() {
    IsolationCase other = world.registerF2("Đinh Văn Tài", World.COMMUNE_A);
    assertThrows(AccessDeniedException.class, () -> world.homewatch.feedback()
        .submit(world.citizen(other), c.id(), FeedbackTopic.OTHER, "hello"));
    assertThrows(ValidationException.class, () -> world.homewatch.feedback()
        .submit(world.citizen(c), c.id(), FeedbackTopic.OTHER, "   "));
    Feedback sent = world.homewatch.feedback().submit(world.citizen(c), c.id(), FeedbackTopic.OTHER, "Xin hỏi");
    assertThrows(AccessDeniedException.class,
        () -> world.homewatch.feedback().reply(world.nurseB, sent.id(), sent.version(), "?"));
    assertThrows(ConflictException.class,
        () -> world.homewatch.feedback().reply(world.nurseA, sent.id(), sent.version() + 1, "stale"));
  }
}

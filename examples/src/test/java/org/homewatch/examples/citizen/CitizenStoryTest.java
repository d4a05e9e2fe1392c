package org.homewatch.examples.citizen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.homewatch.core.citizens.CitizenCase;
import org.homewatch.core.citizens.LinkingRefusedException;
import org.homewatch.core.citizens.TodaySlot;
import org.homewatch.core.schedule.SlotStatus;
import org.homewatch.model.Role;
import org.homewatch.storage.memory.MemoryStorage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The citizen's story runs, and the citizen sees what the story says she sees. */
class CitizenStoryTest {
  @Test
  @DisplayName("a citizen links her phone with the SMS code, sees her household, today's windows and the reply")
  void story() {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    CitizenStory.Outcome outcome = CitizenStory.run(new MemoryStorage(),
        new PrintStream(printed, true, StandardCharsets.UTF_8));

    assertEquals(java.util.Set.of(Role.CITIZEN), outcome.citizen().roles());
    assertEquals(LinkingRefusedException.Reason.WRONG_CODE, outcome.guessRefused());
    assertEquals(List.of("Rơ Lan Thị Hạnh", "Rơ Lan Văn Pơh"),
        outcome.cases().stream().map(CitizenCase::fullName).toList());
    assertEquals(List.of(SlotStatus.ON_TIME, SlotStatus.MISSED, SlotStatus.PENDING),
        outcome.today().slots().stream().map(TodaySlot::status).toList());
    assertEquals(Optional.of("Trạm sẽ mang paracetamol cho cháu trước 18:00. Nếu sốt trên 38,5 độ, gọi trạm ngay."),
        outcome.feedback().get(0).replies().stream().map(r -> r.text()).findFirst());
    String text = printed.toString(StandardCharsets.UTF_8);
    assertTrue(text.contains("08:00 SMS: [Homewatch] Mã xác nhận"), text);
    assertTrue(text.contains("16:52 app, reply from the station: Trạm sẽ mang paracetamol"), text);
  }
}

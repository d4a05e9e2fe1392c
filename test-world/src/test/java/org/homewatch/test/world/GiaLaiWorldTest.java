package org.homewatch.test.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.homewatch.AccessDeniedException;
import org.homewatch.model.Alert;
import org.homewatch.model.CaseStatus;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.PageRequest;
import org.homewatch.model.Severity;
import org.homewatch.spi.notification.DeliveryResult;
import org.homewatch.spi.notification.Notification;
import org.homewatch.test.GiaLai;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class GiaLaiWorldTest {

  @Test
  @DisplayName("a low SpO2 declared in Thị trấn Chư Sê pages that commune's nurse on the staff channel, nobody else")
  void abnormalDeclarationReachesTheCommuneNurse() {
    try (GiaLaiWorld world = GiaLaiWorld.create()) {
      IsolationCase c = world.registerF2("Rơ Mah H'Hen", GiaLai.THI_TRAN_CHU_SE);
      assertEquals(CaseStatus.ACTIVE, c.status());
      world.homewatch().declarations().submit(world.citizen(c), world.declaration(c, GiaLai.spo2(93)));
      world.homewatch().notifications().dispatch(GiaLai.SYSTEM, 100);

      List<Notification> paged = world.staffChannel().sent();
      assertTrue(!paged.isEmpty(), "the nurse was paged");
      assertEquals(paged, world.staffChannel().sentTo(GiaLai.NURSE_THI_TRAN.account().value()));
      List<Alert> queue = world.homewatch().alerts().activeQueue(GiaLai.NURSE_THI_TRAN, PageRequest.first(10)).items();
      assertEquals(1, queue.size());
      assertTrue(queue.get(0).severity().compareTo(Severity.ABNORMAL) >= 0);
      assertTrue(world.homewatch().alerts().activeQueue(GiaLai.NURSE_IA_TIEM, PageRequest.first(10)).items().isEmpty(),
          "Ia Tiêm's nurse does not see Thị trấn Chư Sê's alert");
    }
  }

  @Test
  @DisplayName("each account acts only inside its unit: Ia Tiêm's nurse cannot read a case of Thị trấn Chư Sê")
  void accountsAreScoped() {
    try (GiaLaiWorld world = GiaLaiWorld.create()) {
      IsolationCase c = world.registerF2("Ksor H'Bia", GiaLai.THI_TRAN_CHU_SE);
      assertEquals(c.id(), world.homewatch().cases().get(GiaLai.NURSE_THI_TRAN, c.id()).id());
      assertEquals(c.id(), world.homewatch().cases().get(GiaLai.PROVINCE_SUPERVISOR, c.id()).id());
      assertThrows(AccessDeniedException.class, () -> world.homewatch().cases().get(GiaLai.NURSE_IA_TIEM, c.id()));
    }
  }

  @Test
  @DisplayName("the recording channel answers with the scripted results first, then delivers")
  void recordingChannelScript() {
    try (GiaLaiWorld world = GiaLaiWorld.create()) {
      world.staffChannel().answerNext(DeliveryResult.retryLater("gateway busy"));
      IsolationCase c = world.registerF2("Nay H'Nga", GiaLai.IA_TIEM);
      world.homewatch().declarations().submit(world.citizen(c), world.declaration(c, GiaLai.spo2(90)));
      world.homewatch().notifications().dispatch(GiaLai.SYSTEM, 100);
      int first = world.staffChannel().sent().size();
      world.clock().advance(Duration.ofMinutes(5));
      world.homewatch().notifications().dispatch(GiaLai.SYSTEM, 100);
      assertEquals(first + 1, world.staffChannel().sent().size(), "the message asked to retry was sent again");
    }
  }
}

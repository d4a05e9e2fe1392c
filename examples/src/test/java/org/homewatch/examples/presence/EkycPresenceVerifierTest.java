package org.homewatch.examples.presence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.homewatch.examples.plugin.EkycPresenceVerifier;
import org.homewatch.examples.plugin.FakeEkycClient;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.PersonId;
import org.homewatch.model.SpotCheckState;
import org.homewatch.test.GiaLai;
import org.homewatch.test.world.GiaLaiWorld;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The README's eKYC adapter, plugged into Homewatch and run against a fake eKYC service. */
class EkycPresenceVerifierTest {
  private final FakeEkycClient ekyc = new FakeEkycClient();
  private final Map<PersonId, String> enrolled = new java.util.concurrent.ConcurrentHashMap<>();
  private final GiaLaiWorld world = GiaLaiWorld.builder().homewatch(b -> b
      .presenceVerifier(new EkycPresenceVerifier(ekyc, person -> Optional.ofNullable(enrolled.get(person)),
          Duration.ofSeconds(3), 0.8))
      .presenceVerificationTimeout(Duration.ofSeconds(5))).build();

  private IsolationCase enrolledCase(String name, String subject) {
    IsolationCase c = world.registerF2(name, GiaLai.THI_TRAN_CHU_SE);
    enrolled.put(c.person().id(), subject);
    return c;
  }

  @Test
  @DisplayName("a live selfie matching the enrolled face passes; a spoof or another face fails; a slow or failing "
      + "service, an unknown token or a person never enrolled is not verified")
  void verdicts() {
    try (world) {
      world.clock().advance(Duration.ofHours(1));
      ekyc.uploaded("img-hoa", "cccd-064190001234", true, 0.93);
      ekyc.uploaded("img-spoof", "cccd-064190005678", false, 0.97);
      ekyc.uploaded("img-other", "cccd-064190009999", true, 0.41);
      assertEquals(SpotCheckState.PASSED, PresenceOnEveryStorageTest.settled(world,
          enrolledCase("Nguyễn Thị Hoà", "cccd-064190001234"), "img-hoa").state());
      assertEquals(SpotCheckState.FAILED, PresenceOnEveryStorageTest.settled(world,
          enrolledCase("Đặng Văn Đức", "cccd-064190005678"), "img-spoof").state());
      assertEquals(SpotCheckState.FAILED, PresenceOnEveryStorageTest.settled(world,
          enrolledCase("Rơ Châm H'Bia", "cccd-064190009999"), "img-other").state());
      assertEquals(SpotCheckState.NOT_VERIFIED, PresenceOnEveryStorageTest.settled(world,
          enrolledCase("Ksor Y Phun", "cccd-064190001111"), "img-never-uploaded").state());
      assertEquals(SpotCheckState.NOT_VERIFIED, PresenceOnEveryStorageTest.settled(world,
          world.registerF2("Siu Ngơl", GiaLai.THI_TRAN_CHU_SE), "img-hoa").state());
      ekyc.answerAfter(Duration.ofSeconds(4));
      assertEquals(SpotCheckState.NOT_VERIFIED, PresenceOnEveryStorageTest.settled(world,
          enrolledCase("Nguyễn Văn Nam", "cccd-064190001234"), "img-hoa").state());
      ekyc.answerAfter(Duration.ZERO);
      ekyc.answerWith(503);
      assertEquals(SpotCheckState.NOT_VERIFIED, PresenceOnEveryStorageTest.settled(world,
          enrolledCase("Trần Thị Lan", "cccd-064190001234"), "img-hoa").state());
    }
  }
}

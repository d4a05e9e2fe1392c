package org.homewatch.examples.citizen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.homewatch.AccessDeniedException;
import org.homewatch.core.citizens.CitizenCase;
import org.homewatch.core.citizens.CitizenLinking;
import org.homewatch.core.citizens.LinkingRefusedException;
import org.homewatch.core.citizens.TodaySlot;
import org.homewatch.core.schedule.SlotStatus;
import org.homewatch.examples.EveryStorage;
import org.homewatch.model.Feedback;
import org.homewatch.model.FeedbackTopic;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.NewCase;
import org.homewatch.model.Person;
import org.homewatch.model.PersonId;
import org.homewatch.model.PhoneNumber;
import org.homewatch.model.Principal;
import org.homewatch.spi.notification.Notification;
import org.homewatch.spi.storage.Storage;
import org.homewatch.test.GiaLai;
import org.homewatch.test.world.GiaLaiWorld;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.DisplayName;

/** Issue 13.1 through the public API: the citizen's side alike on memory, H2 and PostgreSQL. */
class CitizenOnEveryStorageTest {
  private static final byte[] SECRET = "a per-deployment secret of 32+ bytes".getBytes(StandardCharsets.UTF_8);

  static Stream<Arguments> storages() {
    return EveryStorage.storages("citizen");
  }

  private static String code(GiaLaiWorld world, PhoneNumber phone) {
    world.homewatch().notifications().dispatch(GiaLai.SYSTEM, 100);
    List<Notification> sent = world.sms().sentTo(phone.e164()).stream()
        .filter(n -> n.templateKey().equals("citizen.code")).toList();
    return sent.get(sent.size() - 1).parameters().get("code");
  }

  private static LinkingRefusedException.Reason refusal(CitizenLinking linking, String subject, PhoneNumber phone,
      String code) {
    return assertThrows(LinkingRefusedException.class, () -> linking.link(subject, phone, code)).reason();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("storages")
  @DisplayName("two households of one commune: each links by its own code, sees only its own cases, schedule and "
      + "feedback; a code for one phone, a replayed or expired code, a guess and a fourth request are refused")
  void citizensSide(String storageName, Supplier<Storage> storage) {
    try (GiaLaiWorld world = GiaLaiWorld.builder().storage(storage.get())
        .homewatch(b -> b.citizenCodes(SECRET, GiaLai.PROVINCE)).build()) {
      CitizenLinking linking = world.homewatch().citizenLinking();
      IsolationCase hanh = world.registerF2("Rơ Lan Thị Hạnh", GiaLai.THI_TRAN_CHU_SE);
      Person child = new Person(PersonId.random(), "Rơ Lan Văn Pơh", hanh.person().birthDate(),
          hanh.person().sex(), hanh.person().phone(), Optional.empty(), hanh.person().home());
      IsolationCase pop = world.homewatch().cases().register(GiaLai.ENROLLER,
          NewCase.of(child, hanh.category(), GiaLai.DECISION, GiaLai.TODAY).withHouseholdHead(hanh.person().id()));
      IsolationCase mlo = world.registerF2("Ksor Văn Mlô", GiaLai.THI_TRAN_CHU_SE);
      PhoneNumber hanhPhone = hanh.person().phone();
      PhoneNumber mloPhone = mlo.person().phone();

      linking.requestCode("app-hanh", hanhPhone);
      String hanhCode = code(world, hanhPhone);
      linking.requestCode("app-mlo", mloPhone);
      String mloCode = code(world, mloPhone);
      assertEquals(LinkingRefusedException.Reason.WRONG_CODE, refusal(linking, "app-mlo", mloPhone, hanhCode),
          storageName);
      assertEquals(hanh.person().id(), linking.link("app-hanh", hanhPhone, hanhCode).person(), storageName);
      assertEquals(LinkingRefusedException.Reason.ALREADY_USED, refusal(linking, "app-hanh", hanhPhone, hanhCode),
          storageName);
      assertEquals(mlo.person().id(), linking.link("app-mlo", mloPhone, mloCode).person(), storageName);

      Principal hanhApp = world.homewatch().principals().resolve("app-hanh").orElseThrow();
      Principal mloApp = world.homewatch().principals().resolve("app-mlo").orElseThrow();
      assertEquals(List.of(hanh.id(), pop.id()), world.homewatch().citizens().cases(hanhApp).stream()
          .map(CitizenCase::id).toList(), storageName);
      assertEquals(List.of(mlo.id()), world.homewatch().citizens().cases(mloApp).stream().map(CitizenCase::id)
          .toList(), storageName);
      assertThrows(AccessDeniedException.class, () -> world.homewatch().citizens().today(mloApp, pop.id()));
      assertThrows(AccessDeniedException.class, () -> world.homewatch().citizens().feedback(mloApp, hanh.id()));

      world.homewatch().declarations().submit(hanhApp, world.declaration(hanh, GiaLai.normalVitals()));
      Feedback asked = world.homewatch().feedback().submit(hanhApp, pop.id(), FeedbackTopic.MEDICINE, "Hết thuốc");
      world.homewatch().feedback().reply(GiaLai.NURSE_THI_TRAN, asked.id(), asked.version(), "Trạm mang đến ngay.");
      world.clock().advance(Duration.ofHours(8).plusMinutes(31));
      assertEquals(List.of(SlotStatus.ON_TIME, SlotStatus.MISSED, SlotStatus.PENDING), world.homewatch().citizens()
          .today(hanhApp, hanh.id()).slots().stream().map(TodaySlot::status).toList(), storageName);
      assertEquals("Trạm mang đến ngay.", world.homewatch().citizens().feedback(hanhApp, pop.id()).get(0)
          .replies().get(0).text(), storageName);

      linking.requestCode("app-new", mloPhone);
      world.clock().advance(Duration.ofMinutes(11));
      assertEquals(LinkingRefusedException.Reason.EXPIRED, refusal(linking, "app-new", mloPhone, code(world,
          mloPhone)), storageName);
      linking.requestCode("app-new", mloPhone);
      linking.requestCode("app-new", mloPhone); // the third within the hour
      assertEquals(LinkingRefusedException.Reason.TOO_MANY_REQUESTS, assertThrows(LinkingRefusedException.class,
          () -> linking.requestCode("app-new", mloPhone)).reason(), storageName);
      assertEquals(Optional.empty(), world.homewatch().principals().resolve("app-new"), storageName);
    }
  }
}

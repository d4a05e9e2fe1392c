package org.homewatch.examples.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.homewatch.core.Homewatch;
import org.homewatch.core.HomewatchJobs;
import org.homewatch.core.citizens.CitizenLinking;
import org.homewatch.core.jobs.BackgroundJob;
import org.homewatch.core.jobs.JobReport;
import org.homewatch.examples.EveryStorage;
import org.homewatch.model.AccountId;
import org.homewatch.model.Anonymisation;
import org.homewatch.model.AuditQuery;
import org.homewatch.model.CitizenLink;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.LinkCode;
import org.homewatch.model.NewCase;
import org.homewatch.model.PageRequest;
import org.homewatch.model.PhoneNumber;
import org.homewatch.spi.notification.Notification;
import org.homewatch.spi.storage.CitizenIdentityStore;
import org.homewatch.spi.storage.Storage;
import org.homewatch.test.GiaLai;
import org.homewatch.test.world.GiaLaiWorld;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The retention purge and the citizens' identities, through the public API on memory, H2 and PostgreSQL: one-time
 * codes (which keep a phone number) go once they expired more than the outbox retention ago, used or not, also those
 * sent to a number with no case, and with the case that last carried their phone; a person's citizen links go with the anonymisation of their last case, not before;
 * a fresh code still links afterwards.
 */
class RetentionOfCitizenIdentitiesTest {
  private static final byte[] SECRET = "a per-deployment secret of 32+ bytes".getBytes(StandardCharsets.UTF_8);
  private static final PhoneNumber NO_CASE_PHONE = new PhoneNumber("+84905999888");

  static Stream<Arguments> storages() {
    return EveryStorage.storages("retentioncitizens");
  }

  private static JobReport purge(Homewatch homewatch) {
    BackgroundJob job = HomewatchJobs.retentionPurge(homewatch);
    JobReport total = JobReport.EMPTY;
    for (int i = 0; i < 50; i++) {
      JobReport r = job.runBatch(GiaLai.SYSTEM, PageRequest.first(2)); // small batches: it goes on across them
      total = total.plus(r);
      if (!r.hasMore()) {
        return total;
      }
    }
    throw new AssertionError("the purge did not finish in 50 batches");
  }

  private static String code(GiaLaiWorld world, PhoneNumber phone) {
    world.homewatch().notifications().dispatch(GiaLai.SYSTEM, 100);
    List<Notification> sent = world.sms().sentTo(phone.e164()).stream()
        .filter(n -> n.templateKey().equals("citizen.code")).toList();
    return sent.get(sent.size() - 1).parameters().get("code");
  }

  private static Optional<LinkCode> storedCode(GiaLaiWorld world, PhoneNumber phone) {
    return world.storage().inTransaction(tx -> tx.store(CitizenIdentityStore.class).orElseThrow().latestCode(phone));
  }

  private static Optional<CitizenLink> storedLink(GiaLaiWorld world, String subject) {
    return world.storage().inTransaction(tx -> tx.store(CitizenIdentityStore.class).orElseThrow()
        .findLink(new AccountId(subject)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("storages")
  @DisplayName("after the purge no stored code holds the phone of a case closed more than 30 days ago (nor of a "
      + "number with no case); a person's link stays while one of their cases is kept and goes with the last; "
      + "another person's link stays; a fresh code still links; a second run changes nothing")
  void codesAndLinks(String name, Supplier<Storage> storage) {
    try (GiaLaiWorld world = GiaLaiWorld.builder().storage(storage.get())
        .homewatch(b -> b.citizenCodes(SECRET, GiaLai.PROVINCE)).build()) {
      Homewatch homewatch = world.homewatch();
      CitizenLinking linking = homewatch.citizenLinking();
      IsolationCase an = world.registerF2("Nguyễn Văn An", GiaLai.THI_TRAN_CHU_SE);
      IsolationCase binh = world.registerF2("Trần Thị Bình", GiaLai.THI_TRAN_CHU_SE);
      IsolationCase cuong = world.registerF2("Lê Văn Cường", GiaLai.THI_TRAN_CHU_SE);
      PhoneNumber cuongPhone = cuong.person().phone();
      PhoneNumber anPhone = an.person().phone();
      PhoneNumber binhPhone = binh.person().phone();
      linking.requestCode("app-an", anPhone);
      linking.link("app-an", anPhone, code(world, anPhone));
      linking.requestCode("app-an-tablet", anPhone); // never used
      linking.requestCode("app-binh", binhPhone);
      linking.link("app-binh", binhPhone, code(world, binhPhone));
      linking.requestCode("app-stranger", NO_CASE_PHONE);
      // An's first case closes; he is quarantined again the same day (same person): his link must outlive case 1
      homewatch.lifecycle().cancel(GiaLai.DISTRICT_SUPERVISOR, an.id(), an.version(), "nhập nhầm");
      homewatch.lifecycle().cancel(GiaLai.DISTRICT_SUPERVISOR, cuong.id(), cuong.version(), "nhập nhầm");
      IsolationCase again = homewatch.cases().register(GiaLai.ENROLLER,
          NewCase.of(an.person(), an.category(), GiaLai.DECISION, GiaLai.TODAY));

      world.clock().advance(Duration.ofDays(30));
      purge(homewatch);
      assertTrue(storedCode(world, anPhone).isPresent(), name + ": expired less than 30 days ago, kept");
      linking.requestCode("app-cuong", cuongPhone); // a closed case's phone may still ask, until it is erased
      code(world, cuongPhone); // sent, so that no pending message is left for a later run
      assertTrue(storedCode(world, cuongPhone).isPresent(), name);

      world.clock().advance(Duration.ofDays(1));
      JobReport first = purge(homewatch);
      assertEquals(5, first.count("linkCodesRemoved"), name + ": 4 expired, and Cường's with his case: " + first);
      assertEquals(2, first.count("anonymised"), name + ": " + first);
      assertEquals(0, first.count("citizenLinksRemoved"), name + ": An still has a case kept: " + first);
      for (PhoneNumber phone : List.of(anPhone, binhPhone, cuongPhone, NO_CASE_PHONE)) {
        assertEquals(Optional.empty(), storedCode(world, phone), name + ": a code row still holds " + phone);
      }
      assertEquals(an.person().id(), storedLink(world, "app-an").orElseThrow().person(), name);
      assertEquals(Optional.of(an.person().id()), homewatch.principals().resolve("app-an")
          .flatMap(p -> p.person()), name);

      IsolationCase againNow = homewatch.cases().get(GiaLai.NURSE_THI_TRAN, again.id());
      homewatch.lifecycle().cancel(GiaLai.DISTRICT_SUPERVISOR, again.id(), againNow.version(), "nhập nhầm");
      world.clock().advance(Duration.ofDays(31));
      JobReport second = purge(homewatch);
      assertEquals(1, second.count("anonymised"), name + ": " + second);
      assertEquals(1, second.count("citizenLinksRemoved"), name + ": " + second);
      assertEquals(Anonymisation.NAME, homewatch.cases().get(GiaLai.NURSE_THI_TRAN, again.id()).person().fullName(),
          name);
      assertEquals(Optional.empty(), storedLink(world, "app-an"), name + ": the erased person's link is gone");
      assertEquals(Optional.empty(), homewatch.principals().resolve("app-an"), name);
      assertEquals(binh.person().id(), storedLink(world, "app-binh").orElseThrow().person(), name);
      assertTrue(homewatch.principals().resolve("app-binh").isPresent(), name + ": Bình's case is kept");

      linking.requestCode("app-binh-phone", binhPhone);
      String fresh = code(world, binhPhone);
      assertEquals(0, purge(homewatch).examined(), name + ": a second run finds nothing (the fresh code is kept)");
      assertEquals(binh.person().id(), linking.link("app-binh-phone", binhPhone, fresh).person(), name);
      assertEquals(binh.person().id(), homewatch.principals().resolve("app-binh-phone").orElseThrow().person()
          .orElseThrow(), name);

      long codeRecords = homewatch.audit().query(GiaLai.ADMIN, AuditQuery.in(GiaLai.PROVINCE, GiaLai.START,
          world.clock().instant().plusSeconds(1)), PageRequest.first(200)).items().stream()
          .filter(e -> e.action().equals("retention.purge") && e.targetType().equals("linkCode")).count();
      assertTrue(codeRecords >= 1, name + ": the removal of codes is audited");
    }
  }
}

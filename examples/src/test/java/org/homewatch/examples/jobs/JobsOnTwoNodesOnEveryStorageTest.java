package org.homewatch.examples.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.homewatch.core.Homewatch;
import org.homewatch.core.alerts.AlertPolicy;
import org.homewatch.core.feedback.FeedbackDeadlineReport;
import org.homewatch.examples.EveryStorage;
import org.homewatch.model.Alert;
import org.homewatch.model.AlertEvent;
import org.homewatch.model.AlertKind;
import org.homewatch.model.FeedbackTopic;
import org.homewatch.model.GeoPoint;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.NewDeclaration;
import org.homewatch.model.PageRequest;
import org.homewatch.model.PresenceCheck;
import org.homewatch.model.Severity;
import org.homewatch.model.SpotCheck;
import org.homewatch.model.SpotCheckState;
import org.homewatch.spi.notification.Notification;
import org.homewatch.spi.storage.OptionalStore;
import org.homewatch.spi.storage.Storage;
import org.homewatch.test.GiaLai;
import org.homewatch.test.RecordingChannel;
import org.homewatch.test.ScriptedPresenceVerifier;
import org.homewatch.test.world.GiaLaiWorld;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 13's background work on two nodes: two {@code Homewatch} instances over one storage run the same job at the
 * same moment. Nothing is done twice: one FEEDBACK alert per case, one reminder and one escalation per acknowledged
 * alert, one settlement per spot check, on every storage.
 */
class JobsOnTwoNodesOnEveryStorageTest {
  private static final int CASES = 6;

  static Stream<Arguments> storages() {
    return EveryStorage.storages("twonodes");
  }

  /** The storage as a second node sees it: the first node's {@code Homewatch} closes it. */
  private static Storage shared(Storage storage) {
    return new Storage() {
      @Override
      public <T> T inTransaction(TransactionWork<T> work) {
        return storage.inTransaction(work);
      }

      @Override
      public Set<Class<? extends OptionalStore>> optionalStores() {
        return storage.optionalStores();
      }

      @Override
      public void close() {}
    };
  }

  private static GiaLaiWorld world(Supplier<Storage> storage) {
    return GiaLaiWorld.builder().storage(storage.get()).homewatch(b -> b.presenceVerifier(
        new ScriptedPresenceVerifier()).presenceVerificationTimeout(Duration.ofSeconds(5))).build();
  }

  private static Homewatch secondNode(GiaLaiWorld world) {
    return Homewatch.builder().storage(shared(world.storage())).clock(world.clock())
        .channel(new RecordingChannel(GiaLaiWorld.STAFF_CHANNEL)).channel(new RecordingChannel("sms"))
        .presenceVerifier(new ScriptedPresenceVerifier()).presenceVerificationTimeout(Duration.ofSeconds(5)).build();
  }

  private static List<IsolationCase> cases(GiaLaiWorld world) {
    List<IsolationCase> cases = new ArrayList<>();
    for (int i = 0; i < CASES; i++) {
      cases.add(world.registerF2("Người thứ " + i, GiaLai.THI_TRAN_CHU_SE));
    }
    return cases;
  }

  /** Runs {@code job} on both nodes at the same moment; their results, first node first. */
  private static <T> List<T> atOnce(GiaLaiWorld world, Homewatch second, Function<Homewatch, T> job)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<T>> futures = new ArrayList<>();
      for (Homewatch node : List.of(world.homewatch(), second)) {
        Callable<T> run = () -> {
          start.await();
          return job.apply(node);
        };
        futures.add(pool.submit(run));
      }
      start.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> f : futures) {
        results.add(f.get(60, TimeUnit.SECONDS));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<Alert> alertsOf(GiaLaiWorld world, IsolationCase c, AlertKind kind) {
    return world.storage().inTransaction(tx -> tx.alerts().listForCase(c.id())).stream()
        .filter(a -> a.kind() == kind).toList();
  }

  /** Delivers everything and returns the templates the commune's nurse received. */
  private static List<String> nursePages(GiaLaiWorld world) {
    world.homewatch().notifications().drain(GiaLai.SYSTEM, 1000, 10);
    return world.staffChannel().sentTo(GiaLai.NURSE_THI_TRAN.account().value()).stream()
        .map(Notification::templateKey).toList();
  }

  private static long count(List<String> templates, String template) {
    return templates.stream().filter(template::equals).count();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("storages")
  @DisplayName("two nodes raising the feedback deadline at the same moment open one FEEDBACK alert per case and "
      + "page the nurse once for it, also when each node starts at another of a case's two unanswered items")
  void feedbackDeadlineOnce(String name, Supplier<Storage> storage) throws Exception {
    try (GiaLaiWorld world = world(storage); Homewatch second = secondNode(world)) {
      for (IsolationCase c : cases(world)) {
        for (int i = 0; i < 2; i++) {
          world.clock().advance(Duration.ofSeconds(1));
          world.homewatch().feedback().submit(world.citizen(c), c.id(), FeedbackTopic.MEDICINE, "Hết thuốc " + i);
        }
      }
      // The cursor after the first item, for the node that starts one item further on.
      Optional<String> afterFirst = world.homewatch().feedback().raiseUnanswered(GiaLai.SYSTEM, PageRequest.first(1))
          .next();
      List<String> before = nursePages(world);
      world.clock().advance(Homewatch.Builder.DEFAULT_FEEDBACK_ANSWER_WITHIN.plusMinutes(1));

      List<Integer> raised = atOnce(world, second, node -> {
        PageRequest page = node == second ? new PageRequest(afterFirst, 1) : PageRequest.first(1);
        int total = 0;
        while (true) {
          FeedbackDeadlineReport r = node.feedback().raiseUnanswered(GiaLai.SYSTEM, page);
          total += r.raised();
          if (r.next().isEmpty()) {
            return total;
          }
          page = new PageRequest(r.next(), 1);
        }
      });

      List<Alert> feedbackAlerts = world.storage().inTransaction(tx -> tx.alerts().list(
          org.homewatch.model.AlertQuery.active(GiaLai.PROVINCE), PageRequest.first(1000))).items().stream()
          .filter(a -> a.kind() == AlertKind.FEEDBACK).toList();
      assertEquals(CASES, feedbackAlerts.size(), name + ": FEEDBACK alerts of the cases "
          + feedbackAlerts.stream().map(Alert::caseId).toList());
      assertEquals(CASES, feedbackAlerts.stream().map(Alert::caseId).distinct().count(), name);
      assertEquals(CASES, raised.get(0) + raised.get(1), name + ": " + raised);
      List<String> after = nursePages(world);
      assertEquals(CASES, count(after, "alert.opened") - count(before, "alert.opened"), name + ": pages " + after);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("storages")
  @DisplayName("two nodes escalating and following up at the same moment: each unacknowledged alert goes up one "
      + "level once; each acknowledged one past its resolve time is reminded once, then escalates unresolved once")
  void alertFollowUpOnce(String name, Supplier<Storage> storage) throws Exception {
    try (GiaLaiWorld world = world(storage); Homewatch second = secondNode(world)) {
      List<Alert> opened = new ArrayList<>();
      for (IsolationCase c : cases(world)) {
        opened.add(world.homewatch().declarations().submit(world.citizen(c), world.declaration(c, GiaLai.spo2(92)))
            .alert().orElseThrow());
      }
      List<Alert> taken = opened.subList(0, CASES / 2);
      for (Alert a : taken) {
        world.homewatch().alerts().acknowledge(GiaLai.NURSE_THI_TRAN, a.id(), a.version());
      }
      Severity severity = opened.get(0).severity();
      Duration ack = AlertPolicy.defaults().acknowledgeWithin(severity);
      Duration resolve = AlertPolicy.defaults().resolveWithin(severity);
      world.clock().advance(ack.compareTo(resolve) > 0 ? ack : resolve);
      world.clock().advance(Duration.ofMinutes(1));

      atOnce(world, second, node -> node.alerts().escalateOverdue(GiaLai.SYSTEM, 1000));
      atOnce(world, second, node -> node.alerts().followUpUnresolved(GiaLai.SYSTEM, 1000));
      for (Alert a : opened) {
        Alert now = world.homewatch().alerts().get(GiaLai.PROVINCE_SUPERVISOR, a.id());
        long reminded = now.history().stream().filter(e -> e.kind() == AlertEvent.Kind.REMINDED).count();
        long escalated = now.history().stream().filter(e -> e.kind() == AlertEvent.Kind.ESCALATED).count();
        if (taken.contains(a)) {
          assertEquals(List.of(1L, 0L), List.of(reminded, escalated), name + " acknowledged: " + now.history());
        } else {
          assertEquals(List.of(0L, 1L, 1), List.of(reminded, escalated, now.escalationLevel()),
              name + " unacknowledged: " + now.history());
        }
      }
      List<String> pages = nursePages(world);
      assertEquals(CASES / 2, count(pages, "alert.resolveReminder"), name + ": " + pages);

      world.clock().advance(ack.plusMinutes(1));
      atOnce(world, second, node -> node.alerts().followUpUnresolved(GiaLai.SYSTEM, 1000));
      for (Alert a : taken) {
        Alert now = world.homewatch().alerts().get(GiaLai.PROVINCE_SUPERVISOR, a.id());
        assertEquals(1, now.escalationLevel(), name + ": " + now.history());
        assertEquals(1, now.history().stream().filter(e -> e.kind() == AlertEvent.Kind.ESCALATED).count(), name);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("storages")
  @DisplayName("two nodes settling spot checks at the same moment settle each once, with one PRESENCE_FAILED "
      + "alert for each failed one and one result in the case history")
  void spotChecksSettledOnce(String name, Supplier<Storage> storage) throws Exception {
    try (GiaLaiWorld world = world(storage); Homewatch second = secondNode(world)) {
      List<IsolationCase> cases = cases(world);
      world.clock().advance(Duration.ofHours(1));
      for (int i = 0; i < cases.size(); i++) {
        IsolationCase c = cases.get(i);
        world.homewatch().spotChecks().request(GiaLai.NURSE_THI_TRAN, c.id());
        NewDeclaration d = world.declaration(c, GiaLai.normalVitals());
        world.homewatch().declarations().submit(world.citizen(c), new NewDeclaration(d.id(), d.caseId(),
            d.observedAt(), d.vitals(), d.symptoms(), Optional.empty(), Optional.of(GeoPoint.of(13.70, 108.08)),
            Optional.of(new PresenceCheck(PresenceCheck.Result.PASSED, "app",
                Optional.of((i % 2 == 0 ? "pass-" : "fail-") + i)))));
      }
      world.clock().advance(Duration.ofMinutes(31));
      atOnce(world, second, node -> node.spotChecks().settleDue(GiaLai.SYSTEM, PageRequest.first(1000)));

      for (int i = 0; i < cases.size(); i++) {
        IsolationCase c = cases.get(i);
        List<SpotCheck> checks = world.homewatch().spotChecks().history(GiaLai.NURSE_THI_TRAN, c.id());
        assertEquals(List.of(i % 2 == 0 ? SpotCheckState.PASSED : SpotCheckState.FAILED),
            checks.stream().map(SpotCheck::state).toList(), name);
        assertEquals(i % 2 == 0 ? 0 : 1, alertsOf(world, c, AlertKind.PRESENCE_FAILED).size(), name);
        IsolationCase after = world.homewatch().cases().get(GiaLai.NURSE_THI_TRAN, c.id());
        assertEquals(1, after.history().stream().filter(h -> h.kind().name().startsWith("SPOT_CHECK_")
            && !h.kind().name().equals("SPOT_CHECK_REQUESTED")).count(), name + ": " + after.history());
      }
    }
  }
}

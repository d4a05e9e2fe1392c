package org.homewatch.examples.probes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.homewatch.ConflictException;
import org.homewatch.HomewatchException;
import org.homewatch.ValidationException;
import org.homewatch.core.Homewatch;
import org.homewatch.core.cases.CaseCorrection;
import org.homewatch.examples.EveryStorage;
import org.homewatch.model.Account;
import org.homewatch.model.AccountQuery;
import org.homewatch.model.AuditQuery;
import org.homewatch.model.CaseQuery;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.PageRequest;
import org.homewatch.model.PhoneNumber;
import org.homewatch.model.Role;
import org.homewatch.spi.notification.DeliveryResult;
import org.homewatch.spi.storage.OutboxMessage;
import org.homewatch.spi.storage.Storage;
import org.homewatch.test.GiaLai;
import org.homewatch.test.world.GiaLaiWorld;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The staff side of issue 13 probed from outside, as a careless integrator, a crash or an attacker would meet it, on
 * memory, H2 and PostgreSQL: forged cursors, extreme periods, and the same change raced on two {@code Homewatch}
 * instances over one storage. Each is a clear {@link HomewatchException} subtype naming the field, or exactly one
 * winner, never a storage error or a change half made.
 */
class StaffProbesOnEveryStorageTest {
  static Stream<Arguments> storages() {
    return EveryStorage.storages("probestaff");
  }

  private static String encoded(String text) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  /** Cursors no storage issued: NUL and control characters inside Base64, a bare NUL, another list's shape. */
  private static final List<String> FORGED = List.of(encoded("64\u0000\nx"), encoded("64\n\u0000"),
      encoded("\u0000"), encoded("\u0000|\u0000"), "\u0000", encoded("64/633\nsystem\u0000"),
      encoded("2021-08-16T01:00:00Z|\u0000"), encoded("\uD800"), "\u001b[2J", "x".repeat(10_000),
      encoded("x".repeat(5_000)));

  private static void refusedOnAfter(String list, String cursor, Runnable read) {
    HomewatchException e = assertThrows(HomewatchException.class, read::run,
        () -> list + " accepted the cursor " + cursor);
    assertTrue(e instanceof ValidationException v && v.concerns("after"),
        () -> list + " refused " + cursor + " with " + e);
    // portals log refusals: what was sent must not forge a log line nor flood it
    assertTrue(e.getMessage().chars().noneMatch(ch -> ch < 0x20 || (ch >= 0x7f && ch <= 0x9f)),
        () -> list + " quoted a control character: " + e.getMessage());
    assertTrue(e.getMessage().length() < 2 * PageRequest.MAX_CURSOR_LENGTH,
        () -> list + " quoted " + e.getMessage().length() + " characters");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("storages")
  @DisplayName("forged cursors (NUL or control characters inside or bare, 10,000 characters) on the account list, the "
      + "audit query, failed deliveries and the line list are ValidationExceptions on 'after' on every storage, "
      + "whose messages quote no control character and no flood")
  void forgedCursors(String storageName, Supplier<Storage> storage) {
    try (GiaLaiWorld world = GiaLaiWorld.builder().storage(storage.get()).build()) {
      world.registerF2("Rơ Mah H'Hen", GiaLai.THI_TRAN_CHU_SE);
      Homewatch h = world.homewatch();
      Instant from = GiaLai.START.minusSeconds(3600);
      Instant to = GiaLai.START.plusSeconds(3600);
      for (String cursor : FORGED) {
        Supplier<PageRequest> pageOf = () -> new PageRequest(Optional.of(cursor), 10);
        refusedOnAfter(storageName + " accounts.list", cursor,
            () -> h.accounts().list(GiaLai.ADMIN, AccountQuery.in(GiaLai.PROVINCE), pageOf.get()));
        refusedOnAfter(storageName + " audit.query", cursor,
            () -> h.audit().query(GiaLai.ADMIN, AuditQuery.in(GiaLai.PROVINCE, from, to), pageOf.get()));
        refusedOnAfter(storageName + " failedDeliveries.list", cursor,
            () -> h.failedDeliveries().list(GiaLai.ADMIN, GiaLai.PROVINCE, pageOf.get()));
        refusedOnAfter(storageName + " lineList(search)", cursor, () -> h.cases().lineList(GiaLai.NURSE_THI_TRAN,
            CaseQuery.in(GiaLai.THI_TRAN_CHU_SE).searching("ro mah"), pageOf.get()));
        refusedOnAfter(storageName + " lineList", cursor, () -> h.cases().lineList(GiaLai.NURSE_THI_TRAN,
            CaseQuery.in(GiaLai.THI_TRAN_CHU_SE), pageOf.get()));
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("storages")
  @DisplayName("an audit query from year 1 to year 9999 serves the events on every storage; Instant.MIN or MAX, or a "
      + "reversed period, is a ValidationException naming the bound, never a storage error")
  void auditPeriodExtremes(String storageName, Supplier<Storage> storage) {
    try (GiaLaiWorld world = GiaLaiWorld.builder().storage(storage.get()).build()) {
      world.registerF2("Rơ Mah H'Hen", GiaLai.THI_TRAN_CHU_SE);
      Homewatch h = world.homewatch();
      for (AuditQuery wide : List.of(AuditQuery.in(GiaLai.PROVINCE, AuditQuery.EARLIEST, AuditQuery.LATEST),
          AuditQuery.in(GiaLai.PROVINCE, Instant.parse("0001-01-01T00:00:00Z"),
              Instant.parse("9999-12-31T23:59:59.999999999Z")))) {
        assertTrue(h.audit().query(GiaLai.ADMIN, wide, PageRequest.first(1000)).items().stream()
            .anyMatch(e -> e.action().equals("case.register")), storageName);
      }
      // Instant.MIN lies a billion years back: no JDBC driver binds it (a DateTimeException on H2 and PostgreSQL)
      ValidationException min = assertThrows(ValidationException.class, () -> h.audit().query(GiaLai.ADMIN,
          AuditQuery.in(GiaLai.PROVINCE, Instant.MIN, GiaLai.START), PageRequest.first(10)));
      assertTrue(min.concerns("from"), min.getMessage());
      ValidationException max = assertThrows(ValidationException.class, () -> h.audit().query(GiaLai.ADMIN,
          AuditQuery.in(GiaLai.PROVINCE, GiaLai.START, Instant.MAX), PageRequest.first(10)));
      assertTrue(max.concerns("to"), max.getMessage());
      assertThrows(ValidationException.class, () -> AuditQuery.in(GiaLai.PROVINCE, GiaLai.START,
          GiaLai.START.minusSeconds(1)));
    }
  }

  /** Runs both calls at once, each on its own thread; returns what each gave or threw. */
  private static List<Object> race(Callable<?> first, Callable<?> second) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Object>> futures = new ArrayList<>();
      for (Callable<?> call : List.of(first, second)) {
        futures.add(pool.submit(() -> {
          go.await();
          try {
            return call.call();
          } catch (HomewatchException e) {
            return e;
          }
        }));
      }
      go.countDown();
      List<Object> outcomes = new ArrayList<>();
      for (Future<Object> f : futures) {
        outcomes.add(f.get());
      }
      return outcomes;
    } finally {
      pool.shutdownNow();
    }
  }

  /** A second {@code Homewatch} over the world's storage, as a second portal node would be. */
  private static Homewatch secondNode(GiaLaiWorld world) {
    return Homewatch.builder().storage(world.storage()).channel(world.staffChannel()).channel(world.sms())
        .clock(world.clock()).build();
  }

  private static void oneWinsOneConflicts(String what, List<Object> outcomes) {
    long won = outcomes.stream().filter(o -> !(o instanceof HomewatchException)).count();
    long conflicts = outcomes.stream().filter(ConflictException.class::isInstance).count();
    assertEquals(List.of(1L, 1L), List.of(won, conflicts), () -> what + ": " + outcomes);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("storages")
  @DisplayName("the same correction, account change and re-queue raced on two Homewatch nodes over one storage: "
      + "exactly one wins, the other is a ConflictException, and the message is sent once")
  void racesOnTwoNodes(String storageName, Supplier<Storage> storage) throws Exception {
    try (GiaLaiWorld world = GiaLaiWorld.builder().storage(storage.get()).build()) {
      Homewatch a = world.homewatch();
      Homewatch b = secondNode(world);
      for (int round = 0; round < 5; round++) {
        IsolationCase c = world.registerF2("Rơ Mah H'Hen " + round, GiaLai.THI_TRAN_CHU_SE);
        Function<Homewatch, Callable<IsolationCase>> correct = h -> () -> h.corrections().correct(
            GiaLai.NURSE_THI_TRAN, c.id(), c.version(), new CaseCorrection.Phone(PhoneNumber.parse(
                h == a ? "0912 000 001" : "0912 000 002")), "gõ nhầm");
        oneWinsOneConflicts(storageName + " correction", race(correct.apply(a), correct.apply(b)));
        IsolationCase after = a.cases().get(GiaLai.NURSE_THI_TRAN, c.id());
        assertEquals(c.version() + 1, after.version(), storageName);
        assertEquals(c.history().size() + 1, after.history().size(), storageName);

        Account nurse = a.accounts().create(GiaLai.ADMIN, Account.staff("nurse-" + round, "Y tá " + round,
            GiaLai.IA_TIEM, Role.MONITOR));
        Function<Homewatch, Callable<Account>> deactivate = h -> () -> h.accounts().deactivate(GiaLai.ADMIN,
            nurse.id(), nurse.version(), "nghỉ việc");
        Function<Homewatch, Callable<Account>> transfer = h -> () -> h.accounts().transfer(GiaLai.ADMIN,
            nurse.id(), GiaLai.THI_TRAN_CHU_SE, nurse.version(), "chuyển trạm");
        oneWinsOneConflicts(storageName + " account", race(deactivate.apply(a), transfer.apply(b)));
        assertEquals(nurse.version() + 1, a.accounts().find(GiaLai.ADMIN, nurse.id()).orElseThrow().version());
      }

      IsolationCase sick = world.registerF2("Kpă Thị Lan", GiaLai.THI_TRAN_CHU_SE);
      a.declarations().submit(world.citizen(sick), world.declaration(sick, GiaLai.spo2(88)));
      world.staffChannel().answerNext(DeliveryResult.permanentFailure("hết tiền"), DeliveryResult.permanentFailure(
          "hết tiền"), DeliveryResult.permanentFailure("hết tiền"), DeliveryResult.permanentFailure("hết tiền"));
      a.notifications().dispatch(GiaLai.SYSTEM, 100);
      List<OutboxMessage> failed = a.failedDeliveries().list(GiaLai.ADMIN, GiaLai.PROVINCE, PageRequest.first(10))
          .items();
      assertTrue(!failed.isEmpty(), storageName);
      OutboxMessage message = failed.get(0);
      java.util.function.LongSupplier sentOfMessage = () -> world.staffChannel().sent().stream()
          .filter(n -> n.idempotencyKey().equals(message.notification().idempotencyKey())).count();
      long sentBefore = sentOfMessage.getAsLong();
      oneWinsOneConflicts(storageName + " requeue", race(() -> a.failedDeliveries().requeue(GiaLai.ADMIN,
          message.id()), () -> b.failedDeliveries().requeue(GiaLai.ADMIN, message.id())));
      race(() -> a.notifications().dispatch(GiaLai.SYSTEM, 100), () -> b.notifications().dispatch(GiaLai.SYSTEM,
          100));
      assertEquals(1, sentOfMessage.getAsLong() - sentBefore, storageName);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("storages")
  @DisplayName("a name correction raced through two cases of one person (each written to the other too) on two nodes: "
      + "exactly one wins, the other is a ConflictException, and both cases carry the same name and one entry")
  void samePersonRacedThroughBothCases(String storageName, Supplier<Storage> storage) throws Exception {
    try (GiaLaiWorld world = GiaLaiWorld.builder().storage(storage.get()).build()) {
      Homewatch a = world.homewatch();
      Homewatch b = secondNode(world);
      for (int round = 0; round < 4; round++) {
        IsolationCase first = world.registerF2("Rơ Mah H'Hen", GiaLai.THI_TRAN_CHU_SE);
        IsolationCase cancelled = a.lifecycle().cancel(GiaLai.NURSE_THI_TRAN, first.id(), first.version(),
            "đăng ký nhầm ngày");
        IsolationCase second = a.cases().register(GiaLai.ENROLLER, org.homewatch.model.NewCase.of(first.person(),
            org.homewatch.model.CaseCategory.F2, GiaLai.DECISION, GiaLai.TODAY));
        List<Object> outcomes = race(() -> a.corrections().correct(GiaLai.NURSE_THI_TRAN, cancelled.id(),
            cancelled.version(), new CaseCorrection.FullName("Rơ Mah H'Hen A"), "theo CCCD"),
            () -> b.corrections().correct(GiaLai.NURSE_THI_TRAN, second.id(), second.version(),
                new CaseCorrection.FullName("Rơ Mah H'Hen B"), "theo CCCD"));
        oneWinsOneConflicts(storageName + " round " + round, outcomes);
        IsolationCase one = a.cases().get(GiaLai.NURSE_THI_TRAN, cancelled.id());
        IsolationCase two = a.cases().get(GiaLai.NURSE_THI_TRAN, second.id());
        assertEquals(one.person().fullName(), two.person().fullName(), storageName);
        assertEquals(List.of(cancelled.version() + 1, second.version() + 1), List.of(one.version(), two.version()),
            storageName);
        world.clock().advance(java.time.Duration.ofMinutes(1));
      }
    }
  }

  /** Texts a search box receives: patterns, quotes, folding traps, surrogates, controls, lengths around the limit. */
  private static final List<String> SEARCH_TEXTS = List.of("%", "_", "\\", "%_\\", "r%", "r_", "'; DROP TABLE hw_case; --",
      "\u0130", "\u00df", "\uD835\uDCDD\uD835\uDCF0", "ro\u0301\u0301\u0301", "\u3000ro\u3000mah\u3000", "r".repeat(100),
      "r".repeat(101), "\u0000", "ro\u0000", "\u202erom", "ro\u0085", "\uD800", "0", "+", "++84", "(((", "0".repeat(100), " ",
      "\u0301", "064190001234", "+84 905 111 222", "84905111222");

  @ParameterizedTest(name = "{0}")
  @MethodSource("storages")
  @DisplayName("whatever a search box sends, the line list answers a page of the people it names, or a "
      + "ValidationException naming 'search', alike on every storage; % and _ are letters; roles without line lists "
      + "are refused")
  void searchTexts(String storageName, Supplier<Storage> storage) {
    try (GiaLaiWorld world = GiaLaiWorld.builder().storage(storage.get()).build()) {
      IsolationCase c = world.registerF2("Rơ Mah H'Hen", GiaLai.THI_TRAN_CHU_SE);
      Homewatch h = world.homewatch();
      List<String> answers = new ArrayList<>();
      for (String text : SEARCH_TEXTS) {
        String shown = text.length() > 20 ? text.substring(0, 3) + "…(" + text.length() + ")" : text;
        try {
          List<String> found = h.cases().lineList(GiaLai.NURSE_THI_TRAN, CaseQuery.in(GiaLai.THI_TRAN_CHU_SE)
              .searching(text), PageRequest.first(10)).items().stream().map(x -> x.name()).toList();
          answers.add(shown + " -> " + found);
        } catch (HomewatchException e) {
          assertTrue(e instanceof ValidationException v && v.concerns("search"), () -> storageName + " '" + shown
              + "': " + e);
          answers.add(shown + " -> refused");
        }
      }
      List<String> onMemory = EXPECTED_SEARCH_ANSWERS.computeIfAbsent("answers", k -> answers);
      assertEquals(onMemory, answers, storageName + " answered otherwise than memory");
      assertTrue(answers.stream().filter(a -> a.contains("Rơ Mah")).allMatch(a -> a.startsWith("r") || a.startsWith(
          "\u3000")), () -> "only texts that name her find her: " + answers);
      assertEquals(List.of("Rơ Mah H'Hen"), h.cases().lineList(GiaLai.NURSE_THI_TRAN,
          CaseQuery.in(GiaLai.THI_TRAN_CHU_SE).searching(c.person().phone().e164()), PageRequest.first(10)).items()
          .stream().map(x -> x.name()).toList());
      for (org.homewatch.model.Principal noList : List.of(GiaLai.ENROLLER, org.homewatch.model.Principal.staff(
          new org.homewatch.model.AccountId("so-tttt"), GiaLai.PROVINCE, Role.REPORT_VIEWER), world.citizen(c))) {
        assertThrows(org.homewatch.AccessDeniedException.class, () -> h.cases().lineList(noList,
            CaseQuery.in(GiaLai.THI_TRAN_CHU_SE).searching("ro mah"), PageRequest.first(10)));
      }
    }
  }

  /** What memory, the first storage run, answered: H2 and PostgreSQL must answer the same. */
  private static final java.util.Map<String, List<String>> EXPECTED_SEARCH_ANSWERS =
      new java.util.concurrent.ConcurrentHashMap<>();

  @ParameterizedTest(name = "{0}")
  @MethodSource("storages")
  @DisplayName("the same new account created on two nodes at once, and two updates from one version: exactly one "
      + "wins, the other is a ConflictException, and the stored account is the winner's")
  void accountCreatedAndUpdatedOnTwoNodes(String storageName, Supplier<Storage> storage) throws Exception {
    try (GiaLaiWorld world = GiaLaiWorld.builder().storage(storage.get()).build()) {
      Homewatch a = world.homewatch();
      Homewatch b = secondNode(world);
      for (int round = 0; round < 5; round++) {
        String id = "yta-moi-" + round;
        Function<String, Account> named = name -> Account.staff(id, name, GiaLai.IA_TIEM, Role.MONITOR);
        List<Object> created = race(() -> a.accounts().create(GiaLai.ADMIN, named.apply("Y tá A")),
            () -> b.accounts().create(GiaLai.ADMIN, named.apply("Y tá B")));
        oneWinsOneConflicts(storageName + " create", created);
        Account winner = (Account) created.stream().filter(Account.class::isInstance).findFirst().orElseThrow();
        Account stored = a.accounts().find(GiaLai.ADMIN, winner.id()).orElseThrow();
        assertEquals(winner, stored, storageName);

        Function<String, Account> renamed = name -> new Account(stored.id(), name, stored.roles(), stored.scope(),
            stored.contactPoints(), false, true, stored.version() + 1);
        List<Object> updated = race(() -> a.accounts().update(GiaLai.ADMIN, renamed.apply("Y tá Lan"),
            stored.version()), () -> b.accounts().update(GiaLai.ADMIN, renamed.apply("Y tá Hoa"), stored.version()));
        oneWinsOneConflicts(storageName + " update", updated);
        Account updateWinner = (Account) updated.stream().filter(Account.class::isInstance).findFirst().orElseThrow();
        assertEquals(updateWinner, a.accounts().find(GiaLai.ADMIN, stored.id()).orElseThrow(), storageName);
      }
    }
  }
}

package org.homewatch.storage.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.homewatch.model.AccountId;
import org.homewatch.model.AuditEvent;
import org.homewatch.model.AuditEventId;
import org.homewatch.model.AuditQuery;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.Page;
import org.homewatch.model.PageRequest;
import org.homewatch.spi.storage.AuditStore;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Reading the audit trail ({@link AuditStore#query}): by unit subtree and period, by actor, by target, and both,
 * exactly the matching events, oldest first, across pages; the interface's default (what a storage written before
 * the method gets) keeps the same rules.
 */
abstract class AuditQueryContract extends StoreContract {
  private static final List<AccountId> ACTORS =
      List.of(new AccountId("yta-a"), new AccountId("yta_b"), new AccountId("giamsat-1"));
  private static final List<String> CASES =
      List.of("8f0e7c1a-0000-4000-8000-000000000001", "8f0e7c1a-0000-4000-8000-000000000002");

  AuditQueryContract(StorageCompatibilityKit kit) {
    super(kit);
  }

  /** Events by a few actors about a few targets (cases and one alert), in the given units, ties in time common. */
  static Gen<AuditEvent> events(Gen<JurisdictionPath> units) {
    return units.zip(ModelGenerators.instantsWithin(240), integers().between(0, ACTORS.size() - 1),
        integers().between(0, CASES.size()), (unit, at, actor, target) -> new AuditEvent(AuditEventId.random(), at,
            ACTORS.get(actor), "case.read", target < CASES.size() ? "case" : "alert",
            target < CASES.size() ? CASES.get(target) : CASES.get(0), unit, Map.of()));
  }

  /** A query of the scope with a period and, perhaps, an actor and a target. */
  static Gen<AuditQuery> queries(JurisdictionPath scope) {
    return ModelGenerators.instantsWithin(240).zip(integers().between(1, 240),
        Generate.pick(ACTORS).toOptionals(50), integers().between(0, CASES.size()).toOptionals(50),
        (from, minutes, actor, target) -> {
          AuditQuery q = AuditQuery.in(scope, from, from.plus(Duration.ofMinutes(minutes)));
          AuditQuery byActor = actor.map(q::by).orElse(q);
          return target.map(t -> t < CASES.size() ? byActor.about("case", CASES.get(t))
              : byActor.about("alert", CASES.get(0))).orElse(byActor);
        });
  }

  @Test
  @DisplayName("audit.query serves exactly the events of the scope, period, actor and target asked, oldest first, "
      + "across pages (property)")
  void queryProperty() {
    check(false);
  }

  @Test
  @DisplayName("the default audit.query, built on audit.list, serves the same events (property)")
  void defaultQueryProperty() {
    check(true);
  }

  private void check(boolean viaDefault) {
    qt().withExamples(60)
        .forAll(ScopedPagingContract.scenes(AuditQueryContract::events)
                .flatMap(scene -> queries(scene.scope()).map(q -> Map.entry(scene, q))),
            ModelGenerators.pageLimits())
        .checkAssert((sceneAndQuery, limit) -> {
          ScopedPagingContract.Scene<AuditEvent> scene = sceneAndQuery.getKey();
          AuditQuery query = sceneAndQuery.getValue();
          write(tx -> scene.records().forEach(tx.audit()::append));
          List<AuditEvent> expected = scene.records().stream().filter(query::matches).toList();

          List<AuditEvent> served = allPages(page -> read(tx -> (viaDefault ? defaultsOnly(tx.audit())
              : tx.audit()).query(query, page)), limit, expected.size());

          assertEquals(expected.size(), served.size(), () -> query + ": served " + served + " expected " + expected);
          assertEquals(Set.copyOf(expected), Set.copyOf(served));
          List<Instant> times = served.stream().map(AuditEvent::at).toList();
          assertEquals(times.stream().sorted().toList(), times, "oldest first");
        });
  }

  @Test
  @DisplayName("the period ends before its end: an event at the query's 'to' is not served, one at 'from' is")
  void periodIsHalfOpen() {
    AuditEvent atFrom = Samples.auditEvent(Samples.CHU_SE_TOWN, Samples.T0);
    AuditEvent atTo = Samples.auditEvent(Samples.CHU_SE_TOWN, Samples.T0.plusSeconds(60));
    write(tx -> tx.audit().appendAll(List.of(atFrom, atTo)));
    Page<AuditEvent> page = read(tx -> tx.audit().query(AuditQuery.in(Samples.GIA_LAI, Samples.T0,
        Samples.T0.plusSeconds(60)), PageRequest.first(10)));
    assertEquals(List.of(atFrom), page.items());
    assertTrue(page.next().isEmpty() || read(tx -> tx.audit().query(AuditQuery.in(Samples.GIA_LAI, Samples.T0,
        Samples.T0.plusSeconds(60)), PageRequest.first(10).next(page))).items().isEmpty());
  }

  /** The storage's audit store with its own {@code query} hidden, so that the interface's default runs. */
  private static AuditStore defaultsOnly(AuditStore store) {
    return new AuditStore() {
      @Override
      public void append(AuditEvent event) {
        store.append(event);
      }

      @Override
      public Page<AuditEvent> list(JurisdictionPath scope, Instant since, PageRequest page) {
        return store.list(scope, since, page);
      }
    };
  }
}

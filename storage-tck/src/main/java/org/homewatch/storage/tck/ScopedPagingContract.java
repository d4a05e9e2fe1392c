package org.homewatch.storage.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.homewatch.model.Alert;
import org.homewatch.model.AlertKind;
import org.homewatch.model.AlertQuery;
import org.homewatch.model.AlertStatus;
import org.homewatch.model.AuditEvent;
import org.homewatch.model.CaseCategory;
import org.homewatch.model.CaseId;
import org.homewatch.model.CaseQuery;
import org.homewatch.model.CaseStatus;
import org.homewatch.model.Feedback;
import org.homewatch.model.FeedbackStatus;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.JurisdictionScheme;
import org.homewatch.model.PageRequest;
import org.homewatch.model.Severity;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Every scoped list, as a property: records spread over the communes of a fresh province (and over decoy units just
 * outside it), paged through with a random small limit, give exactly the records inside the scope that match the
 * query, in the documented order, none twice, none lost.
 */
abstract class ScopedPagingContract extends StoreContract {
  private static final int EXAMPLES = 60;
  private static final int MAX_RECORDS = 40;

  ScopedPagingContract(StorageCompatibilityKit kit) {
    super(kit);
  }

  /** Records in one area and a scope in or around it. */
  record Scene<T>(List<T> records, JurisdictionPath scope) {}

  static <T> Gen<Scene<T>> scenes(Function<Gen<JurisdictionPath>, Gen<T>> records) {
    return ModelGenerators.areas().flatMap(area -> lists().of(records.apply(ModelGenerators.communesOf(area)))
        .ofSizeBetween(0, MAX_RECORDS).zip(ModelGenerators.scopesOf(area), Scene::new));
  }

  @Test
  @DisplayName("cases.list serves exactly the matching cases inside the scope, by case id, across pages (property)")
  void casesProperty() {
    Gen<CaseQuery> noScopeYet = ModelGenerators.subsets(CaseStatus.class).zip(ModelGenerators.subsets(
        CaseCategory.class), Generate.enumValues(Severity.class).toOptionals(40),
        (statuses, categories, severity) -> new CaseQuery(Samples.GIA_LAI, statuses, categories, severity));
    qt().withExamples(EXAMPLES)
        .forAll(scenes(ModelGenerators::cases), noScopeYet, ModelGenerators.pageLimits())
        .checkAssert((scene, template, limit) -> {
          CaseQuery query = new CaseQuery(scene.scope(), template.statuses(), template.categories(),
              template.minimumLatestSeverity());
          write(tx -> scene.records().forEach(tx.cases()::insert));
          List<IsolationCase> expected = scene.records().stream().filter(query::matches)
              .sorted(Comparator.comparing(IsolationCase::id)).toList();

          List<IsolationCase> served = allPages(page -> read(tx -> tx.cases().list(query, page)), limit,
              expected.size());

          assertEquals(ids(expected, IsolationCase::id), ids(served, IsolationCase::id));
          assertEquals(expected, served);
        });
  }

  @Test
  @DisplayName("alerts.list serves exactly the matching alerts inside the scope, worst and oldest first, across pages "
      + "(property)")
  void alertsProperty() {
    Comparator<Alert> queueOrder = Comparator.comparing(Alert::severity, Comparator.reverseOrder())
        .thenComparing(Alert::openedAt).thenComparing(Alert::id);
    qt().withExamples(EXAMPLES)
        .forAll(scenes(ModelGenerators::alerts), ModelGenerators.subsets(AlertStatus.class),
            ModelGenerators.subsets(AlertKind.class), ModelGenerators.pageLimits())
        .checkAssert((scene, statuses, kinds, limit) -> {
          AlertQuery query = new AlertQuery(scene.scope(), statuses, kinds);
          write(tx -> scene.records().forEach(alert -> {
            tx.cases().insert(Samples.isolationCase(alert.caseId(), alert.responsibleUnit()));
            tx.alerts().insert(alert);
          }));
          List<Alert> expected = scene.records().stream().filter(query::matches).sorted(queueOrder).toList();

          List<Alert> served = allPages(page -> read(tx -> tx.alerts().list(query, page)), limit, expected.size());

          assertEquals(ids(expected, Alert::id), ids(served, Alert::id));
          assertEquals(expected, served);
        });
  }

  @Test
  @DisplayName("feedback.list serves exactly the feedback inside the scope with the statuses asked, oldest first, "
      + "across pages (property)")
  void feedbackProperty() {
    qt().withExamples(EXAMPLES)
        .forAll(scenes(ModelGenerators::feedback), ModelGenerators.subsets(FeedbackStatus.class),
            ModelGenerators.pageLimits())
        .checkAssert((scene, statuses, limit) -> {
          write(tx -> scene.records().forEach(tx.feedback()::insert));
          List<Feedback> expected = scene.records().stream()
              .filter(f -> scene.scope().contains(f.unit()) && (statuses.isEmpty() || statuses.contains(f.status())))
              .toList();

          List<Feedback> served = allPages(page -> read(tx -> tx.feedback().list(scene.scope(), statuses, page)),
              limit, expected.size());

          assertSameItemsInTimeOrder(expected, served, Feedback::submittedAt);
        });
  }

  @Test
  @DisplayName("audit.list serves exactly the events inside the scope since the instant asked, oldest first, across "
      + "pages (property)")
  void auditProperty() {
    qt().withExamples(EXAMPLES)
        .forAll(scenes(ModelGenerators::auditEvents), ModelGenerators.instantsWithin(240),
            ModelGenerators.pageLimits())
        .checkAssert((scene, since, limit) -> {
          write(tx -> scene.records().forEach(tx.audit()::append));
          List<AuditEvent> expected = scene.records().stream()
              .filter(e -> scene.scope().contains(e.unit()) && !e.at().isBefore(since))
              .toList();

          List<AuditEvent> served = allPages(page -> read(tx -> tx.audit().list(scene.scope(), since, page)),
              limit, expected.size());

          assertSameItemsInTimeOrder(expected, served, AuditEvent::at);
        });
  }

  @Test
  @DisplayName("A scope holds its own subtree only: not a sibling whose code extends its own, nor the same codes in "
      + "another scheme")
  void scopeIsASubtreeNotAStringPrefix() {
    JurisdictionPath district = JurisdictionPath.of(JurisdictionScheme.GSO_2021, "64", "6");
    IsolationCase inside = Samples.isolationCase(district.child("1"));
    IsolationCase longerDistrict = Samples.isolationCase(JurisdictionPath.of(JurisdictionScheme.GSO_2021, "64", "62",
        "1"));
    IsolationCase longerProvince = Samples.isolationCase(JurisdictionPath.of(JurisdictionScheme.GSO_2021, "640", "6",
        "1"));
    IsolationCase otherScheme = Samples.isolationCase(JurisdictionPath.of(JurisdictionScheme.GSO_2025, "64", "6"));
    write(tx -> List.of(inside, longerDistrict, longerProvince, otherScheme).forEach(tx.cases()::insert));

    assertEquals(List.of(inside), read(tx -> tx.cases().list(CaseQuery.in(district), PageRequest.first(10)))
        .items());
    assertEquals(2, read(tx -> tx.cases().list(CaseQuery.in(district.parent()), PageRequest.first(10)))
        .items().size());
  }

  @Test
  @DisplayName("Lists follow updates: a record whose status or severity changed is listed under its new values only")
  void listsFollowUpdates() {
    IsolationCase active = Samples.isolationCase(Samples.CHU_SE_TOWN);
    Alert open = Samples.alert(active.id(), Samples.CHU_SE_TOWN, Samples.T0);
    Alert other = Samples.alert(CaseId.random(), Samples.CHU_SE_TOWN, Samples.T0.minusSeconds(600));
    IsolationCase stillActive = Samples.isolationCase(other.caseId(), Samples.IA_BLANG);
    write(tx -> {
      tx.cases().insert(active);
      tx.cases().insert(stillActive);
      tx.alerts().insert(open);
      tx.alerts().insert(other);
    });
    IsolationCase completed = active.toBuilder().status(CaseStatus.COMPLETED).version(active.version() + 1).build();
    Alert worse = open.toBuilder().severity(Severity.EMERGENCY).status(AlertStatus.ACKNOWLEDGED).version(1).build();

    write(tx -> {
      tx.cases().update(completed);
      tx.alerts().update(worse);
    });

    CaseQuery activeCases = CaseQuery.in(Samples.GIA_LAI).withStatuses(CaseStatus.ACTIVE);
    assertEquals(List.of(stillActive), read(tx -> tx.cases().list(activeCases, PageRequest.first(10))).items());
    assertEquals(List.of(completed), read(tx -> tx.cases().list(CaseQuery.in(Samples.GIA_LAI)
        .withStatuses(CaseStatus.COMPLETED), PageRequest.first(10))).items());
    assertEquals(List.of(worse, other),
        read(tx -> tx.alerts().list(AlertQuery.active(Samples.GIA_LAI), PageRequest.first(10))).items());
    assertEquals(List.of(other), read(tx -> tx.alerts().list(new AlertQuery(Samples.GIA_LAI,
        Set.of(AlertStatus.OPEN), Set.of()), PageRequest.first(10))).items());
  }

  @Test
  @DisplayName("Feedback moved to another commune (its case was transferred) is listed under the new commune only")
  void movedFeedbackListsUnderItsNewCommune() {
    Feedback waiting = Samples.feedback(Samples.CHU_SE_TOWN, FeedbackStatus.NEW, Samples.T0);
    write(tx -> tx.feedback().insert(waiting));
    Feedback moved = waiting.movedTo(Samples.IA_BLANG);
    write(tx -> tx.feedback().update(moved));

    Set<FeedbackStatus> open = Set.of(FeedbackStatus.NEW);
    assertEquals(List.of(moved), read(tx -> tx.feedback().list(Samples.IA_BLANG, open, PageRequest.first(10)))
        .items());
    assertEquals(List.of(), read(tx -> tx.feedback().list(Samples.CHU_SE_TOWN, open, PageRequest.first(10)))
        .items());
    assertEquals(java.util.Optional.of(moved), read(tx -> tx.feedback().find(waiting.id())));
  }

  private static <T, I> List<I> ids(List<T> records, Function<T, I> id) {
    return records.stream().map(id).toList();
  }

  /** Same items, each once, in non-decreasing time; how ties are ordered is the storage's choice. */
  private static <T> void assertSameItemsInTimeOrder(List<T> expected, List<T> served, Function<T, Instant> time) {
    assertEquals(expected.size(), served.size(), () -> "served " + served.size() + " of " + expected.size());
    assertEquals(Set.copyOf(expected), Set.copyOf(served));
    List<Instant> times = served.stream().map(time).toList();
    assertEquals(times.stream().sorted().toList(), times, "oldest first");
  }
}

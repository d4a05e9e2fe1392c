package org.homewatch.storage.jdbc.internal;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.homewatch.model.AccountId;
import org.homewatch.model.AssessedDeclaration;
import org.homewatch.model.Assessment;
import org.homewatch.model.CaseId;
import org.homewatch.model.Declaration;
import org.homewatch.model.DeclarationId;
import org.homewatch.model.GeoPoint;
import org.homewatch.model.Page;
import org.homewatch.model.PageRequest;
import org.homewatch.model.PresenceCheck;
import org.homewatch.model.RuleSetRef;
import org.homewatch.model.Severity;
import org.homewatch.model.Submitter;
import org.homewatch.model.Symptom;
import org.homewatch.model.Vitals;
import org.homewatch.spi.storage.DeclarationStore;
import org.homewatch.spi.storage.InsertOutcome;

/** Declarations with their assessments in {@code hw_declaration}, keyed by (case id, declaration id). */
final class JdbcDeclarationStore implements DeclarationStore {
  /** The order batches insert in, the same for every batch. */
  private static final Comparator<AssessedDeclaration> KEY_ORDER = Comparator
      .comparing((AssessedDeclaration a) -> a.declaration().caseId())
      .thenComparing(a -> a.declaration().id());

  private final Db db;

  JdbcDeclarationStore(Db db) {
    this.db = db;
  }

  @Override
  public InsertOutcome insert(AssessedDeclaration assessed) {
    boolean inserted = db.insertIfAbsent(Sql.DECLARATION_INSERT, p -> DeclarationColumns.bind(p, assessed));
    return inserted ? InsertOutcome.INSERTED : InsertOutcome.ALREADY_PRESENT;
  }

  /**
   * On PostgreSQL one statement over column arrays stores the batch and says which rows it stored; on H2 (embedded,
   * no round trips to save) each row is inserted in turn. Either way an id stored before, or earlier in the same
   * batch, comes back as {@code ALREADY_PRESENT}. Rows go in key order, so that two batches sharing declarations
   * (a client retrying through another node) take their key locks in the same order and cannot deadlock.
   */
  @Override
  public List<InsertOutcome> insertAll(List<AssessedDeclaration> declarations) {
    if (declarations.isEmpty()) {
      return List.of();
    }
    List<AssessedDeclaration> inKeyOrder = new ArrayList<>(declarations);
    inKeyOrder.sort(KEY_ORDER);
    Set<List<UUID>> stored = new HashSet<>();
    if (db.dialect() == Dialect.POSTGRESQL) {
      Object[][] columns = DeclarationColumns.columns(inKeyOrder);
      stored.addAll(db.query(Sql.DECLARATION_INSERT_ARRAYS, p -> {
        for (int i = 0; i < columns.length; i++) {
          p.array(DeclarationColumns.TYPES.get(i), columns[i]);
        }
      }, r -> List.of(r.uuid("case_id"), r.uuid("declaration_id"))));
    } else {
      for (AssessedDeclaration d : inKeyOrder) {
        if (insert(d) == InsertOutcome.INSERTED) {
          stored.add(key(d));
        }
      }
    }
    List<InsertOutcome> outcomes = new ArrayList<>(declarations.size());
    for (AssessedDeclaration d : declarations) {
      // The first occurrence of a stored key takes the INSERTED; a repeat later in the batch is already present.
      outcomes.add(stored.remove(key(d)) ? InsertOutcome.INSERTED : InsertOutcome.ALREADY_PRESENT);
    }
    return outcomes;
  }

  private static List<UUID> key(AssessedDeclaration d) {
    return List.of(d.declaration().caseId().value(), d.declaration().id().value());
  }

  @Override
  public Map<CaseId, List<AssessedDeclaration>> observedBetweenForCases(Collection<CaseId> caseIds, Instant from,
      Instant to, int limitPerCase) {
    if (caseIds.isEmpty() || limitPerCase <= 0) {
      return Map.of();
    }
    List<UUID> ids = caseIds.stream().map(CaseId::value).distinct().toList();
    Map<CaseId, List<AssessedDeclaration>> byCase = new LinkedHashMap<>();
    for (AssessedDeclaration a : db.query(Sql.DECLARATION_OBSERVED_BETWEEN_FOR_CASES,
        p -> p.uuids(ids).instant(from).instant(to).integer(limitPerCase), JdbcDeclarationStore::read)) {
      byCase.computeIfAbsent(a.declaration().caseId(), k -> new ArrayList<>()).add(a);
    }
    Map<CaseId, List<AssessedDeclaration>> inAskedOrder = new LinkedHashMap<>();
    for (CaseId id : caseIds) {
      List<AssessedDeclaration> found = byCase.get(id);
      if (found != null) {
        inAskedOrder.put(id, found);
      }
    }
    return inAskedOrder;
  }

  @Override
  public Optional<AssessedDeclaration> find(CaseId caseId, DeclarationId id) {
    return db.queryOne(Sql.DECLARATION_FIND, p -> p.uuid(caseId.value()).uuid(id.value()),
        JdbcDeclarationStore::read);
  }

  @Override
  public List<AssessedDeclaration> observedBetween(CaseId caseId, Instant from, Instant to, int limit) {
    if (limit <= 0) {
      return List.of();
    }
    return db.query(Sql.DECLARATION_OBSERVED_BETWEEN,
        p -> p.uuid(caseId.value()).instant(from).instant(to).integer(limit), JdbcDeclarationStore::read);
  }

  @Override
  public Page<AssessedDeclaration> listForCase(CaseId caseId, PageRequest page) {
    List<AssessedDeclaration> rows;
    if (page.after().isEmpty()) {
      rows = db.query(Sql.DECLARATION_LIST_FIRST, p -> p.uuid(caseId.value()).integer(page.limit() + 1),
          JdbcDeclarationStore::read);
    } else {
      Cursor after = Cursor.decode(page.after().get(), 2);
      rows = db.query(Sql.DECLARATION_LIST_AFTER, p -> p.uuid(caseId.value()).instant(after.instant(0))
          .uuid(after.uuid(1)).integer(page.limit() + 1), JdbcDeclarationStore::read);
    }
    return Cursor.page(rows, page, a -> Cursor.encode(a.declaration().observedAt().toString(),
        a.declaration().id().toString()));
  }

  private static AssessedDeclaration read(Row r) throws SQLException {
    CaseId caseId = new CaseId(r.uuid("case_id"));
    DeclarationId id = new DeclarationId(r.uuid("declaration_id"));
    String symptomText = r.string("symptoms");
    Set<Symptom> symptoms = new TreeSet<>();
    if (!symptomText.isEmpty()) {
      for (String code : symptomText.split(",")) {
        symptoms.add(new Symptom(code));
      }
    }
    OptionalDouble latitude = r.optDecimal("latitude");
    OptionalDouble longitude = r.optDecimal("longitude");
    OptionalDouble accuracy = r.optDecimal("accuracy_meters");
    Optional<GeoPoint> location = latitude.isPresent() && longitude.isPresent()
        ? Optional.of(new GeoPoint(latitude.getAsDouble(), longitude.getAsDouble(), accuracy))
        : Optional.empty();
    Optional<String> presenceResult = r.optString("presence_result");
    Optional<PresenceCheck> presence = presenceResult.isPresent()
        ? Optional.of(new PresenceCheck(PresenceCheck.Result.valueOf(presenceResult.get()),
            r.string("presence_verifier"), r.optString("presence_reference")))
        : Optional.empty();
    Vitals vitals = new Vitals(r.optDecimal("temperature_celsius"), r.optInteger("spo2_percent"),
        r.optInteger("respiratory_rate"), r.optInteger("pulse"), r.optInteger("systolic_mmhg"),
        r.optInteger("diastolic_mmhg"));
    Declaration declaration = new Declaration(id, caseId, r.instant("observed_at"), r.instant("submitted_at"),
        new Submitter(Submitter.Kind.valueOf(r.string("submitter_kind")), new AccountId(r.string("submitter_account"))),
        vitals, symptoms, r.optString("note"), location, presence);
    Assessment assessment = new Assessment(id, caseId, Severity.valueOf(r.string("severity")),
        Codec.findings(r.string("findings")), new RuleSetRef(r.string("rule_set_id"), r.integer("rule_set_version")),
        r.instant("assessed_at"));
    return new AssessedDeclaration(declaration, assessment);
  }
}

package org.homewatch.storage.jdbc.internal;

import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.homewatch.ConflictException;
import org.homewatch.NotFoundException;
import org.homewatch.model.CaseCategory;
import org.homewatch.model.CaseId;
import org.homewatch.model.CasePeriod;
import org.homewatch.model.CaseQuery;
import org.homewatch.model.CaseSearch;
import org.homewatch.model.CaseStatus;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.MonitoringSummary;
import org.homewatch.model.NationalId;
import org.homewatch.model.Page;
import org.homewatch.model.PageRequest;
import org.homewatch.model.PersonId;
import org.homewatch.model.PhoneNumber;
import org.homewatch.model.QuarantineDecision;
import org.homewatch.model.RiskFactor;
import org.homewatch.model.Severity;
import org.homewatch.spi.storage.CaseStore;

/** Isolation cases in {@code hw_case}. */
final class JdbcCaseStore implements CaseStore {
  /** What a case that never declared counts as in the bounds on the last declaration: before any declaration. */
  private static final Instant NEVER = Instant.parse("1900-01-01T00:00:00Z");
  /** The upper bound when a query sets none. */
  private static final Instant NO_BOUND = Instant.parse("9999-01-01T00:00:00Z");
  private final Db db;

  JdbcCaseStore(Db db) {
    this.db = db;
  }

  @Override
  public void insert(IsolationCase c) {
    boolean inserted = db.insertIfAbsent(Sql.CASE_INSERT, p -> {
      p.uuid(c.id().value());
      bindColumns(p, c);
      p.number(c.version());
    });
    if (!inserted) {
      throw new ConflictException("case " + c.id() + " exists already");
    }
  }

  @Override
  public Optional<IsolationCase> find(CaseId id) {
    return db.queryOne(Sql.CASE_FIND, p -> p.uuid(id.value()), JdbcCaseStore::read);
  }

  @Override
  public void update(IsolationCase updated) {
    updateAll(List.of(updated));
  }

  @Override
  public void updateAll(List<IsolationCase> updated) {
    versionChecked(Sql.CASE_UPDATE, updated, (p, c) -> {
      bindColumns(p, c);
      p.number(c.version());
    });
  }

  /**
   * The summary columns and the version only: no person or history JSON to encode, send and rewrite. On PostgreSQL
   * a batch of distinct cases is one statement over column arrays, in case-id order (so that two batches lock
   * their rows in the same order and cannot deadlock); the cases it did not return are stale or missing.
   */
  @Override
  public void updateMonitoringAll(List<IsolationCase> updated) {
    if (db.dialect() == Dialect.POSTGRESQL && updated.size() > 1
        && updated.stream().map(IsolationCase::id).distinct().count() == updated.size()) {
      List<IsolationCase> inKeyOrder = new ArrayList<>(updated);
      inKeyOrder.sort((a, b) -> a.id().compareTo(b.id()));
      int n = inKeyOrder.size();
      Object[] ids = new Object[n];
      Object[] oldVersions = new Object[n];
      Object[] lastDeclared = new Object[n];
      Object[] latest = new Object[n];
      Object[] latestRank = new Object[n];
      Object[] worst = new Object[n];
      Object[] counts = new Object[n];
      for (int i = 0; i < n; i++) {
        IsolationCase c = inKeyOrder.get(i);
        MonitoringSummary m = c.monitoring();
        ids[i] = c.id().value();
        oldVersions[i] = c.version() - 1;
        lastDeclared[i] = m.lastDeclaredAt().map(Object::toString).orElse(null);
        latest[i] = m.latestSeverity().name();
        latestRank[i] = m.latestSeverity().ordinal();
        worst[i] = m.worstSeverity().name();
        counts[i] = m.declarationCount();
      }
      Set<UUID> written = new HashSet<>(db.query(Sql.CASE_UPDATE_MONITORING_ARRAYS,
          p -> p.array("uuid", ids).array("int8", oldVersions).array("varchar", lastDeclared)
              .array("varchar", latest).array("int4", latestRank).array("varchar", worst).array("int8", counts),
          r -> r.uuid("case_id")));
      for (IsolationCase c : updated) {
        if (!written.contains(c.id().value())) {
          throw staleOrMissing(c);
        }
      }
      return;
    }
    versionChecked(Sql.CASE_UPDATE_MONITORING, updated, (p, c) -> {
      MonitoringSummary m = c.monitoring();
      p.instant(m.lastDeclaredAt())
          .string(m.latestSeverity().name())
          .integer(m.latestSeverity().ordinal())
          .string(m.worstSeverity().name())
          .number(m.declarationCount())
          .number(c.version());
    });
  }

  /**
   * One JDBC batch of {@code statement}, whose last two parameters are the case id and the version it replaces;
   * a row that changed nothing is stale or missing, and fails the call.
   */
  private void versionChecked(Sql statement, List<IsolationCase> updated, CaseBinder setColumns) {
    if (updated.isEmpty()) {
      return;
    }
    List<Db.Binder> rows = new ArrayList<>(updated.size());
    for (IsolationCase c : updated) {
      rows.add(p -> {
        setColumns.bind(p, c);
        p.uuid(c.id().value()).number(c.version() - 1);
      });
    }
    int[] counts = updated.size() == 1
        ? new int[] {db.update(statement, rows.get(0))}
        : db.batch(statement, rows);
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] == 0) {
        throw staleOrMissing(updated.get(i));
      }
    }
  }

  /** Why a version-checked update of {@code c} changed nothing: the failure to throw. */
  private RuntimeException staleOrMissing(IsolationCase c) {
    Optional<Long> actual = db.queryOne(Sql.CASE_VERSION, p -> p.uuid(c.id().value()), r -> r.number("version"));
    return actual.<RuntimeException>map(v -> ConflictException.staleVersion("case", c.id(), c.version() - 1, v))
        .orElseGet(() -> new NotFoundException("case", c.id()));
  }

  @FunctionalInterface
  private interface CaseBinder {
    void bind(Params p, IsolationCase c) throws SQLException;
  }

  @Override
  public Map<CaseId, IsolationCase> findAll(Collection<CaseId> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    List<UUID> wanted = ids.stream().map(CaseId::value).distinct().toList();
    Map<CaseId, IsolationCase> found = new LinkedHashMap<>();
    for (IsolationCase c : db.query(Sql.CASE_FIND_ALL, p -> p.uuids(wanted), JdbcCaseStore::read)) {
      found.put(c.id(), c);
    }
    return found;
  }

  @Override
  public Page<IsolationCase> list(CaseQuery query, PageRequest page) {
    String scope = Scopes.subtree(query.scope());
    List<String> statuses = Scopes.namesOrAll(query.statuses(), CaseStatus.values());
    List<String> categories = Scopes.namesOrAll(query.categories(), CaseCategory.values());
    int minimumRank = query.minimumLatestSeverity().map(Severity::ordinal).orElse(0);
    Instant from = query.lastDeclaredFrom().orElse(NEVER);
    Instant before = query.lastDeclaredBefore().orElse(NO_BOUND);
    Optional<CaseSearch> search = query.search();
    boolean first = page.after().isEmpty();
    Optional<UUID> after = page.after().map(cursor -> Cursor.decode(cursor, 1).uuid(0));
    Sql statement = search.isEmpty() ? (first ? Sql.CASE_LIST_FIRST : Sql.CASE_LIST_AFTER)
        : switch (search.get().kind()) {
          case NAME -> first ? Sql.CASE_SEARCH_NAME_FIRST : Sql.CASE_SEARCH_NAME_AFTER;
          case PHONE -> first ? Sql.CASE_SEARCH_PHONE_FIRST : Sql.CASE_SEARCH_PHONE_AFTER;
          case NATIONAL_ID -> first ? Sql.CASE_SEARCH_NATIONAL_ID_FIRST : Sql.CASE_SEARCH_NATIONAL_ID_AFTER;
        };
    List<IsolationCase> rows = db.query(statement, p -> {
      if (search.isPresent()) {
        CaseSearch s = search.get();
        p.string(s.kind() == CaseSearch.Kind.NAME ? likePrefix(s.value()) : s.value());
      }
      p.string(scope).strings(statuses).strings(categories).integer(minimumRank)
          .instant(NEVER).instant(from).instant(NEVER).instant(before);
      if (after.isPresent()) {
        p.uuid(after.get());
      }
      p.integer(page.limit() + 1);
    }, JdbcCaseStore::read);
    return Cursor.page(rows, page, c -> Cursor.encode(c.id().toString()));
  }

  /** A LIKE pattern for "starts with", the pattern characters in the text escaped (backslash: both databases). */
  private static String likePrefix(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
  }

  @Override
  public List<IsolationCase> findByNationalId(NationalId nationalId) {
    return db.query(Sql.CASE_BY_NATIONAL_ID, p -> p.string(nationalId.value()), JdbcCaseStore::read);
  }

  @Override
  public List<IsolationCase> findByPhone(PhoneNumber phone) {
    return db.query(Sql.CASE_BY_PHONE, p -> p.string(phone.e164()), JdbcCaseStore::read);
  }

  @Override
  public List<IsolationCase> findByPerson(PersonId person) {
    return db.query(Sql.CASE_BY_PERSON, p -> p.uuid(person.value()), JdbcCaseStore::read);
  }

  @Override
  public List<IsolationCase> findByHouseholdHead(PersonId head) {
    return db.query(Sql.CASE_BY_HOUSEHOLD_HEAD, p -> p.uuid(head.value()), JdbcCaseStore::read);
  }

  /** Binds every column after case_id and before version, in the order of {@link Columns#CASE}. */
  private static void bindColumns(Params p, IsolationCase c) throws SQLException {
    MonitoringSummary m = c.monitoring();
    p.string(c.responsibleUnit().key())
        .string(c.status().name())
        .string(c.category().name())
        .uuid(c.person().id().value())
        .string(c.person().nationalId().map(NationalId::value))
        .string(c.person().phone().e164())
        .string(Codec.person(c.person()))
        .string(c.decision().number())
        .string(c.decision().issuer())
        .date(c.decision().issuedOn())
        .date(c.period().start())
        .date(c.period().plannedEnd())
        .date(c.period().actualEnd())
        .string(c.riskFactors().stream().map(Enum::name).sorted().collect(Collectors.joining(",")))
        .string(c.person().nameSearchKey())
        .string(c.zone().getId())
        .string(c.scheduleId())
        .uuid(c.householdHead().map(PersonId::value))
        .uuid(c.previousCase().map(CaseId::value))
        .instant(m.lastDeclaredAt())
        .string(m.latestSeverity().name())
        .integer(m.latestSeverity().ordinal())
        .string(m.worstSeverity().name())
        .number(m.declarationCount())
        .string(Codec.caseHistory(c.history()))
        .instant(c.createdAt());
  }

  static IsolationCase read(Row r) throws SQLException {
    String riskText = r.string("risk_factors");
    Set<RiskFactor> risks = EnumSet.noneOf(RiskFactor.class);
    if (!riskText.isEmpty()) {
      for (String name : riskText.split(",")) {
        risks.add(RiskFactor.valueOf(name));
      }
    }
    return new IsolationCase(
        new CaseId(r.uuid("case_id")),
        Codec.person(r.string("person")),
        CaseCategory.valueOf(r.string("category")),
        new QuarantineDecision(r.string("decision_number"), r.string("decision_issuer"), r.date("decision_issued_on")),
        new CasePeriod(r.date("period_start"), r.date("planned_end"), r.optDate("actual_end")),
        CaseStatus.valueOf(r.string("status")),
        JurisdictionPath.fromKey(r.string("unit_key")),
        risks,
        ZoneId.of(r.string("zone_id")),
        r.optString("schedule_id"),
        r.optUuid("household_head").map(PersonId::new),
        r.optUuid("previous_case").map(CaseId::new),
        new MonitoringSummary(r.optInstant("last_declared_at"), Severity.valueOf(r.string("latest_severity")),
            Severity.valueOf(r.string("worst_severity")), r.number("declaration_count")),
        Codec.caseHistory(r.string("history")),
        r.instant("created_at"),
        r.number("version"));
  }
}

package org.homewatch.storage.tck;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.homewatch.model.AccountId;
import org.homewatch.model.Account;
import org.homewatch.model.Address;
import org.homewatch.model.Alert;
import org.homewatch.model.AlertEvent;
import org.homewatch.model.AlertId;
import org.homewatch.model.AlertKind;
import org.homewatch.model.AlertStatus;
import org.homewatch.model.AssessedDeclaration;
import org.homewatch.model.Assessment;
import org.homewatch.model.AuditEvent;
import org.homewatch.model.AuditEventId;
import org.homewatch.model.BirthDate;
import org.homewatch.model.CaseCategory;
import org.homewatch.model.CaseChange;
import org.homewatch.model.CaseId;
import org.homewatch.model.CasePeriod;
import org.homewatch.model.CaseStatus;
import org.homewatch.model.ContactPoint;
import org.homewatch.model.Declaration;
import org.homewatch.model.DeclarationId;
import org.homewatch.model.Evidence;
import org.homewatch.model.Feedback;
import org.homewatch.model.FeedbackId;
import org.homewatch.model.FeedbackStatus;
import org.homewatch.model.FeedbackTopic;
import org.homewatch.model.Finding;
import org.homewatch.model.GeoPoint;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.Jurisdiction;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.JurisdictionScheme;
import org.homewatch.model.MonitoringSummary;
import org.homewatch.model.NationalId;
import org.homewatch.model.Person;
import org.homewatch.model.PersonId;
import org.homewatch.model.PhoneNumber;
import org.homewatch.model.PresenceCheck;
import org.homewatch.model.QuarantineDecision;
import org.homewatch.model.RiskFactor;
import org.homewatch.model.Role;
import org.homewatch.model.RuleSetRef;
import org.homewatch.model.Severity;
import org.homewatch.model.Sex;
import org.homewatch.model.SpotCheck;
import org.homewatch.model.Submitter;
import org.homewatch.model.Symptom;
import org.homewatch.model.Vitals;
import org.homewatch.spi.notification.Notification;
import org.homewatch.spi.storage.OutboxMessage;

/**
 * Plain builders of valid model records, with the few fields a storage test varies as parameters and everything
 * else plausible and fixed. Ids passed in are used as given; the generators in {@link ModelGenerators} pass fresh
 * ones.
 */
public final class Samples {
  /** An instant in the August 2021 wave, the seed order's month. */
  public static final Instant T0 = Instant.parse("2021-08-20T01:00:00Z");
  /** Gia Lai in the 2021 three-level scheme. */
  public static final JurisdictionPath GIA_LAI = JurisdictionPath.of(JurisdictionScheme.GSO_2021, "64");
  /** Chư Sê district of Gia Lai. */
  public static final JurisdictionPath CHU_SE = GIA_LAI.child("622");
  /** A commune of Chư Sê. */
  public static final JurisdictionPath CHU_SE_TOWN = CHU_SE.child("23539");
  /** Another commune of Chư Sê. */
  public static final JurisdictionPath IA_BLANG = CHU_SE.child("23542");

  private static final RuleSetRef RULES = new RuleSetRef("moh261", 1);

  private Samples() {}

  /**
   * Nguyễn Văn An, born 1980, at 12 Hùng Vương in {@code commune}, with a fresh id.
   *
   * @param commune where he lives
   * @param phone his phone number
   * @param nationalId his national id, if any
   * @return the person
   */
  public static Person person(JurisdictionPath commune, PhoneNumber phone, Optional<NationalId> nationalId) {
    return new Person(PersonId.random(), "Nguyễn Văn An", BirthDate.ofYear(1980), Sex.MALE, phone, nationalId,
        new Address("12 Hùng Vương", commune, Optional.empty()));
  }

  /**
   * Nguyễn Văn An, born 1980, at 12 Hùng Vương in {@code commune}, with a fresh id and no national id.
   *
   * @param commune where he lives
   * @return the person
   */
  public static Person person(JurisdictionPath commune) {
    return person(commune, new PhoneNumber("+84912345678"), Optional.empty());
  }

  /**
   * An active F1 case in {@code commune}, version 0.
   *
   * @param commune the responsible commune
   * @return the case
   */
  public static IsolationCase isolationCase(JurisdictionPath commune) {
    return isolationCase(CaseId.random(), person(commune), commune, CaseStatus.ACTIVE, CaseCategory.F1,
        Severity.NORMAL);
  }

  /**
   * An active F1 case with this id in {@code commune}, version 0: the case an alert or declaration refers to.
   *
   * @param id the case's id
   * @param commune the responsible commune
   * @return the case
   */
  public static IsolationCase isolationCase(CaseId id, JurisdictionPath commune) {
    return isolationCase(id, person(commune), commune, CaseStatus.ACTIVE, CaseCategory.F1, Severity.NORMAL);
  }

  /**
   * A case of {@code person}, version 0, with {@code latestSeverity} as its latest declaration's judgement.
   *
   * @param id the case's id
   * @param person the person monitored
   * @param unit the responsible unit
   * @param status the case's status
   * @param category the case's category
   * @param latestSeverity the latest declaration's severity
   * @return the case
   */
  public static IsolationCase isolationCase(CaseId id, Person person, JurisdictionPath unit, CaseStatus status,
      CaseCategory category, Severity latestSeverity) {
    LocalDate start = LocalDate.ofInstant(T0, ZoneOffset.UTC);
    MonitoringSummary monitoring = latestSeverity == Severity.NORMAL ? MonitoringSummary.NONE
        : MonitoringSummary.NONE.with(T0, latestSeverity);
    return new IsolationCase(id, person, category,
        new QuarantineDecision("123/QĐ-UBND", "UBND huyện Chư Sê", start.minusDays(1)),
        CasePeriod.planned(start, start.plusDays(13)), status, unit, Set.of(), IsolationCase.DEFAULT_ZONE,
        Optional.empty(), Optional.empty(), Optional.empty(), monitoring,
        List.of(new CaseChange(T0, new AccountId("enroller-1"), CaseChange.Kind.REGISTERED, "from decision 123/QĐ-UBND")),
        T0, 0);
  }

  /**
   * A case with every optional field set and text that storages like to mangle (a double space, quotes, a trailing
   * newline, Vietnamese diacritics): what a round trip must keep exactly.
   *
   * @param commune the responsible commune
   * @return the case
   */
  public static IsolationCase fullCase(JurisdictionPath commune) {
    Person person = new Person(PersonId.random(), "Nguyễn Văn  An", BirthDate.of(LocalDate.of(1950, 3, 4)), Sex.MALE,
        PhoneNumber.parse("0912 345 678"), Optional.of(new NationalId("064123456789")),
        new Address("12 Hùng Vương \"A\"\n", commune, Optional.of(GeoPoint.of(13.9876, 108.1234, 12.5))));
    return new IsolationCase(CaseId.random(), person, CaseCategory.F1,
        new QuarantineDecision("123/QĐ-UBND", "UBND xã Ia Pal", LocalDate.of(2021, 8, 19)),
        CasePeriod.planned(LocalDate.of(2021, 8, 20), LocalDate.of(2021, 9, 2)), CaseStatus.ACTIVE, commune,
        Set.of(RiskFactor.AGE_65_OR_OVER, RiskFactor.CHRONIC_DISEASE), IsolationCase.DEFAULT_ZONE,
        Optional.of("twice-daily"), Optional.of(PersonId.random()), Optional.empty(),
        new MonitoringSummary(Optional.of(T0), Severity.WATCH, Severity.ABNORMAL, 3),
        List.of(new CaseChange(T0, new AccountId("enroller-1"), CaseChange.Kind.REGISTERED,
            "from decision 123/QĐ-UBND")),
        T0, 0);
  }

  /**
   * A declaration with every optional field set: all vitals, symptoms, a note, a location and a presence check.
   *
   * @param caseId the case declared for
   * @param observedAt when it was observed
   * @return the assessed declaration
   */
  public static AssessedDeclaration fullDeclaration(CaseId caseId, Instant observedAt) {
    DeclarationId id = DeclarationId.random();
    Declaration d = new Declaration(id, caseId, observedAt, observedAt.plusSeconds(5),
        new Submitter(Submitter.Kind.PROXY, new AccountId("citizen-1")),
        Vitals.builder().temperatureCelsius(38.4).spo2Percent(95).pulsePerMinute(101).bloodPressure(120, 80).build(),
        Set.of(Symptom.FEVER, Symptom.COUGH), Optional.of("đau đầu"), Optional.of(GeoPoint.of(13.98, 108.12)),
        Optional.of(new PresenceCheck(PresenceCheck.Result.PASSED, "face", Optional.of("ref-1"))));
    Assessment a = new Assessment(id, caseId, Severity.ABNORMAL,
        List.of(new Finding("moh261.spo2", Severity.ABNORMAL, AlertKind.HEALTH, "rule.spo2",
            List.of(new Evidence("spo2Percent", "95", "<=", "96")))),
        RULES, observedAt.plusSeconds(5));
    return new AssessedDeclaration(d, a);
  }

  /**
   * A declaration with nothing optional: no vitals, symptoms, note, location or presence check; judged NORMAL.
   *
   * @param caseId the case declared for
   * @param observedAt when it was observed
   * @return the assessed declaration
   */
  public static AssessedDeclaration bareDeclaration(CaseId caseId, Instant observedAt) {
    DeclarationId id = DeclarationId.random();
    Declaration d = new Declaration(id, caseId, observedAt, observedAt, new Submitter(Submitter.Kind.STAFF,
        new AccountId("nurse-1")), Vitals.NONE, Set.of(), Optional.empty(), Optional.empty(), Optional.empty());
    return new AssessedDeclaration(d, new Assessment(id, caseId, Severity.NORMAL, List.of(), RULES, observedAt));
  }

  /**
   * A declaration with normal vitals, judged NORMAL.
   *
   * @param caseId the case declared for
   * @param observedAt when it was observed
   * @return the assessed declaration
   */
  public static AssessedDeclaration declaration(CaseId caseId, Instant observedAt) {
    return declaration(caseId, DeclarationId.random(), observedAt, Vitals.builder().temperatureCelsius(36.8)
        .spo2Percent(98).pulsePerMinute(76).build(), Set.of(), Severity.NORMAL);
  }

  /**
   * A declaration with the given content; a severity above NORMAL comes with one finding that explains it.
   *
   * @param caseId the case declared for
   * @param id the declaration's id
   * @param observedAt when it was observed
   * @param vitals the measurements
   * @param symptoms the signs
   * @param severity the judgement
   * @return the assessed declaration
   */
  public static AssessedDeclaration declaration(CaseId caseId, DeclarationId id, Instant observedAt, Vitals vitals,
      Set<Symptom> symptoms, Severity severity) {
    Declaration declaration = new Declaration(id, caseId, observedAt, observedAt.plusSeconds(5),
        new Submitter(Submitter.Kind.SELF, new AccountId("citizen-" + caseId)), vitals, symptoms, Optional.empty(),
        Optional.empty(), Optional.empty());
    List<Finding> findings = severity == Severity.NORMAL ? List.of()
        : List.of(new Finding("moh261.spo2", severity, AlertKind.HEALTH, "rule.moh261.spo2",
            List.of(new Evidence("spo2Percent", "93", "<=", "96"))));
    return new AssessedDeclaration(declaration,
        new Assessment(id, caseId, severity, findings, RULES, observedAt.plusSeconds(6)));
  }

  /**
   * A version-0 alert with its OPENED event.
   *
   * @param caseId the case it is about
   * @param unit the responsible unit
   * @param kind the alert kind
   * @param severity the severity
   * @param status the status (its history still holds only the OPENED event)
   * @param openedAt when it opened
   * @param acknowledgeBy its deadline
   * @return the alert
   */
  public static Alert alert(CaseId caseId, JurisdictionPath unit, AlertKind kind, Severity severity,
      AlertStatus status, Instant openedAt, Instant acknowledgeBy) {
    return Alert.builder().id(AlertId.random()).caseId(caseId).kind(kind).severity(severity).status(status)
        .responsibleUnit(unit).openedAt(openedAt).acknowledgeBy(acknowledgeBy).summary("SpO2 93 % ≤ 96 %")
        .history(List.of(new AlertEvent(openedAt, AlertEvent.Kind.OPENED, Optional.empty(), "opened"))).build();
  }

  /**
   * An open HEALTH alert of severity ABNORMAL, to be acknowledged within 30 minutes.
   *
   * @param caseId the case it is about
   * @param unit the responsible unit
   * @param openedAt when it opened
   * @return the alert
   */
  public static Alert alert(CaseId caseId, JurisdictionPath unit, Instant openedAt) {
    return alert(caseId, unit, AlertKind.HEALTH, Severity.ABNORMAL, AlertStatus.OPEN, openedAt,
        openedAt.plus(Duration.ofMinutes(30)));
  }

  /**
   * A citizen's version-0 request for food support, with a fresh id.
   *
   * @param unit the commune that handles it
   * @param status its status
   * @param submittedAt when it arrived
   * @return the feedback
   */
  public static Feedback feedback(JurisdictionPath unit, FeedbackStatus status, Instant submittedAt) {
    return new Feedback(FeedbackId.random(), Optional.empty(), unit, new AccountId("citizen-1"),
        FeedbackTopic.FOOD_AND_SUPPLIES, "Gia đình tôi cần hỗ trợ thực phẩm", status, List.of(), submittedAt, 0);
  }

  /**
   * A monitor's read of a case's person, with a fresh id.
   *
   * @param unit the unit it is recorded under
   * @param at when
   * @return the audit event
   */
  public static AuditEvent auditEvent(JurisdictionPath unit, Instant at) {
    return new AuditEvent(AuditEventId.random(), at, new AccountId("monitor-1"), "case.read", "case",
        CaseId.random().toString(), unit, Map.of("fields", "person"));
  }

  /**
   * A version-0 monitor account.
   *
   * @param id the account's id
   * @param scope the unit it works over
   * @param onDuty whether it is on duty
   * @param active whether it is active
   * @return the account
   */
  public static Account account(String id, JurisdictionPath scope, boolean onDuty, boolean active) {
    return new Account(new AccountId(id), "Trạm y tế " + scope.code(), Set.of(Role.MONITOR), scope,
        List.of(new ContactPoint("sms", "+84912000111")), onDuty, active, 0);
  }

  /**
   * A unit with this path and name.
   *
   * @param path where it sits
   * @param name its name
   * @return the unit
   */
  public static Jurisdiction jurisdiction(JurisdictionPath path, String name) {
    return new Jurisdiction(path, name);
  }

  /**
   * An SMS notification in Vietnamese with {@code key} as its idempotency key.
   *
   * @param key the idempotency key
   * @return the notification
   */
  public static Notification notification(String key) {
    return new Notification(key, new ContactPoint("sms", "+84912000111"), "alert.opened", Locale.forLanguageTag("vi"),
        Map.of("case", key), "Có cảnh báo sức khỏe mới");
  }

  /**
   * A version-0 spot check of the case, asked at {@code at} by a monitor and to be answered within 30 minutes.
   *
   * @param caseId the case checked
   * @param at when it is asked
   * @return the spot check
   */
  public static SpotCheck spotCheck(CaseId caseId, Instant at) {
    return SpotCheck.requested(caseId, new AccountId("monitor-1"), at, at.plus(Duration.ofMinutes(30)));
  }

  /**
   * A pending message about a case of Chư Sê town, due at {@code due}.
   *
   * @param due when it is due and created
   * @return the message
   */
  public static OutboxMessage outboxMessage(Instant due) {
    return outboxMessage(CHU_SE_TOWN, due);
  }

  /**
   * A pending message about a case of {@code unit}, due at {@code due}, created then.
   *
   * @param unit the unit the message is about
   * @param due when it is due and created
   * @return the message
   */
  public static OutboxMessage outboxMessage(JurisdictionPath unit, Instant due) {
    return OutboxMessage.pending(unit, notification("n-" + UUID.randomUUID()), due);
  }
}

package org.homewatch.core.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.homewatch.ConflictException;
import org.homewatch.HomewatchException;
import org.homewatch.NotFoundException;
import org.homewatch.ValidationException;
import org.homewatch.core.access.AccessControl;
import org.homewatch.core.access.Operation;
import org.homewatch.core.audit.AuditLog;
import org.homewatch.core.cases.internal.CategoryChange;
import org.homewatch.core.directory.PeopleUnits;
import org.homewatch.core.internal.Arguments;
import org.homewatch.core.internal.Transactions;
import org.homewatch.core.notify.HistoryDetails;
import org.homewatch.core.schedule.MonitoringPolicy;
import org.homewatch.core.schedule.PolicyRules;
import org.homewatch.model.Anonymisation;
import org.homewatch.model.Address;
import org.homewatch.model.CaseChange;
import org.homewatch.model.CaseId;
import org.homewatch.model.CasePeriod;
import org.homewatch.model.GeoPoint;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.NationalId;
import org.homewatch.model.Person;
import org.homewatch.model.PersonId;
import org.homewatch.model.RiskFactor;
import org.homewatch.model.Principal;
import org.homewatch.model.Wording;
import org.homewatch.spi.storage.StorageTransaction;
import org.jspecify.annotations.Nullable;

/**
 * Staff correct what was registered wrong (issue 13.4): one {@link CaseCorrection} at a time, each with a reason,
 * against the version the caller read, permitted and audited under the correction's {@link Operation}, scoped like
 * every case operation. A refusal (a stale version, a blank or overlong reason, a value that is no correction, a
 * case outside the caller's scope) changes nothing. A refusal for scope is audited under the case's unit, and so is
 * any refusal once the case was read ({@code case.correct.refused}, with the field and the kind of refusal); the
 * arguments alone (a blank reason) are refused before anything is read.
 *
 * <p>What is kept where, keeping personal data to what each place needs:
 * <ul>
 *   <li>The case's history ({@link CaseChange.Kind#CORRECTED}) keeps the value before and after in clear, and the
 *       reason. It is part of the case, which already holds the person's data, and is read, masked and audited as
 *       the case is; it is what a supervisor reads to see what was put right.
 *   <li>The audit event names the field and the version written, with the value before and after only as the rest
 *       of the audit shows people: phones, names and national ids masked, an address by its commune, a home
 *       position as set or not, risk factors (health data) by their number, a household head by person id, the
 *       category, schedule and planned end in clear. The reason (free text) is not in the audit.
 * </ul>
 *
 * <p>Choices where the issue is silent:
 * <ul>
 *   <li>The name and the national id are correctable: a typing error in either hides the person from the line
 *       list's search and from duplicate detection. As one person id names one person, the correction is written
 *       to the person's other cases too (in the same transaction, each with its own history entry and audit event
 *       under its own unit). A national id already on another person's open case is refused as a conflict (and the
 *       look-up audited under that case's unit), as registration refuses it.
 *   <li>A category correction moves the planned end to what the new category's policy gives from the start, never
 *       before today ({@link CategoryChange}), and drops a schedule chosen for the case so that the new category's
 *       schedule applies; a hand-made extension is not carried over (the history keeps it; extend again if it
 *       still holds). Declarations already made stay as they are. Slots are computed from the case's schedule, not
 *       stored: compliance is read from then on against the new schedule, for the past days too. An open
 *       missed-declaration alert stays open (the person was not heard from, whatever the category), the slots it
 *       has counted are not counted again, and the sweep raises it once the silence reaches a worse threshold in the
 *       new schedule's windows.
 *   <li>A phone correction needs nothing else here: reminders, spot-check requests and replies to feedback are
 *       addressed when they are written to the outbox, from the case as it is then, and one already waiting there is
 *       redirected to the corrected phone by the dispatcher ({@code DeliveryFollowUp.redirect}).
 *   <li>A correction that changes nothing is refused ({@code homewatch.validation.correction.unchanged}): it would
 *       put a false entry in the history.
 * </ul>
 *
 * <p>Thread-safe.
 */
public final class CaseCorrectionService {
  /** The longest reason accepted, in characters (after stripping). */
  public static final int MAX_REASON_LENGTH = 1000;

  private final Transactions transactions;
  private final AccessControl access;
  private final AuditLog audit;
  private final MonitoringPolicy policy;
  private final Clock clock;
  private final HistoryDetails wording;

  /**
   * Built by {@code Homewatch}; reach it with {@code homewatch.corrections()}.
   *
   * @param transactions runs each correction in one storage transaction and audits refusals
   * @param access checks role and scope
   * @param audit records each correction
   * @param policy gives the category's days and schedules per province
   * @param clock the time of the history entries, and "today" for a category correction
   * @param wording the words of the history entries, in the deployment's language and as wordings
   */
  public CaseCorrectionService(Transactions transactions, AccessControl access, AuditLog audit,
      MonitoringPolicy policy, Clock clock, HistoryDetails wording) {
    this.wording = wording;
    this.transactions = transactions;
    this.access = access;
    this.audit = audit;
    this.policy = policy;
    this.clock = clock;
  }

  /**
   * Puts one field of a case right.
   *
   * @param principal who corrects; needs a role of {@link CaseCorrection#operation()} and the case in scope
   * @param id the case
   * @param expectedVersion the version the caller read; the correction applies only to that version
   * @param correction the field and its right value
   * @param reason why it was wrong (not blank, at most {@value #MAX_REASON_LENGTH} characters)
   * @return the case as stored now, one version higher, with the correction at the end of its history
   * @throws ValidationException if the reason is missing, blank, too long or holds a control character, the value
   *     is malformed, equals what is stored, names a schedule the policy does not have, a district with communes as
   *     the address, or the person as their own household head
   * @throws ConflictException if the case changed since {@code expectedVersion}, is closed and the correction is
   *     of how it is monitored, the national id is on another person's case being monitored, or the case was
   *     anonymised by the retention purge
   * @throws NotFoundException if there is no such case
   * @throws org.homewatch.AccessDeniedException if the principal may not correct this case (audited)
   */
  public IsolationCase correct(Principal principal, CaseId id, long expectedVersion, CaseCorrection correction,
      String reason) {
    Arguments.required(principal, "principal");
    Arguments.required(id, "id");
    Arguments.required(correction, "correction");
    String why = Arguments.text(reason, "reason", MAX_REASON_LENGTH).strip();
    Operation operation = correction.operation();
    Outcome outcome = transactions.run(principal, operation, tx -> {
      try {
        access.requireRole(principal, operation);
      } catch (org.homewatch.AccessDeniedException denied) {
        // The same refusal whether the case exists or not (the answer does not tell which ids exist), filed under
        // the case's unit when there is one, where that unit's supervisors read it.
        throw tx.cases().find(id).map(found -> new org.homewatch.AccessDeniedException(denied.getMessage(),
            found.responsibleUnit())).orElse(denied);
      }
      IsolationCase c = tx.cases().find(id).orElseThrow(() -> new NotFoundException("case", id));
      access.require(principal, operation, c);
      Instant now = clock.instant();
      Corrected corrected;
      try {
        if (c.version() != expectedVersion) {
          throw ConflictException.staleVersion("case", id, expectedVersion, c.version());
        }
        if (Anonymisation.isAnonymised(c)) {
          // a correction would write a person back into a record Decree 13/2023 had us erase
          throw new ConflictException("case " + id + " was anonymised once its retention ran out; it names nobody "
              + "and can no longer be corrected");
        }
        if (operation == Operation.CORRECT_CASE_MONITORING && !CaseLifecycle.allowsPeriodChange(c.status())) {
          throw new ConflictException("case " + id + " is " + c.status() + "; how it is monitored can no longer "
              + "change (its person's data can still be corrected)");
        }
        Optional<ConflictException> duplicate = nationalIdTaken(tx, principal, c, correction);
        if (duplicate.isPresent()) {
          throw duplicate.get();
        }
        corrected = corrected(tx, c, correction, now);
      } catch (ConflictException | ValidationException refused) {
        // Nothing is written before this point; the refusal of a change to a person's record is on record, committed
        // without it (the field and the kind of refusal only: the message may quote what was typed).
        audit.record(tx, principal, "case.correct.refused", "case", id, c.responsibleUnit(),
            Map.of("field", correction.field(), "refusal", refused.getClass().getSimpleName()));
        return new Outcome(null, refused);
      }
      IsolationCase after = next(corrected.next(), c, wording.change(now, principal.account(),
          CaseChange.Kind.CORRECTED, Wording.text("history.corrected", Map.of("what", corrected.detail(),
              "reason", HistoryDetails.asWritten(why)))));
      List<IsolationCase> writes = new ArrayList<>(List.of(after));
      if (correction instanceof CaseCorrection.FullName || correction instanceof CaseCorrection.NationalIdNumber) {
        writes.addAll(samePersonElsewhere(tx, principal, c, after.person(), corrected, why, now));
      }
      // Every case in the order of its id: two corrections of one person started from two of their cases lock the
      // rows in the same order, so the later one finds a changed version (a conflict) instead of a deadlock.
      writes.sort(java.util.Comparator.comparing(w -> w.id().value()));
      writes.forEach(tx.cases()::update);
      audit.record(tx, principal, operation, "case", id, c.responsibleUnit(),
          withVersion(corrected.audit(), after.version()));
      return new Outcome(after, null);
    });
    if (outcome.refused() != null) {
      throw outcome.refused();
    }
    return java.util.Objects.requireNonNull(outcome.corrected());
  }

  /** A correction's outcome: a refusal after the case was read is thrown once its audit record has committed. */
  private record Outcome(@Nullable IsolationCase corrected, @Nullable HomewatchException refused) {}

  /**
   * The next value's builder (without the history entry), the history's words (without the reason) and the audit's.
   * The values before and after are literals of the wording, in clear as in the detail: the history is where staff
   * see what was put right (Anonymisation erases both).
   */
  private record Corrected(IsolationCase.Builder next, Wording detail, Map<String, String> audit) {}

  private Corrected corrected(StorageTransaction tx, IsolationCase c, CaseCorrection correction, Instant now) {
    Person p = c.person();
    String field = correction.field();
    if (correction instanceof CaseCorrection.Phone phone) {
      unchangedIf(phone.phone().equals(p.phone()), field);
      return new Corrected(c.toBuilder().person(person(p, p.fullName(), phone.phone(), p.nationalId(), p.home())),
          change("phone", literal(p.phone().e164()), literal(phone.phone().e164())),
          audit(field, p.phone().masked(), phone.phone().masked()));
    }
    if (correction instanceof CaseCorrection.HomeAddress address) {
      Address given = address.address();
      Address home = given.home().isPresent() ? given : new Address(given.line(), given.commune(), p.home().home());
      unchangedIf(home.equals(p.home()), field);
      PeopleUnits.requireNoCommunesBelow(tx, home.commune(), "address.commune");
      Map<String, String> details = audit(field, p.home().commune().toString(), home.commune().toString());
      details.put("line", home.line().equals(p.home().line()) ? "unchanged" : "changed");
      return new Corrected(c.toBuilder().person(person(p, p.fullName(), p.phone(), p.nationalId(), home)),
          change("address", literal(p.home().line() + ", " + HistoryDetails.unitName(tx, p.home().commune())),
              literal(home.line() + ", " + HistoryDetails.unitName(tx, home.commune()))),
          details);
    }
    if (correction instanceof CaseCorrection.HomeLocation location) {
      unchangedIf(location.location().equals(p.home().home()), field);
      Address home = new Address(p.home().line(), p.home().commune(), location.location());
      return new Corrected(c.toBuilder().person(person(p, p.fullName(), p.phone(), p.nationalId(), home)),
          change("homeLocation", position(p.home().home()), position(location.location())),
          audit(field, p.home().home().isPresent() ? "set" : "none", location.location().isPresent() ? "set" : "none"));
    }
    if (correction instanceof CaseCorrection.FullName name) {
      Person renamed = person(p, name.fullName(), p.phone(), p.nationalId(), p.home());
      unchangedIf(renamed.fullName().equals(p.fullName()), field);
      return new Corrected(c.toBuilder().person(renamed),
          change("name", literal(p.fullName()), literal(renamed.fullName())),
          audit(field, p.maskedName(), renamed.maskedName()));
    }
    if (correction instanceof CaseCorrection.NationalIdNumber nationalId) {
      unchangedIf(nationalId.nationalId().equals(p.nationalId()), field);
      return new Corrected(c.toBuilder().person(person(p, p.fullName(), p.phone(), nationalId.nationalId(), p.home())),
          change("nationalId", nationalId(p.nationalId()), nationalId(nationalId.nationalId())),
          audit(field, p.nationalId().map(NationalId::masked).orElse("none"),
              nationalId.nationalId().map(NationalId::masked).orElse("none")));
    }
    if (correction instanceof CaseCorrection.Category category) {
      unchangedIf(category.category() == c.category(), field);
      PolicyRules rules = policy.forUnit(c.responsibleUnit());
      LocalDate today = LocalDate.ofInstant(now, c.zone());
      LocalDate end = CategoryChange.plannedEnd(c.period().start(), today, rules.category(category.category()).days());
      String scheduleBefore = rules.scheduleFor(c).id();
      String scheduleAfter = rules.scheduleFor(category.category()).id();
      Map<String, String> details = audit(field, c.category().name(), category.category().name());
      details.put("plannedEnd", c.period().plannedEnd() + " → " + end);
      details.put("schedule", scheduleBefore + " → " + scheduleAfter);
      return new Corrected(c.toBuilder().category(category.category()).scheduleId(Optional.empty())
          .period(new CasePeriod(c.period().start(), end, c.period().actualEnd())),
          Wording.text("history.corrected.category", Map.of("from", literal(c.category().name()),
              "to", literal(category.category().name()), "endFrom", HistoryDetails.dayOf(c.period().plannedEnd()),
              "endTo", HistoryDetails.dayOf(end), "scheduleFrom", literal(scheduleBefore),
              "scheduleTo", literal(scheduleAfter))),
          details);
    }
    if (correction instanceof CaseCorrection.Schedule schedule) {
      unchangedIf(schedule.scheduleId().equals(c.scheduleId()), field);
      PolicyRules rules = policy.forUnit(c.responsibleUnit());
      schedule.scheduleId().ifPresent(s -> {
        if (rules.schedule(s).isEmpty()) {
          throw ValidationException.of("scheduleId", "homewatch.validation.schedule.unknown",
              "the monitoring policy has no schedule '" + s + "' for " + c.responsibleUnit());
        }
      });
      Wording before = scheduleName(c.scheduleId(), rules, c);
      Wording after = scheduleName(schedule.scheduleId(), rules, c);
      // the audit keeps its own, language-free words
      String auditBefore = c.scheduleId().orElseGet(() -> rules.scheduleFor(c.category()).id() + " (the category's)");
      String auditAfter = schedule.scheduleId()
          .orElseGet(() -> rules.scheduleFor(c.category()).id() + " (the category's)");
      return new Corrected(c.toBuilder().scheduleId(schedule.scheduleId()), change("schedule", before, after),
          audit(field, auditBefore, auditAfter));
    }
    if (correction instanceof CaseCorrection.RiskFactors risks) {
      unchangedIf(risks.riskFactors().equals(c.riskFactors()), field);
      return new Corrected(c.toBuilder().riskFactors(risks.riskFactors()),
          change("riskFactors", riskFactors(c.riskFactors()), riskFactors(risks.riskFactors())),
          audit(field, c.riskFactors().size() + " factor(s)", risks.riskFactors().size() + " factor(s)"));
    }
    CaseCorrection.HouseholdHead head = (CaseCorrection.HouseholdHead) correction;
    unchangedIf(head.head().equals(c.householdHead()), field);
    if (head.head().filter(p.id()::equals).isPresent()) {
      throw ValidationException.of("householdHead", "homewatch.validation.householdHead.self",
          "a person is not their own household head; leave it empty");
    }
    String before = c.householdHead().map(PersonId::toString).orElse("none");
    String after = head.head().map(PersonId::toString).orElse("none");
    return new Corrected(c.toBuilder().householdHead(head.head()), change("householdHead",
        c.householdHead().map(PersonId::toString).map(CaseCorrectionService::literal).orElseGet(this::none),
        head.head().map(PersonId::toString).map(CaseCorrectionService::literal).orElseGet(this::none)),
        audit(field, before, after));
  }

  /**
   * A national id already on an open case of another person id: the refusal, with the look-up audited under that
   * case's unit (committed with the refusal, as at registration). The case is named only inside the caller's scope.
   */
  private Optional<ConflictException> nationalIdTaken(StorageTransaction tx, Principal principal, IsolationCase c,
      CaseCorrection correction) {
    if (!(correction instanceof CaseCorrection.NationalIdNumber n) || n.nationalId().isEmpty()) {
      return Optional.empty();
    }
    Optional<IsolationCase> other = tx.cases().findByNationalId(n.nationalId().get()).stream()
        .filter(o -> !o.person().id().equals(c.person().id()) && !o.status().isClosed()).findFirst();
    if (other.isEmpty()) {
      return Optional.empty();
    }
    IsolationCase taken = other.get();
    boolean inScope = principal.covers(taken.responsibleUnit());
    audit.record(tx, principal, "case.duplicate", "case", taken.id(), taken.responsibleUnit(),
        Map.of("how", "same national id", "actorScope", principal.scope().toString(),
            "named", Boolean.toString(inScope), "correcting", c.id().toString()));
    return Optional.of(new ConflictException(inScope
        ? "the national id is on case " + taken.id() + " of another person being monitored; if they are one person, "
            + "cancel the case registered twice"
        : "the national id is on the case of another person monitored elsewhere, outside your jurisdiction"));
  }

  /**
   * The name or national id, corrected on every other case of the same person id: the cases to write (the caller
   * writes them, in id order) with their audit events recorded.
   */
  private List<IsolationCase> samePersonElsewhere(StorageTransaction tx, Principal principal, IsolationCase corrected,
      Person right, Corrected what, String why, Instant now) {
    List<IsolationCase> writes = new ArrayList<>();
    for (IsolationCase other : tx.cases().findByPerson(corrected.person().id())) {
      if (other.id().equals(corrected.id())) {
        continue;
      }
      Person p = other.person();
      IsolationCase next = next(other.toBuilder().person(person(p, right.fullName(), p.phone(), right.nationalId(),
          p.home())), other, wording.change(now, principal.account(), CaseChange.Kind.CORRECTED,
          Wording.text("history.corrected.withCase", Map.of("what", what.detail(),
              "case", literal(corrected.id().toString()), "reason", HistoryDetails.asWritten(why)))));
      writes.add(next);
      Map<String, String> details = withVersion(what.audit(), next.version());
      details.put("with", corrected.id().toString());
      audit.record(tx, principal, Operation.CORRECT_CASE_PERSON, "case", other.id(), other.responsibleUnit(),
          details);
    }
    return writes;
  }

  private static IsolationCase next(IsolationCase.Builder b, IsolationCase c, CaseChange change) {
    List<CaseChange> history = new ArrayList<>(c.history().size() + 1);
    history.addAll(c.history());
    history.add(change);
    return b.history(history).version(c.version() + 1).build();
  }

  private static Person person(Person p, String fullName, org.homewatch.model.PhoneNumber phone,
      Optional<NationalId> nationalId, Address home) {
    return new Person(p.id(), fullName, p.birthDate(), p.sex(), phone, nationalId, home, p.locale());
  }

  private static void unchangedIf(boolean same, String field) {
    if (same) {
      // The value is not repeated: it may be personal data, and portals log these messages.
      throw ValidationException.of(field, "homewatch.validation.correction.unchanged",
          field + " already has this value: there is nothing to correct");
    }
  }

  private static Map<String, String> audit(String field, String before, String after) {
    Map<String, String> details = new TreeMap<>();
    details.put("field", field);
    details.put("before", before);
    details.put("after", after);
    return details;
  }

  private static Map<String, String> withVersion(Map<String, String> details, long version) {
    Map<String, String> copy = new TreeMap<>(details);
    copy.put("version", Long.toString(version));
    return copy;
  }

  /** The history's words for one field's correction: "Số điện thoại +8490… → +8491…". */
  private static Wording change(String field, Wording from, Wording to) {
    return Wording.text("history.corrected." + field, Map.of("from", from, "to", to));
  }

  /** A value before or after, as it is in the record: the same in every language. */
  private static Wording literal(String value) {
    return HistoryDetails.asWritten(value);
  }

  /**
   * Risk factors by their names, in the enum's order: "mang thai, chưa tiêm đủ" (the template puts the brackets
   * around them).
   */
  private static Wording riskFactors(java.util.Set<RiskFactor> factors) {
    return HistoryDetails.list(factors.stream().sorted().map(f -> Wording.text("riskFactor." + f.name())).toList());
  }

  /** "None", for a value that was or becomes empty. */
  private Wording none() {
    return Wording.text("history.corrected.none");
  }

  private Wording position(Optional<GeoPoint> at) {
    return at.map(g -> literal(String.format(java.util.Locale.ROOT, "%.5f, %.5f", g.latitude(), g.longitude())))
        .orElseGet(this::none);
  }

  private Wording nationalId(Optional<NationalId> id) {
    return id.map(NationalId::value).map(CaseCorrectionService::literal).orElseGet(this::none);
  }

  private static Wording scheduleName(Optional<String> id, PolicyRules rules, IsolationCase c) {
    return id.map(CaseCorrectionService::literal).orElseGet(() -> Wording.text("history.corrected.categorySchedule",
        Map.of("schedule", literal(rules.scheduleFor(c.category()).id()))));
  }

}

package org.homewatch.model;

import java.util.List;
import java.util.Optional;

/**
 * What anonymisation under Decree 13/2023 (on personal data protection) leaves of a closed case's records, in one
 * place so that core and every storage erase the same fields the same way. Core decides when a case is anonymised
 * ({@code org.homewatch.core.retention}); storages apply these functions to the rows a case owns
 * ({@link org.homewatch.spi.storage.RetentionStore#anonymise}).
 *
 * <p>Erased: the person's name, phone, national id, street address and home location, the person id (replaced by a
 * fresh one, so that a later case of the same person is not linked to this one), the household head and the link to
 * the person's previous case, the decision's number (it names a document that names the person), and every free
 * text: the case history's details and their wordings, declaration notes, declaration locations and presence-check
 * evidence references, feedback texts and replies, alert history details and their wordings. Kept, because reports
 * and the counter check need them and they name nobody once the above is gone: ids of the case and its records,
 * category, status, unit, period and dates, the decision's issuer and date, the birth year (not the day), sex, risk
 * factors, vitals, symptoms, severities and findings, alert kinds, levels and outcomes, and the accounts of the
 * staff who acted.
 *
 * <p>The replacement values are valid model values (a case still reads and validates), chosen so that they cannot
 * be mistaken for a person: {@link #PHONE} lies under the ITU country code 999, which is not assigned.
 */
public final class Anonymisation {
  /** The name an anonymised person is shown under ("anonymised"). */
  public static final String NAME = "Ẩn danh";
  /** The phone number an anonymised person keeps: country code 999 is reserved by the ITU, nobody has it. */
  public static final PhoneNumber PHONE = new PhoneNumber("+999000000000");
  /** What replaces an erased text that must not be blank (address line, decision number, feedback, replies). */
  public static final String ERASED = "—";

  private Anonymisation() {}

  /**
   * Whether {@code c} was anonymised: its history ends with {@link CaseChange.Kind#ANONYMISED}.
   *
   * @param c a case
   * @return whether it was anonymised
   */
  public static boolean isAnonymised(IsolationCase c) {
    List<CaseChange> history = c.history();
    return !history.isEmpty() && history.get(history.size() - 1).kind() == CaseChange.Kind.ANONYMISED;
  }

  /**
   * The person with nothing left that names them: a fresh person id, {@link #NAME}, {@link #PHONE}, no national id,
   * the birth year only, the sex, and the home commune with {@link #ERASED} as its street line and no location.
   *
   * @param person the person as registered
   * @param fresh the person id to use instead of theirs
   * @return the anonymised person
   */
  public static Person person(Person person, PersonId fresh) {
    return new Person(fresh, NAME, BirthDate.ofYear(person.birthDate().year().getValue()), person.sex(), PHONE,
        Optional.empty(), new Address(ERASED, person.home().commune(), Optional.empty()));
  }

  /**
   * The next version of {@code c}, anonymised: {@link #person}, the decision's number erased, no household head
   * or previous case, every history detail and its wording emptied, and {@code change} (of kind
   * {@link CaseChange.Kind#ANONYMISED}, whose detail must itself hold no personal data) appended.
   *
   * @param c a closed case
   * @param change the history entry recording the anonymisation
   * @return the next version of the case, anonymised
   * @throws IllegalArgumentException if {@code c} is not closed, or {@code change} is not of kind ANONYMISED
   */
  public static IsolationCase isolationCase(IsolationCase c, CaseChange change) {
    if (!c.status().isClosed()) {
      throw new IllegalArgumentException("case " + c.id() + " is " + c.status() + ": only a closed case is "
          + "anonymised");
    }
    if (change.kind() != CaseChange.Kind.ANONYMISED) {
      throw new IllegalArgumentException("the change recording an anonymisation is of kind ANONYMISED, was "
          + change.kind());
    }
    List<CaseChange> history = new java.util.ArrayList<>(c.history().size() + 1);
    for (CaseChange entry : c.history()) {
      // the wording goes with the detail: a correction's before and after are in it in clear
      history.add(new CaseChange(entry.at(), entry.by(), entry.kind(), "", Optional.empty()));
    }
    history.add(change);
    return c.toBuilder()
        .person(person(c.person(), PersonId.random()))
        .decision(new QuarantineDecision(ERASED, c.decision().issuer(), c.decision().issuedOn()))
        .householdHead(Optional.empty())
        .previousCase(Optional.empty())
        .history(history)
        .version(c.version() + 1)
        .build();
  }

  /**
   * The declaration without its note, its location and its presence check's evidence reference; the rest kept.
   *
   * @param assessed a declaration with its assessment
   * @return the same, anonymised
   */
  public static AssessedDeclaration declaration(AssessedDeclaration assessed) {
    Declaration d = assessed.declaration();
    Optional<PresenceCheck> presence = d.presence()
        .map(p -> new PresenceCheck(p.result(), p.verifier(), Optional.empty()));
    return new AssessedDeclaration(new Declaration(d.id(), d.caseId(), d.observedAt(), d.submittedAt(),
        d.submittedBy(), d.vitals(), d.symptoms(), Optional.empty(), Optional.empty(), presence),
        assessed.assessment());
  }

  /**
   * Whether {@link #declaration} would change nothing: no note, no location, no evidence reference.
   *
   * @param assessed a declaration with its assessment
   * @return whether it holds none of them
   */
  public static boolean isAnonymised(AssessedDeclaration assessed) {
    Declaration d = assessed.declaration();
    return d.note().isEmpty() && d.location().isEmpty()
        && d.presence().flatMap(PresenceCheck::evidenceReference).isEmpty();
  }

  /**
   * The next version of the feedback with its text and every reply's text {@link #ERASED}.
   *
   * @param f feedback about the case
   * @return its next version, anonymised
   */
  public static Feedback feedback(Feedback f) {
    List<FeedbackReply> replies = f.replies().stream()
        .map(r -> new FeedbackReply(r.at(), r.by(), ERASED)).toList();
    return new Feedback(f.id(), f.caseId(), f.unit(), f.from(), f.topic(), ERASED, f.status(), replies,
        f.submittedAt(), f.version() + 1);
  }

  /**
   * The next version of the alert with every history detail and its wording emptied (a resolution note is typed by
   * staff and may name the person); each step's escalation level is kept (reports read levels from the history),
   * and so is its summary, generated from the findings' numbers.
   *
   * @param a an alert of the case
   * @return its next version, anonymised
   */
  public static Alert alert(Alert a) {
    List<AlertEvent> history = a.history().stream()
        .map(e -> new AlertEvent(e.at(), e.kind(), e.by(), "", e.levelAfter(), Optional.empty())).toList();
    return a.toBuilder().history(history).version(a.version() + 1).build();
  }
}

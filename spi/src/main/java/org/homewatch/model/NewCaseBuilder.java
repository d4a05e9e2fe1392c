package org.homewatch.model;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.homewatch.ValidationException;
import org.homewatch.ValidationException.Violation;
import org.jspecify.annotations.Nullable;

/**
 * A case to register, one named field at a time, as an enrolment form fills it: {@code NewCase.builder()}.
 *
 * <pre>{@code
 * NewCase hoa = NewCase.builder()
 *     .fullName("Nguyễn Thị Hoa").bornIn(1990).sex(Sex.FEMALE).phone("0905 111 222")
 *     .address("Thôn 3", commune)
 *     .category(CaseCategory.F2)
 *     .decision("123/QĐ-UBND", "UBND huyện Chư Sê", LocalDate.of(2021, 8, 15))
 *     .start(LocalDate.of(2021, 8, 16))
 *     .build();
 * }</pre>
 *
 * {@link #build()} reports every missing or bad field at once in one {@link ValidationException} (paths as in
 * {@link NewCase}: {@code person.fullName}, {@code decision.number}, ...). The person's id is new unless given
 * ({@link #personId}). Not thread-safe; a builder may be reused after {@code build()}.
 */
public final class NewCaseBuilder {
  private @Nullable PersonId personId;
  private @Nullable String fullName;
  private @Nullable BirthDate birthDate;
  private @Nullable Sex sex;
  private @Nullable String phone;
  private @Nullable String nationalId;
  private @Nullable String addressLine;
  private @Nullable JurisdictionPath commune;
  private @Nullable GeoPoint home;
  private @Nullable CaseCategory category;
  private @Nullable String decisionNumber;
  private @Nullable String decisionIssuer;
  private @Nullable LocalDate decisionIssuedOn;
  private @Nullable LocalDate start;
  private @Nullable LocalDate plannedEnd;
  private Set<RiskFactor> riskFactors = EnumSet.noneOf(RiskFactor.class);
  private @Nullable PersonId householdHead;
  private @Nullable ZoneId zone;
  private @Nullable String scheduleId;
  private boolean knownPerson;
  private java.util.Locale locale = Person.VIETNAMESE;

  NewCaseBuilder() {}

  /**
   * The id of a person already known to the deployment (a new quarantine of the same person); new by default.
   *
   * @param id the known person's id
   * @return this builder
   */
  public NewCaseBuilder personId(PersonId id) {
    this.personId = id;
    return this;
  }

  /**
   * Sets the person's full name, as on their papers.
   *
   * @param name the person's full name, as on their papers
   * @return this builder
   */
  public NewCaseBuilder fullName(String name) {
    this.fullName = name;
    return this;
  }

  /**
   * Sets the person's date of birth.
   *
   * @param date the person's date of birth
   * @return this builder
   */
  public NewCaseBuilder bornOn(LocalDate date) {
    this.birthDate = BirthDate.of(date);
    return this;
  }

  /**
   * When only the year of birth is known, as on many older papers.
   *
   * @param year the year of birth, 1880 or later
   * @return this builder
   */
  public NewCaseBuilder bornIn(int year) {
    this.birthDate = BirthDate.ofYear(year);
    return this;
  }

  /**
   * Sets the person's sex.
   *
   * @param sex the person's sex
   * @return this builder
   */
  public NewCaseBuilder sex(Sex sex) {
    this.sex = sex;
    return this;
  }

  /**
   * As typed: {@code 0905 111 222}, {@code +84905111222} (see {@link PhoneNumber#parse}).
   *
   * @param typed the number as typed
   * @return this builder
   */
  public NewCaseBuilder phone(String typed) {
    this.phone = typed;
    return this;
  }

  /**
   * The 12-digit citizen identity number (CCCD), if the person has one.
   *
   * @param cccd the 12 digits
   * @return this builder
   */
  public NewCaseBuilder nationalId(String cccd) {
    this.nationalId = cccd;
    return this;
  }

  /**
   * The home address; its commune becomes the responsible unit.
   *
   * @param line the street line, as the person gave it
   * @param commune the commune the address lies in (or a district without communes)
   * @return this builder
   */
  public NewCaseBuilder address(String line, JurisdictionPath commune) {
    this.addressLine = line;
    this.commune = commune;
    return this;
  }

  /**
   * Where the home is, so that declarations made far from it can be flagged.
   *
   * @param point the home's position
   * @return this builder
   */
  public NewCaseBuilder homeLocation(GeoPoint point) {
    this.home = point;
    return this;
  }

  /**
   * Sets why the person is monitored.
   *
   * @param category why the person is monitored
   * @return this builder
   */
  public NewCaseBuilder category(CaseCategory category) {
    this.category = category;
    return this;
  }

  /**
   * Sets the quarantine decision the case is registered from.
   *
   * @param number its number as printed, e.g. {@code 123/QĐ-UBND}
   * @param issuer the body that signed it
   * @param issuedOn the day it was signed
   * @return this builder
   */
  public NewCaseBuilder decision(String number, String issuer, LocalDate issuedOn) {
    this.decisionNumber = number;
    this.decisionIssuer = issuer;
    this.decisionIssuedOn = issuedOn;
    return this;
  }

  /**
   * The first day of monitoring, in the case's zone.
   *
   * @param day the first day
   * @return this builder
   */
  public NewCaseBuilder start(LocalDate day) {
    this.start = day;
    return this;
  }

  /**
   * Monitoring starts today as the case counts days ({@link NewCase#today}: in Vietnam, not in the clock's zone).
   *
   * @param clock the clock that says what day it is
   * @return this builder
   */
  public NewCaseBuilder startingToday(java.time.Clock clock) {
    return start(NewCase.today(clock));
  }

  /**
   * Overrides the end the monitoring policy gives the category.
   *
   * @param day the last day of monitoring
   * @return this builder
   */
  public NewCaseBuilder plannedEnd(LocalDate day) {
    this.plannedEnd = day;
    return this;
  }

  /**
   * Sets the person's risk factors, replacing any set before.
   *
   * @param factors the risk factors; none for none
   * @return this builder
   */
  public NewCaseBuilder riskFactors(RiskFactor... factors) {
    this.riskFactors = factors.length == 0 ? EnumSet.noneOf(RiskFactor.class) : EnumSet.copyOf(List.of(factors));
    return this;
  }

  /**
   * The household member who declares for this person (a child, an elderly parent).
   *
   * @param head the household head's person id
   * @return this builder
   */
  public NewCaseBuilder householdHead(PersonId head) {
    this.householdHead = head;
    return this;
  }

  /**
   * Sets the zone of the declaration windows, if not Viet Nam's.
   *
   * @param zone the zone of the declaration windows, if not Viet Nam's
   * @return this builder
   */
  public NewCaseBuilder zone(ZoneId zone) {
    this.zone = zone;
    return this;
  }

  /**
   * Sets the declaration schedule's id, if not the category's default.
   *
   * @param id the declaration schedule's id, if not the category's default
   * @return this builder
   */
  public NewCaseBuilder scheduleId(String id) {
    this.scheduleId = id;
    return this;
  }

  /**
   * The language the person reads the messages sent to them in (reminders, spot-check requests, replies to their
   * feedback); Vietnamese unless set.
   *
   * @param language e.g. {@code Locale.ENGLISH}
   * @return this builder
   */
  public NewCaseBuilder locale(java.util.Locale language) {
    this.locale = language;
    return this;
  }

  /**
   * Registers a new quarantine of a person who was monitored before (see {@link NewCase}).
   *
   * @return this builder
   */
  public NewCaseBuilder newQuarantineOfKnownPerson() {
    this.knownPerson = true;
    return this;
  }

  /**
   * The case, or one {@link ValidationException} listing every missing or bad field.
   *
   * @return the new case
   * @throws ValidationException listing every missing or bad field
   */
  public NewCase build() {
    List<Violation> problems = new ArrayList<>();
    String name = required(problems, "person.fullName", fullName);
    BirthDate born = required(problems, "person.birthDate", birthDate);
    Sex personSex = required(problems, "person.sex", sex);
    String typedPhone = required(problems, "person.phone", phone);
    String line = required(problems, "person.address.line", addressLine);
    JurisdictionPath unit = required(problems, "person.address.commune", commune);
    CaseCategory caseCategory = required(problems, "category", category);
    String number = required(problems, "decision.number", decisionNumber);
    String issuer = required(problems, "decision.issuer", decisionIssuer);
    LocalDate issuedOn = required(problems, "decision.issuedOn", decisionIssuedOn);
    LocalDate firstDay = required(problems, "start", start);

    PhoneNumber phoneNumber = typedPhone == null ? null
        : valid(problems, "person", () -> PhoneNumber.parse(typedPhone));
    NationalId cccd = nationalId == null ? null : valid(problems, "person", () -> new NationalId(nationalId));
    Address address = line == null || unit == null ? null
        : valid(problems, "person", () -> new Address(line, unit, Optional.ofNullable(home)));
    QuarantineDecision decision = number == null || issuer == null || issuedOn == null ? null
        : valid(problems, "", () -> new QuarantineDecision(number, issuer, issuedOn));
    Person person = name == null || born == null || personSex == null || phoneNumber == null || address == null
        ? null
        : valid(problems, "person", () -> new Person(personId == null ? PersonId.random() : personId, name, born,
            personSex, phoneNumber, Optional.ofNullable(cccd), address, locale));
    if (!problems.isEmpty() || person == null || decision == null || caseCategory == null || firstDay == null) {
      throw new ValidationException(problems);
    }
    return new NewCase(person, caseCategory, decision, firstDay, Optional.ofNullable(plannedEnd),
        address.commune(), riskFactors, Optional.ofNullable(zone), Optional.ofNullable(scheduleId),
        Optional.ofNullable(householdHead), knownPerson);
  }

  private static <T> @Nullable T required(List<Violation> problems, String path, @Nullable T value) {
    if (value == null) {
      problems.add(missing(path));
    }
    return value;
  }

  private static Violation missing(String path) {
    return new Violation(path, "homewatch.validation.required", path + " is required");
  }

  /** Builds a part, or records its violations (under {@code parent}) and returns null. */
  private static <T> @Nullable T valid(List<Violation> problems, String parent, Supplier<T> part) {
    try {
      return part.get();
    } catch (ValidationException e) {
      for (Violation v : e.violations()) {
        problems.add(parent.isEmpty() || v.path().startsWith(parent + ".") ? v : v.under(parent));
      }
      return null;
    }
  }
}

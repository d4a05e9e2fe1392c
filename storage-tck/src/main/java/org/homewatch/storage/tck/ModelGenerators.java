package org.homewatch.storage.tck;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.homewatch.model.AccountId;
import org.homewatch.model.Address;
import org.homewatch.model.Alert;
import org.homewatch.model.AlertKind;
import org.homewatch.model.AlertStatus;
import org.homewatch.model.AssessedDeclaration;
import org.homewatch.model.AuditEvent;
import org.homewatch.model.BirthDate;
import org.homewatch.model.CaseCategory;
import org.homewatch.model.CaseId;
import org.homewatch.model.CaseStatus;
import org.homewatch.model.DeclarationId;
import org.homewatch.model.Feedback;
import org.homewatch.model.FeedbackStatus;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.JurisdictionScheme;
import org.homewatch.model.NationalId;
import org.homewatch.model.Person;
import org.homewatch.model.PersonId;
import org.homewatch.model.PhoneNumber;
import org.homewatch.model.Severity;
import org.homewatch.model.Sex;
import org.homewatch.model.SpotCheck;
import org.homewatch.model.SpotCheckState;
import org.homewatch.model.Symptom;
import org.homewatch.model.Vitals;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of model records for storage properties, shared so that a storage's author can write
 * properties of their own with the same data.
 *
 * <p>Ids and province codes are fresh on every generation (not drawn from the randomness source): examples then
 * never collide in a storage shared by all examples of a property, including the re-runs while shrinking, which
 * still shrinks sizes, units, statuses and times. Instants are whole milliseconds within a few hours of
 * {@link Samples#T0}, so ties on the instant occur and paging has to break them.
 */
public final class ModelGenerators {
  /** District codes chosen so that one is a prefix of another: a scope check by bare string prefix fails. */
  private static final List<String> DISTRICT_CODES = List.of("6", "62", "622", "7");
  private static final List<String> COMMUNE_CODES = List.of("1", "12", "123");
  private static final List<String> FAMILY_NAMES = List.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Rơ Mah", "Ksor");
  private static final List<String> GIVEN_NAMES = List.of("An", "Bình", "Hương", "Thảo", "Đức", "H'Hen", "Yên");

  private ModelGenerators() {}

  /**
   * A province of its own, its districts and communes, and decoy communes that look close but lie outside it: in
   * a province whose code extends this one's ({@code 64} and {@code 640}) and under the same codes in the other
   * scheme.
   *
   * @param province the area's province, with a code of its own
   * @param districts its four districts, whose codes are prefixes of one another
   * @param communes its twelve communes, three per district
   * @param decoyCommunes communes outside the province whose paths look close to its own
   */
  public record Area(JurisdictionPath province, List<JurisdictionPath> districts, List<JurisdictionPath> communes,
      List<JurisdictionPath> decoyCommunes) {
    /**
     * Copies the lists.
     *
     * @param province the area's province, with a code of its own
     * @param districts its four districts, whose codes are prefixes of one another
     * @param communes its twelve communes, three per district
     * @param decoyCommunes communes outside the province whose paths look close to its own
     */
    public Area {
      districts = List.copyOf(districts);
      communes = List.copyOf(communes);
      decoyCommunes = List.copyOf(decoyCommunes);
    }

    /**
     * The communes inside the province and the decoys outside it.
     *
     * @return the area's communes followed by the decoys
     */
    public List<JurisdictionPath> allCommunes() {
      return Stream.concat(communes.stream(), decoyCommunes.stream()).toList();
    }

    /**
     * Every scope a query might name: the province, each district, each commune, and the decoy provinces (the one
     * whose code extends this one's, and this code in the other scheme).
     *
     * @return the scopes, the decoy provinces last
     */
    public List<JurisdictionPath> scopes() {
      List<JurisdictionPath> scopes = new ArrayList<>();
      scopes.add(province);
      scopes.addAll(districts);
      scopes.addAll(communes);
      scopes.add(decoyCommunes.get(0).parent().parent());
      scopes.add(decoyCommunes.get(2).parent());
      return scopes;
    }
  }

  /**
   * A fresh {@link Area} with four districts of three communes each.
   *
   * @return a generator of fresh areas
   */
  public static Gen<Area> areas() {
    return Generate.constant(ModelGenerators::freshArea);
  }

  private static Area freshArea() {
    String code = "p" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50), 36);
    JurisdictionPath province = JurisdictionPath.of(JurisdictionScheme.GSO_2021, code);
    List<JurisdictionPath> districts = DISTRICT_CODES.stream().map(province::child).toList();
    List<JurisdictionPath> communes = districts.stream()
        .flatMap(d -> COMMUNE_CODES.stream().map(d::child)).toList();
    List<JurisdictionPath> decoys = List.of(
        JurisdictionPath.of(JurisdictionScheme.GSO_2021, code + "0", "6", "1"),
        JurisdictionPath.of(JurisdictionScheme.GSO_2021, code + "0", "62", "12"),
        JurisdictionPath.of(JurisdictionScheme.GSO_2025, code, "6"));
    return new Area(province, districts, communes, decoys);
  }

  /**
   * Communes of the area, one in five a decoy outside it.
   *
   * @param area the area
   * @return a generator of its communes and decoys
   */
  public static Gen<JurisdictionPath> communesOf(Area area) {
    return Generate.frequency(
        Pair.of(4, Generate.pick(area.communes())),
        Pair.of(1, Generate.pick(area.decoyCommunes())));
  }

  /**
   * The scopes of the area (see {@link Area#scopes()}).
   *
   * @param area the area
   * @return a generator of its scopes
   */
  public static Gen<JurisdictionPath> scopesOf(Area area) {
    return Generate.pick(area.scopes());
  }

  /**
   * Page sizes from 1 to 7: small, so that the lists span many pages.
   *
   * @return a generator of page sizes
   */
  public static Gen<Integer> pageLimits() {
    return integers().between(1, 7);
  }

  /**
   * Any subset of an enum's constants (often empty, which queries read as "all").
   *
   * @param <E> the enum type
   * @param type the enum's class
   * @return a generator of subsets
   */
  public static <E extends Enum<E>> Gen<Set<E>> subsets(Class<E> type) {
    return lists().of(Generate.enumValues(type)).ofSizeBetween(0, type.getEnumConstants().length).map(Set::copyOf);
  }

  /**
   * An instant up to {@code minutes} after {@link Samples#T0}, in whole minutes, so that ties are common.
   *
   * @param minutes the latest minute after {@link Samples#T0}
   * @return a generator of instants
   */
  public static Gen<Instant> instantsWithin(int minutes) {
    return integers().between(0, minutes).map(m -> Samples.T0.plus(Duration.ofMinutes(m)));
  }

  /**
   * Vietnamese mobile numbers in E.164 form.
   *
   * @return a generator of phone numbers
   */
  public static Gen<PhoneNumber> phones() {
    return integers().between(0, 99_999_999).map(n -> new PhoneNumber(String.format("+849%08d", n)));
  }

  /**
   * National ids, present three times in four.
   *
   * @return a generator of optional national ids
   */
  public static Gen<Optional<NationalId>> nationalIds() {
    return integers().between(0, 999_999_999)
        .map(n -> new NationalId(String.format("064%09d", n)))
        .toOptionals(75);
  }

  /**
   * Vietnamese names in NFC, including Jrai and Bahnar names common in Gia Lai.
   *
   * @return a generator of full names
   */
  public static Gen<String> vietnameseNames() {
    return Generate.pick(FAMILY_NAMES).zip(Generate.pick(GIVEN_NAMES), (family, given) -> family + " Văn " + given);
  }

  /**
   * People born 1930 to 2020, living in the given communes, with a national id three times in four.
   *
   * @param communes where they live
   * @return a generator of people with fresh ids
   */
  public static Gen<Person> persons(Gen<JurisdictionPath> communes) {
    return vietnameseNames()
        .zip(integers().between(1930, 2020), Generate.enumValues(Sex.class), Generate.pick(LOCALES), Identity::new)
        .zip(phones(), nationalIds(), communes, (who, phone, nationalId, commune) -> new Person(PersonId.random(),
            who.name(), BirthDate.ofYear(who.birthYear()), who.sex(), phone, nationalId,
            new Address("Thôn 3", commune, Optional.empty()), who.locale()));
  }

  /** The languages people read in: mostly Vietnamese, some English, and a tag with a region. */
  private static final List<java.util.Locale> LOCALES = List.of(Person.VIETNAMESE, Person.VIETNAMESE,
      java.util.Locale.ENGLISH, java.util.Locale.forLanguageTag("en-US"));

  private record Identity(String name, int birthYear, Sex sex, java.util.Locale locale) {}

  /**
   * Version-0 cases with fresh ids, in the given communes, of any status, category and latest severity.
   *
   * @param communes where the cases are
   * @return a generator of cases
   */
  public static Gen<IsolationCase> cases(Gen<JurisdictionPath> communes) {
    return persons(communes).zip(Generate.enumValues(CaseStatus.class), Generate.enumValues(CaseCategory.class),
        Generate.enumValues(Severity.class), (person, status, category, severity) -> Samples.isolationCase(
            CaseId.random(), person, person.home().commune(), status, category, severity));
  }

  /**
   * Vitals a living person can show, each measurement present three times in four.
   *
   * @return a generator of vitals
   */
  public static Gen<Vitals> plausibleVitals() {
    Gen<Optional<Integer>> temperatureTenths = integers().between(355, 405).toOptionals(75);
    Gen<Optional<Integer>> spo2 = integers().between(85, 100).toOptionals(75);
    Gen<Optional<Integer>> pulse = integers().between(45, 140).toOptionals(75);
    Gen<Optional<Integer>> systolic = integers().between(95, 170).toOptionals(75);
    return temperatureTenths.zip(spo2, pulse, systolic, (t, s, p, sys) -> {
      Vitals.Builder b = Vitals.builder();
      t.ifPresent(tenths -> b.temperatureCelsius(tenths / 10.0));
      s.ifPresent(b::spo2Percent);
      p.ifPresent(b::pulsePerMinute);
      sys.ifPresent(value -> b.bloodPressure(value, value - 40));
      return b.build();
    });
  }

  /**
   * Up to three common symptoms.
   *
   * @return a generator of symptom sets
   */
  public static Gen<Set<Symptom>> symptoms() {
    return lists().of(Generate.pick(List.of(Symptom.FEVER, Symptom.COUGH, Symptom.SORE_THROAT, Symptom.FATIGUE,
        Symptom.SHORTNESS_OF_BREATH, Symptom.LOSS_OF_TASTE_OR_SMELL))).ofSizeBetween(0, 3).map(Set::copyOf);
  }

  /**
   * Declarations of one case with fresh ids, observed within {@code minutes} of {@link Samples#T0}.
   *
   * @param caseId the case declared for
   * @param minutes the latest minute after {@link Samples#T0}
   * @return a generator of assessed declarations
   */
  public static Gen<AssessedDeclaration> declarations(CaseId caseId, int minutes) {
    return instantsWithin(minutes).zip(plausibleVitals(), symptoms(), Generate.enumValues(Severity.class),
        (at, vitals, symptoms, severity) -> Samples.declaration(caseId, DeclarationId.random(), at, vitals, symptoms,
            severity));
  }

  /**
   * A case id and some of its declarations, observed within {@code minutes} of {@link Samples#T0}.
   *
   * @param caseId the case
   * @param declarations its declarations, in no particular order
   */
  public record CaseHistory(CaseId caseId, List<AssessedDeclaration> declarations) {
    /**
     * Copies the declarations.
     *
     * @param caseId the case
     * @param declarations its declarations, in no particular order
     */
    public CaseHistory {
      declarations = List.copyOf(declarations);
    }

    /**
     * The case to store before the declarations (for storages that check the reference).
     *
     * @return an active case with this id in {@link Samples#CHU_SE_TOWN}
     */
    public IsolationCase isolationCase() {
      return Samples.isolationCase(caseId, Samples.person(Samples.CHU_SE_TOWN), Samples.CHU_SE_TOWN,
          CaseStatus.ACTIVE, CaseCategory.F0_HOME_CARE, Severity.NORMAL);
    }
  }

  /**
   * Histories of a fresh case with up to {@code maxDeclarations} declarations.
   *
   * @param maxDeclarations the most declarations per history
   * @param minutes the latest minute after {@link Samples#T0}
   * @return a generator of histories
   */
  public static Gen<CaseHistory> caseHistories(int maxDeclarations, int minutes) {
    return Generate.constant(CaseId::random).flatMap(caseId -> lists().of(declarations(caseId, minutes))
        .ofSizeBetween(0, maxDeclarations).map(list -> new CaseHistory(caseId, list)));
  }

  /**
   * Version-0 alerts with fresh ids and cases in the given units, of any kind, severity and status, opened within
   * a few hours of {@link Samples#T0} and due for acknowledgement up to an hour later.
   *
   * @param units where the alerts' cases are
   * @return a generator of alerts
   */
  public static Gen<Alert> alerts(Gen<JurisdictionPath> units) {
    return units.zip(Generate.enumValues(AlertKind.class), Generate.enumValues(Severity.class),
            Generate.enumValues(AlertStatus.class), AlertShape::new)
        .zip(instantsWithin(240), integers().between(0, 60), (shape, opened, minutes) -> Samples.alert(
            CaseId.random(), shape.unit(), shape.kind(), shape.severity(), shape.status(), opened,
            opened.plus(Duration.ofMinutes(minutes))));
  }

  private record AlertShape(JurisdictionPath unit, AlertKind kind, Severity severity, AlertStatus status) {}

  /**
   * Spot checks of the case in every state, with the version their transitions give: requested within a few hours
   * of {@link Samples#T0}, with one to 120 minutes to answer, settled (if at all) up to two hours later.
   *
   * @param caseId the case checked
   * @return a generator of spot checks
   */
  public static Gen<SpotCheck> spotChecks(CaseId caseId) {
    return instantsWithin(240).zip(integers().between(1, 120), integers().between(0, 120),
        Generate.enumValues(SpotCheckState.class), (at, answerMinutes, settleMinutes, state) -> {
          SpotCheck requested = SpotCheck.requested(caseId, new AccountId("monitor-" + answerMinutes), at,
              at.plus(Duration.ofMinutes(answerMinutes)));
          Instant settled = at.plus(Duration.ofMinutes(settleMinutes));
          return switch (state) {
            case REQUESTED -> requested;
            case PASSED -> requested.passed(DeclarationId.random(), settled);
            case FAILED -> requested.failed(DeclarationId.random(), settled);
            case NOT_VERIFIED -> requested.notVerified(DeclarationId.random(), settled);
            case EXPIRED -> requested.expired(settled);
          };
        });
  }

  /**
   * Version-0 feedback with fresh ids in the given units, of any status.
   *
   * @param units where the feedback is handled
   * @return a generator of feedback
   */
  public static Gen<Feedback> feedback(Gen<JurisdictionPath> units) {
    return units.zip(Generate.enumValues(FeedbackStatus.class), instantsWithin(240),
        (unit, status, at) -> Samples.feedback(unit, status, at));
  }

  /**
   * Audit events with fresh ids in the given units (of any level: a district's supervisor acts there too).
   *
   * @param units the units the events are recorded under (or their parents)
   * @return a generator of audit events
   */
  public static Gen<AuditEvent> auditEvents(Gen<JurisdictionPath> units) {
    return units.zip(instantsWithin(240), Generate.booleans(), (unit, at, atParent) -> Samples.auditEvent(
        atParent && !unit.isProvince() ? unit.parent() : unit, at));
  }
}

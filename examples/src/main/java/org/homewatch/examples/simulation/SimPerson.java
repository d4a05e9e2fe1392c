package org.homewatch.examples.simulation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.homewatch.model.Address;
import org.homewatch.model.BirthDate;
import org.homewatch.model.CaseCategory;
import org.homewatch.model.CaseId;
import org.homewatch.model.Jurisdiction;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.NewCase;
import org.homewatch.model.Person;
import org.homewatch.model.PersonId;
import org.homewatch.model.PhoneNumber;
import org.homewatch.model.QuarantineDecision;
import org.homewatch.model.RiskFactor;
import org.homewatch.model.Sex;

/**
 * One simulated person: who they are (drawn from the seed), when they are registered, their {@link Course}, and
 * what the simulation learnt about them (their case id, whether they went to hospital, whether the station reached
 * them after they went silent). Each person has their own random stream, so their declarations do not depend on
 * anyone else's.
 */
final class SimPerson {
  /** The shipped schedule's windows (VHD's 08–12, 14–16, 18–20) and the 30-minute grace after each. */
  static final List<Window> WINDOWS = List.of(new Window(LocalTime.of(8, 0), LocalTime.of(12, 0)),
      new Window(LocalTime.of(14, 0), LocalTime.of(16, 0)), new Window(LocalTime.of(18, 0), LocalTime.of(20, 0)));
  private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ", "Đặng", "Bùi", "Rơ Mah",
      "Siu", "Kpă", "Rơ Lan", "Ksor", "Nay", "Đinh"};
  private static final String[] MIDDLE_F = {"Thị", "H'", "Ngọc", "Thu"};
  private static final String[] MIDDLE_M = {"Văn", "Đức", "Minh", "Hữu"};
  private static final String[] GIVEN = {"Hoa", "Lan", "Mai", "Blin", "Yên", "Quý", "Anh", "Hùng", "Dũng", "Thảo",
      "Linh", "Hiền", "Phúc", "Nam", "Thơ", "Đào", "Bảo", "Khánh", "Trang", "Sơn"};

  record Window(LocalTime opens, LocalTime closes) {
    Instant closesOn(LocalDate date) {
      return date.atTime(closes).atZone(ProvinceScenario.VIETNAM).toInstant();
    }
  }

  final int number;
  final PersonId id;
  final String name;
  final int birthYear;
  final Sex sex;
  final JurisdictionPath commune;
  final CaseCategory category;
  final Course course;
  final int registrationDay;
  /** The quarter-hour step of the registration day, 0 = 07:00. */
  final int registrationStep;
  final Random random;
  CaseId caseId;
  int lastDay = Integer.MAX_VALUE;
  boolean inHospital;
  /** When staff sent the person to hospital (the case closed): no slot opening later is owed. */
  @org.jspecify.annotations.Nullable Instant closedAt;
  boolean reachedByStation;

  private SimPerson(int number, Random seedStream, Jurisdiction commune) {
    this.number = number;
    this.random = new Random(seedStream.nextLong());
    this.id = new PersonId(new UUID(seedStream.nextLong(), seedStream.nextLong()));
    this.sex = random.nextBoolean() ? Sex.FEMALE : Sex.MALE;
    this.name = FAMILY[random.nextInt(FAMILY.length)] + " "
        + (sex == Sex.FEMALE ? MIDDLE_F : MIDDLE_M)[random.nextInt(4)] + " " + GIVEN[random.nextInt(GIVEN.length)];
    this.birthYear = 1940 + random.nextInt(75);
    this.commune = commune.path();
    this.category = random.nextInt(10) < 7 ? CaseCategory.F2 : CaseCategory.POST_FACILITY;
    this.course = Course.draw(random);
    int roll = random.nextInt(100);
    this.registrationDay = roll < REG[0] ? 0 : roll < REG[0] + REG[1] ? 1 : 2;
    this.registrationStep = random.nextInt(36);
  }

  private static final int[] REG = {50, 30, 20};

  /** {@code size} people spread over the province's communes; the same seed gives the same people. */
  static List<SimPerson> population(GiaLaiProvince province, int size, long seed) {
    Random stream = new Random(seed);
    List<Jurisdiction> communes = province.communes();
    List<SimPerson> people = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      people.add(new SimPerson(i, stream, communes.get(stream.nextInt(communes.size()))));
    }
    return people;
  }

  JurisdictionPath district() {
    return commune.parent();
  }

  String phone() {
    return String.format("+849%08d", 10_000_000 + number);
  }

  Instant registrationInstant(LocalDate firstDay) {
    return firstDay.plusDays(registrationDay).atTime(7, 0).plusMinutes(15L * registrationStep)
        .atZone(ProvinceScenario.VIETNAM).toInstant();
  }

  NewCase newCase(LocalDate start) {
    Set<RiskFactor> risks = EnumSet.noneOf(RiskFactor.class);
    if (start.getYear() - birthYear >= 65) {
      risks.add(RiskFactor.AGE_65_OR_OVER);
    }
    Person person = new Person(id, name, BirthDate.ofYear(birthYear), sex, PhoneNumber.parse(phone()),
        Optional.empty(), new Address("Thôn " + (1 + number % 9), commune, Optional.empty()));
    QuarantineDecision decision = new QuarantineDecision(String.format("%d/QĐ-UBND", 100 + start.getDayOfMonth()),
        "UBND " + district().code(), start);
    return NewCase.of(person, category, decision, start).withRiskFactors(risks);
  }

  /**
   * When this person declares in {@code window} of {@code date}: most within the first hour and a half, some
   * later in the window, a few after it closed but inside the grace (late).
   */
  Instant declarationTime(LocalDate date, int window) {
    Window w = WINDOWS.get(window);
    int roll = random.nextInt(100);
    long windowMinutes = java.time.Duration.between(w.opens(), w.closes()).toMinutes();
    long minute = roll < 80 ? random.nextInt(90) : roll < 95 ? 90 + random.nextInt((int) windowMinutes - 90)
        : windowMinutes + 1 + random.nextInt(25);
    return date.atTime(w.opens()).plusMinutes(minute).plusSeconds(random.nextInt(60))
        .atZone(ProvinceScenario.VIETNAM).toInstant();
  }
}

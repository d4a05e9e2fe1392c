package org.homewatch.examples.simulation;

import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.homewatch.core.Homewatch;
import org.homewatch.core.cases.DuplicateCaseException;
import org.homewatch.core.declarations.SubmissionResult;
import org.homewatch.core.schedule.ReminderReport;
import org.homewatch.core.schedule.SweepReport;
import org.homewatch.examples.plugin.ConsoleSmsChannel;
import org.homewatch.model.Account;
import org.homewatch.model.AccountId;
import org.homewatch.model.Address;
import org.homewatch.model.Alert;
import org.homewatch.model.AlertEvent;
import org.homewatch.model.AlertKind;
import org.homewatch.model.AlertOutcome;
import org.homewatch.model.AlertQuery;
import org.homewatch.model.AlertStatus;
import org.homewatch.model.BirthDate;
import org.homewatch.model.CaseCategory;
import org.homewatch.model.ContactPoint;
import org.homewatch.model.DeclarationId;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.Jurisdiction;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.JurisdictionScheme;
import org.homewatch.model.NationalId;
import org.homewatch.model.NewCase;
import org.homewatch.model.NewDeclaration;
import org.homewatch.model.PageRequest;
import org.homewatch.model.Person;
import org.homewatch.model.PersonId;
import org.homewatch.model.PhoneNumber;
import org.homewatch.model.Principal;
import org.homewatch.model.QuarantineDecision;
import org.homewatch.model.RiskFactor;
import org.homewatch.model.Role;
import org.homewatch.model.Severity;
import org.homewatch.model.Sex;
import org.homewatch.model.Symptom;
import org.homewatch.model.Vitals;
import org.homewatch.spi.notification.AlertChannel;
import org.homewatch.spi.notification.DeliveryResult;
import org.homewatch.spi.notification.Notification;
import org.homewatch.test.MutableClock;

/**
 * The scenario: Chư Sê district of Gia Lai (GSO 2021 codes), the health station of Chư Sê town with one nurse
 * on duty, a district steering-committee officer above her, six people at home after a quarantine decision.
 * They declare in the three daily windows of the shipped schedule; Mrs Hoa's SpO2 falls from day 3. The nurse
 * takes the first alert; when it turns into an emergency she is out on a home visit, so it escalates to the
 * district, which sends her to hospital. Mr Blin's phone breaks on day 2: reminders go unanswered, the sweep opens
 * a "not reachable" alert, and the nurse phones him and declares for him from then on.
 */
public final class Simulation {
  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  static final LocalDate FIRST_DAY = LocalDate.of(2021, 8, 16);
  static final JurisdictionPath PROVINCE = JurisdictionPath.of(JurisdictionScheme.GSO_2021, "64");
  static final JurisdictionPath DISTRICT = PROVINCE.child("633");
  static final JurisdictionPath STATION = DISTRICT.child("23941");
  static final JurisdictionPath NEIGHBOUR = DISTRICT.child("23944");
  private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("dd/MM HH:mm");
  private static final String SPO2_FALLS = "Nguyễn Thị Hoa";
  /** His phone breaks on day 2: he stops declaring until the nurse declares for him by phone. */
  private static final String PHONE_BREAKS = "Rơ Mah Blin";
  /** Inside the three daily windows of the shipped schedule (VHD's 08–12, 14–16, 18–20). */
  private static final List<LocalTime> ROUNDS = List.of(LocalTime.of(8, 30), LocalTime.of(14, 30),
      LocalTime.of(18, 30));

  private final Homewatch homewatch;
  private final MutableClock clock;
  private final PrintStream out;
  private final ConsoleSmsChannel sms;
  private final List<String> emails;
  private final Random random;
  private final Principal admin = Principal.staff(new AccountId("so-y-te.admin"), PROVINCE, Role.ADMINISTRATOR);
  private final Principal enroller = Principal.staff(new AccountId("ttyt-chuse.enroller"), DISTRICT, Role.ENROLLER);
  private final Principal nurse = Principal.staff(new AccountId("tyt-chuse.nurse"), STATION, Role.MONITOR);
  private final Principal district = Principal.staff(new AccountId("bcd-chuse"), DISTRICT, Role.SUPERVISOR);
  private final Principal system = Principal.system(PROVINCE);
  private int escalations;
  /** People taken to hospital stop declaring at home. */
  private final Set<org.homewatch.model.CaseId> inHospital = new java.util.HashSet<>();
  /** People the nurse reached after they went silent; she declares for them by phone. */
  private final Set<org.homewatch.model.CaseId> reachedByPhone = new java.util.HashSet<>();
  private int remindersSent;

  private Simulation(Homewatch homewatch, MutableClock clock, ConsoleSmsChannel sms, List<String> emails,
      PrintStream out, long seed) {
    this.homewatch = homewatch;
    this.clock = clock;
    this.sms = sms;
    this.emails = emails;
    this.out = out;
    this.random = new Random(seed);
  }

  /** The clock the simulation drives; pass it to the builder. */
  static MutableClock newClock() {
    return new MutableClock(FIRST_DAY.atTime(7, 0).atZone(VIETNAM).toInstant(), VIETNAM);
  }

  /** The e-mail channel: prints and records each message. */
  static AlertChannel emailChannel(List<String> sink, PrintStream out) {
    return new AlertChannel() {
      @Override
      public String name() {
        return "email";
      }

      @Override
      public DeliveryResult send(Notification notification) {
        String line = "e-mail to " + notification.recipient().address() + ": " + notification.text();
        sink.add(line);
        out.println("    " + line);
        return DeliveryResult.delivered();
      }
    };
  }

  /**
   * Runs the scenario for {@code days} days on a Homewatch built with {@code clock}, the {@code sms} channel and
   * the {@link #emailChannel} writing to {@code emails}.
   */
  public static SimulationReport run(Homewatch homewatch, MutableClock clock, ConsoleSmsChannel sms,
      List<String> emails, PrintStream out, int days, long seed) {
    return new Simulation(homewatch, clock, sms, emails, out, seed).run(days);
  }

  private SimulationReport run(int days) {
    out.println("== Homewatch province simulation: Chư Sê district, Gia Lai — " + days + " days from " + FIRST_DAY);
    provision();
    List<IsolationCase> cases = register();
    long declarations = 0;
    for (int day = 0; day < days; day++) {
      for (LocalTime round : ROUNDS) {
        clock.set(FIRST_DAY.plusDays(day).atTime(round).atZone(VIETNAM).toInstant());
        out.println();
        out.println("-- " + HHMM.format(clock.instant().atZone(VIETNAM)) + " declarations");
        int half = ROUNDS.indexOf(round);
        for (IsolationCase c : cases) {
          if (inHospital.contains(c.id())) {
            continue;
          }
          if (c.person().fullName().equals(PHONE_BREAKS) && day >= 2 && !reachedByPhone.contains(c.id())) {
            continue;
          }
          declare(c, day * ROUNDS.size() + half);
          declarations++;
        }
        afterRound(day, half);
      }
    }
    return summary(cases, declarations);
  }

  private void provision() {
    homewatch.jurisdictions().importUnits(admin, List.of(
        new Jurisdiction(PROVINCE, "Tỉnh Gia Lai"),
        new Jurisdiction(DISTRICT, "Huyện Chư Sê"),
        new Jurisdiction(STATION, "Thị trấn Chư Sê"),
        new Jurisdiction(NEIGHBOUR, "Xã Ia Tiêm")));
    // Provisioning is idempotent, so the simulation can run again on the same database.
    saveIfNew(new Account(nurse.account(), "Rơ Châm H'Linh (TYT thị trấn Chư Sê)", Set.of(Role.MONITOR), STATION,
        List.of(new ContactPoint("sms", "+84905111222"), new ContactPoint("email", "tyt.chuse@example.vn")),
        true, true, 0));
    saveIfNew(new Account(district.account(), "Ban chỉ đạo huyện Chư Sê", Set.of(Role.SUPERVISOR), DISTRICT,
        List.of(new ContactPoint("sms", "+84905333444")), true, true, 0));
    out.println("Provisioned 4 units, the commune health station's nurse and the district steering committee.");
  }

  private void saveIfNew(Account account) {
    if (homewatch.accounts().find(admin, account.id()).isEmpty()) {
      homewatch.accounts().save(admin, account);
    }
  }

  private List<IsolationCase> register() {
    QuarantineDecision decision = new QuarantineDecision("215/QĐ-UBND", "UBND huyện Chư Sê", FIRST_DAY);
    List<IsolationCase> cases = new ArrayList<>();
    Object[][] people = {
        {SPO2_FALLS, 1954, Sex.FEMALE, CaseCategory.F2, Set.of(RiskFactor.AGE_65_OR_OVER, RiskFactor.CHRONIC_DISEASE)},
        {"Rơ Mah Blin", 1988, Sex.MALE, CaseCategory.F2, Set.of()},
        {"Trần Văn Quý", 1975, Sex.MALE, CaseCategory.F2, Set.of()},
        {"Lê Thị Mai", 1996, Sex.FEMALE, CaseCategory.F2, Set.of(RiskFactor.PREGNANT)},
        {"Phạm Đức Anh", 2001, Sex.MALE, CaseCategory.POST_FACILITY, Set.of()},
        {"Kpă H'Yên", 1990, Sex.FEMALE, CaseCategory.POST_FACILITY, Set.of()},
    };
    int i = 0;
    for (Object[] p : people) {
      i++;
      @SuppressWarnings("unchecked")
      Set<RiskFactor> risks = (Set<RiskFactor>) p[4];
      Person person = new Person(PersonId.random(), (String) p[0], BirthDate.ofYear((Integer) p[1]), (Sex) p[2],
          PhoneNumber.parse("09050000" + String.format("%02d", i)),
          // CCCD: province of birth (064), century and sex digit, two digits of the birth year, a serial.
          Optional.of(new NationalId(String.format("064%d%02d%06d", p[2] == Sex.FEMALE ? 1 : 0,
              (Integer) p[1] % 100, i))),
          new Address("Tổ dân phố " + i + ", thị trấn Chư Sê", STATION, Optional.empty()));
      CaseCategory category = (CaseCategory) p[3];
      NewCase newCase = NewCase.of(person, category, decision, FIRST_DAY).withRiskFactors(risks);
      IsolationCase c;
      try {
        c = homewatch.cases().register(enroller, newCase);
      } catch (DuplicateCaseException known) {
        // A run before this one on the same database registered these people: Homewatch refuses a second case
        // for someone already monitored unless the enroller says it is a new quarantine; here it is.
        c = homewatch.cases().register(enroller, newCase.asNewQuarantineOfKnownPerson());
        out.printf("  %s is known (case %s): registered as a new quarantine, linked to it%n", person.fullName(),
            known.existingCase().map(Object::toString).orElse("elsewhere"));
      }
      cases.add(c);
      out.printf("Registered %-16s %-13s %s, until %s%n", person.fullName(), category, c.status(),
          c.period().plannedEnd());
    }
    return cases;
  }

  private void declare(IsolationCase c, int round) {
    Principal person = reachedByPhone.contains(c.id()) ? nurse
        : Principal.citizen(new AccountId("app:" + c.person().phone()), c.person().id(), STATION);
    Vitals vitals;
    Set<Symptom> symptoms = Set.of();
    if (c.person().fullName().equals(SPO2_FALLS)) {
      int[] spo2ByRound = {98, 98, 98, 97, 97, 97, 96, 96, 95, 93, 92, 92};
      int spo2 = spo2ByRound[Math.min(spo2ByRound.length - 1, round)];
      vitals = Vitals.builder().temperatureCelsius(37.4).spo2Percent(spo2)
          .respiratoryRatePerMinute(spo2 < 94 ? 24 : 18).pulsePerMinute(spo2 < 94 ? 112 : 86).build();
      symptoms = spo2 < 94 ? Set.of(Symptom.COUGH, Symptom.SHORTNESS_OF_BREATH) : Set.of(Symptom.COUGH);
    } else {
      vitals = Vitals.builder()
          .temperatureCelsius(Math.round((36.3 + random.nextDouble()) * 10) / 10.0)
          .spo2Percent(97 + random.nextInt(3))
          .respiratoryRatePerMinute(14 + random.nextInt(5))
          .pulsePerMinute(66 + random.nextInt(24))
          .build();
    }
    NewDeclaration declaration = NewDeclaration.of(DeclarationId.random(), c.id(), clock.instant(), vitals, symptoms);
    SubmissionResult result = homewatch.declarations().submit(person, declaration);
    if (!result.assessment().isNormal()) {
      out.printf("  %-16s %-9s %s%n", c.person().fullName(), result.assessment().severity(),
          result.assessment().findings().stream().map(f -> f.ruleId()).collect(Collectors.joining(", ")));
    }
  }

  /**
   * After each round, for an hour, every 15 minutes: the background jobs run (escalation, the missed-declaration
   * sweep, reminders, delivery). The nurse works her queue a quarter of an hour after each round — except on day 3
   * in the morning, when she is out on a home visit, so Mrs Hoa's emergency escalates to the district, which sends
   * her to hospital. A "not reachable" alert makes the nurse phone the person and declare for him from then on.
   */
  private void afterRound(int day, int round) {
    boolean nurseOut = day == 3 && round == 0;
    for (int quarter = 1; quarter <= 4; quarter++) {
      backgroundJobs();
      if (!nurseOut && quarter == 1) {
        nurseWorksQueue();
      }
      districtWorksQueue();
      clock.advance(Duration.ofMinutes(15));
    }
  }

  private void backgroundJobs() {
    int escalated = homewatch.alerts().escalateOverdue(system, 100);
    if (escalated > 0) {
      escalations += escalated;
      out.printf("  %s %d alert(s) not acknowledged in time: escalated to the district%n", time(), escalated);
    }
    SweepReport sweep = homewatch.schedule().sweepAllMissedDeclarations(system, 100);
    if (sweep.opened() + sweep.raised() > 0) {
      out.printf("  %s missed-declaration sweep: %d slot(s) missed, %d alert(s) opened, %d raised%n", time(),
          sweep.missedSlots(), sweep.opened(), sweep.raised());
    }
    ReminderReport reminders = homewatch.schedule().sendReminders(system, PageRequest.first(100),
        Duration.ofMinutes(15));
    remindersSent += reminders.written();
    dispatch();
  }

  private void nurseWorksQueue() {
    for (Alert alert : homewatch.alerts().activeQueue(nurse, PageRequest.first(50)).items()) {
      if (alert.status() != AlertStatus.OPEN) {
        continue;
      }
      Alert taken = homewatch.alerts().acknowledge(nurse, alert.id(), alert.version());
      out.printf("  %s nurse acknowledged %s %s alert (%s)%n", time(), alert.severity(), alert.kind(),
          alert.summary());
      if (alert.kind() == AlertKind.MISSED_DECLARATIONS && alert.severity() == Severity.ABNORMAL) {
        homewatch.alerts().resolve(nurse, alert.id(), taken.version(), AlertOutcome.CONTACTED_STABLE,
            "Điện thoại hỏng; trạm gọi điện hằng ngày và khai báo thay");
        reachedByPhone.add(alert.caseId());
        out.printf("  %s nurse phoned the person: stable, phone broken; the station declares for him%n", time());
      }
    }
  }

  private void districtWorksQueue() {
    for (Alert alert : homewatch.alerts().activeQueue(district, PageRequest.first(50)).items()) {
      if (alert.escalationLevel() > 0 && alert.status() == AlertStatus.OPEN) {
        Alert taken = homewatch.alerts().acknowledge(district, alert.id(), alert.version());
        homewatch.alerts().resolve(district, alert.id(), taken.version(), AlertOutcome.TRANSFERRED_TO_HOSPITAL,
            "Xe 115 đưa vào Trung tâm Y tế huyện Chư Sê");
        IsolationCase c = homewatch.cases().get(district, alert.caseId());
        homewatch.lifecycle().escalate(district, c.id(), c.version(), "Trung tâm Y tế huyện Chư Sê");
        inHospital.add(alert.caseId());
        out.printf("  %s district acknowledged, sent an ambulance; case escalated to hospital%n", time());
      }
    }
  }

  private void dispatch() {
    homewatch.notifications().drain(system, 100, 10);
  }

  private String time() {
    return HHMM.format(clock.instant().atZone(VIETNAM));
  }

  private SimulationReport summary(List<IsolationCase> cases, long declarations) {
    List<Alert> alerts = homewatch.alerts().list(district, new AlertQuery(DISTRICT, Set.of(), Set.of()),
        PageRequest.first(100)).items();
    out.println();
    out.println("== What the nurse sees: the alerts of Thị trấn Chư Sê, worst first");
    for (Alert a : alerts) {
      IsolationCase c = homewatch.cases().get(nurse, a.caseId());
      out.printf("  [%s] %-9s %-16s %s — opened %s, level %d%s%n", a.status(), a.severity(),
          c.person().fullName(), a.summary(), HHMM.format(a.openedAt().atZone(VIETNAM)), a.escalationLevel(),
          a.outcome().map(o -> ", outcome " + o).orElse(""));
      for (AlertEvent e : a.history()) {
        out.printf("      %s %-12s %s%s%n", HHMM.format(e.at().atZone(VIETNAM)), e.kind(),
            e.by().map(by -> by + " ").orElse(""), e.detail());
      }
    }
    out.println();
    out.println("== Summary");
    out.printf("  cases monitored        %d (%s)%n", cases.size(), cases.stream()
        .collect(Collectors.groupingBy(IsolationCase::category, TreeMap::new, Collectors.counting())));
    out.printf("  declarations           %d%n", declarations);
    out.printf("  alerts                 %d (emergency %d, abnormal %d); escalated %d time(s)%n", alerts.size(),
        alerts.stream().filter(a -> a.severity().name().equals("EMERGENCY")).count(),
        alerts.stream().filter(a -> a.severity().name().equals("ABNORMAL")).count(), escalations);
    out.printf("  notifications          %d SMS (%d reminders to people), %d e-mail%n", sms.log().size(),
        remindersSent, emails.size());
    return new SimulationReport(cases.size(), declarations, alerts, sms.log(), List.copyOf(emails), escalations,
        remindersSent);
  }

  static List<String> newEmailSink() {
    return new CopyOnWriteArrayList<>();
  }
}

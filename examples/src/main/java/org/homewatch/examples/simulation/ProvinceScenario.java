package org.homewatch.examples.simulation;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.homewatch.core.Homewatch;
import org.homewatch.core.HomewatchJobs;
import org.homewatch.core.cases.DuplicateCaseException;
import org.homewatch.core.declarations.SubmissionResult;
import org.homewatch.core.jobs.BackgroundJob;
import org.homewatch.core.jobs.KeysetBatches;
import org.homewatch.model.AccountId;
import org.homewatch.model.CaseId;
import org.homewatch.model.DeclarationId;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.NewCase;
import org.homewatch.model.NewDeclaration;
import org.homewatch.model.PageRequest;
import org.homewatch.model.Principal;
import org.homewatch.test.MutableClock;

/**
 * The province-scale scenario: a few thousand F2 and post-facility cases in four districts of Gia Lai,
 * registered over the first three days, followed for {@code days} days in quarter-hour steps from 07:00 to 22:00.
 * In each step the people whose declaration falls in it declare (through the citizen's app), the background jobs
 * run once (as {@code BackgroundScheduler} would), and the staff work the alerts they see according to
 * {@link StaffResponse}. Everything random comes from the seed, drawn per person or per alert, so the same seed
 * gives the same people, declarations, responses and figures whatever order a storage lists things in.
 */
final class ProvinceScenario {
  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  static final LocalDate FIRST_DAY = LocalDate.of(2021, 8, 16);
  private static final LocalTime FIRST_STEP = LocalTime.of(7, 0);
  private static final LocalTime LAST_STEP = LocalTime.of(22, 0);
  private static final Duration STEP = Duration.ofMinutes(15);

  private final Homewatch homewatch;
  private final MutableClock clock;
  private final PrintStream out;
  private final Progress progress;
  private final long seed;
  private final GiaLaiProvince province = GiaLaiProvince.load();
  private final Tally tally = new Tally();
  private final List<SimPerson> people;
  private final Map<CaseId, SimPerson> byCase = new HashMap<>();
  /** Delivery and escalation every step; the walks over all cases less often (see {@link #runJobs}). */
  private final List<BackgroundJob> everyStep;
  private final List<BackgroundJob> everyHalfHour;
  private final List<BackgroundJob> everyHour;
  /** Once a day, at 07:00, when the day before is over: its slots are settled into the report counters. */
  private final BackgroundJob slotSettlement;
  private final StaffResponse staff;
  private final Random declarationIds;

  ProvinceScenario(Homewatch homewatch, MutableClock clock, PrintStream out, Progress progress, int size,
      long seed) {
    this.homewatch = homewatch;
    this.clock = clock;
    this.out = out;
    this.progress = progress;
    this.seed = seed;
    this.people = SimPerson.population(province, size, seed);
    this.everyStep = List.of(HomewatchJobs.alertEscalation(homewatch), HomewatchJobs.outboxDispatch(homewatch));
    this.everyHalfHour = List.of(HomewatchJobs.missedDeclarationSweep(homewatch),
        HomewatchJobs.reminders(homewatch, Duration.ofMinutes(45)));
    this.everyHour = List.of(HomewatchJobs.caseActivation(homewatch), HomewatchJobs.caseCompletion(homewatch),
        HomewatchJobs.spotCheckDeadlines(homewatch));
    this.slotSettlement = HomewatchJobs.slotSettlement(homewatch);
    this.staff = new StaffResponse(homewatch, province, byCase, tally, seed);
    this.declarationIds = new Random(seed ^ 0x5DEECE66DL);
  }

  static MutableClock newClock() {
    return new MutableClock(FIRST_DAY.atTime(FIRST_STEP).atZone(VIETNAM).toInstant(), VIETNAM);
  }

  Tally run(int days) {
    out.printf("== Homewatch province simulation: %d cases in %d districts of Gia Lai, %d days from %s (seed %d)%n",
        people.size(), province.communesByDistrict.size(), days, FIRST_DAY, seed);
    tally.units = province.units.size();
    tally.accounts = province.provision(homewatch);
    out.printf("Provisioned %d units and %d accounts (a nurse per commune health station, district and province "
        + "supervisors, enrollers, a report viewer).%n", tally.units, tally.accounts);
    int stepsPerDay = (int) (Duration.between(FIRST_STEP, LAST_STEP).dividedBy(STEP)) + 1;
    progress.start(days * stepsPerDay);
    for (int day = 0; day < days; day++) {
      LocalDate date = FIRST_DAY.plusDays(day);
      Tally.Day today = tally.day(date);
      List<PlannedDeclaration> planned = plan(day, today);
      int next = 0;
      for (int step = 0; step < stepsPerDay; step++) {
        Instant stepStart = date.atTime(FIRST_STEP).plus(STEP.multipliedBy(step)).atZone(VIETNAM).toInstant();
        clock.set(stepStart);
        register(day, step, today);
        Instant stepEnd = stepStart.plus(STEP);
        while (next < planned.size() && planned.get(next).at().isBefore(stepEnd)) {
          declare(planned.get(next++), today);
        }
        clock.set(stepEnd.minusSeconds(60));
        runJobs(step);
        staff.work(clock.instant(), today);
        progress.step();
      }
      progress.pause();
      out.println(DailySummary.line(today, monitored(day)));
    }
    // the last day is over at midnight: settle it too, so that the report has the slots of every day
    clock.set(FIRST_DAY.plusDays(days).atStartOfDay(VIETNAM).toInstant().plus(Duration.ofMinutes(30)));
    KeysetBatches.run(slotSettlement, GiaLaiProvince.SYSTEM, PageRequest.first(1000), 1000);
    progress.done();
    DailySummary.totals(tally, out);
    return tally;
  }

  /**
   * The background jobs, as a portal's scheduler would run them but at a coarser cadence: the jobs that walk every
   * case (the sweep, reminders, activation, completion) cost as much for a quiet case as for a busy one, and a
   * province-sized run in under a minute cannot afford them every quarter of an hour. Reminders look back 45
   * minutes, so one run every half hour sends each reminder, at most half an hour late. Delivery runs last so
   * that what the other jobs wrote is sent in the same step.
   */
  private void runJobs(int step) {
    List<BackgroundJob> due = new ArrayList<>();
    if (step == 0) {
      due.add(slotSettlement);
    }
    if (step % 4 == 0) {
      due.addAll(everyHour);
    }
    if (step % 2 == 0) {
      due.addAll(everyHalfHour);
    }
    due.addAll(everyStep);
    for (BackgroundJob job : due) {
      KeysetBatches.run(job, GiaLaiProvince.SYSTEM, PageRequest.first(1000), 1000);
    }
  }

  /** People registered, not in hospital, and inside their monitoring period on {@code day}. */
  private long monitored(int day) {
    return people.stream().filter(p -> p.caseId != null && !p.inHospital && day <= p.lastDay).count();
  }

  /** Registrations happen at the district health centre between 07:00 and 16:00. */
  private void register(int day, int step, Tally.Day today) {
    for (SimPerson p : people) {
      if (p.registrationDay == day && p.registrationStep == step) {
        Principal enroller = GiaLaiProvince.enroller(p.district());
        NewCase newCase = p.newCase(FIRST_DAY.plusDays(day));
        IsolationCase registered;
        try {
          registered = homewatch.cases().register(enroller, newCase);
        } catch (DuplicateCaseException earlierRun) {
          // A run before this one on the same database registered this person: this is a new quarantine.
          registered = homewatch.cases().register(enroller, newCase.asNewQuarantineOfKnownPerson());
        }
        p.caseId = registered.id();
        p.lastDay = day + (int) java.time.temporal.ChronoUnit.DAYS.between(registered.period().start(),
            registered.period().plannedEnd());
        byCase.put(registered.id(), p);
        today.registered++;
        tally.casesByCategory.merge(p.category, 1, Integer::sum);
      }
    }
  }

  /** Today's declarations of everyone monitored, in time order (ties: the person's number). */
  private List<PlannedDeclaration> plan(int day, Tally.Day today) {
    List<PlannedDeclaration> planned = new ArrayList<>();
    LocalDate date = FIRST_DAY.plusDays(day);
    for (SimPerson p : people) {
      if (p.registrationDay > day || p.inHospital || day > p.lastDay) {
        continue;
      }
      for (int window = 0; window < SimPerson.WINDOWS.size(); window++) {
        // A window that opened before the registration is not owed (Homewatch does not expect it), so the
        // person's first declaration is in the first window that opens after they were registered.
        Instant opens = date.atTime(SimPerson.WINDOWS.get(window).opens()).atZone(VIETNAM).toInstant();
        if (p.registrationDay == day && opens.isBefore(p.registrationInstant(FIRST_DAY))) {
          continue;
        }
        Instant at = p.declarationTime(date, window);
        if (p.course.silentOn(day - p.registrationDay) && !p.reachedByStation
            || p.random.nextDouble() < p.course.forgetfulness()) {
          today.slotsSkipped++;
          tally.owe(p, date, opens, false);
          continue;
        }
        boolean late = at.isAfter(SimPerson.WINDOWS.get(window).closesOn(date));
        planned.add(new PlannedDeclaration(at, p, day - p.registrationDay, window, late,
            tally.owe(p, date, opens, late)));
      }
    }
    planned.sort(Comparator.comparing(PlannedDeclaration::at).thenComparingInt(d -> d.person().number));
    return planned;
  }

  private void declare(PlannedDeclaration d, Tally.Day today) {
    SimPerson p = d.person();
    if (p.inHospital) {
      return;
    }
    clock.set(d.at());
    Course.Reading reading = p.course.reading(d.monitoringDay(), d.window(), p.random);
    DeclarationId id = new DeclarationId(new java.util.UUID(declarationIds.nextLong(), declarationIds.nextLong()));
    Principal citizen = Principal.citizen(new AccountId("app:" + p.phone()), p.id, p.commune);
    SubmissionResult result = homewatch.declarations().submit(citizen,
        NewDeclaration.of(id, p.caseId, d.at(), reading.vitals(), reading.symptoms()));
    today.declarations++;
    d.slot().declared = true;
    if (d.late()) {
      today.lateDeclarations++;
    }
    today.assessments.merge(result.assessment().severity(), 1, Integer::sum);
  }

  record PlannedDeclaration(Instant at, SimPerson person, int monitoringDay, int window, boolean late,
      Tally.Owed slot) {}
}

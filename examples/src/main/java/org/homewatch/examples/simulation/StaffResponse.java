package org.homewatch.examples.simulation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.homewatch.ConflictException;
import org.homewatch.core.Homewatch;
import org.homewatch.model.Alert;
import org.homewatch.model.AlertId;
import org.homewatch.model.AlertKind;
import org.homewatch.model.AlertOutcome;
import org.homewatch.model.AlertQuery;
import org.homewatch.model.AlertStatus;
import org.homewatch.model.CaseId;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.Page;
import org.homewatch.model.PageRequest;
import org.homewatch.model.Principal;
import org.homewatch.model.Severity;

/**
 * How the health system answers alerts. Each commune station has its own habits, drawn from the seed: how quickly
 * its nurse usually looks (a median of 5 to 45 minutes) and how often an alert slips past her (3 to 15 %). An
 * alert she does not acknowledge in time escalates to the district steering committee, which answers within
 * 5–25 minutes but misses one in eight; the province answers everything, usually within half an hour. Whoever takes an
 * alert settles it 10 to 90 minutes later: an emergency goes to hospital (the case is escalated and stops
 * declaring at home), a desaturating or feverish person gets a home visit or treatment at home, a silent person is
 * phoned and declares again. Each decision is drawn from a stream seeded by the person, the alert's kind, its
 * opening time and its level, never by the order alerts are listed in.
 */
final class StaffResponse {
  private final Homewatch homewatch;
  private final Map<CaseId, SimPerson> byCase;
  private final Tally tally;
  private final long seed;
  private final Map<AlertId, Seen> seen = new HashMap<>();

  private static final class Seen {
    int level;
    Instant levelSince;
    Instant acknowledgedAt;
    Instant acknowledgeBy;
    Severity severity;
  }

  StaffResponse(Homewatch homewatch, GiaLaiProvince province, Map<CaseId, SimPerson> byCase, Tally tally,
      long seed) {
    this.homewatch = homewatch;
    this.byCase = byCase;
    this.tally = tally;
    this.seed = seed;
  }

  void work(Instant now, Tally.Day today) {
    List<Alert> active = new ArrayList<>();
    PageRequest page = PageRequest.first(PageRequest.MAX_LIMIT);
    while (true) {
      Page<Alert> batch = homewatch.alerts().list(GiaLaiProvince.PROVINCE_SUPERVISOR,
          AlertQuery.active(GiaLaiProvince.PROVINCE), page);
      active.addAll(batch.items());
      if (!batch.hasNext()) {
        break;
      }
      page = page.next(batch);
    }
    active.sort(Comparator.comparing(Alert::openedAt).thenComparingInt(a -> person(a).number)
        .thenComparing(Alert::kind));
    for (Alert alert : active) {
      act(alert, now, today);
    }
  }

  private SimPerson person(Alert alert) {
    return byCase.get(alert.caseId());
  }

  private void act(Alert alert, Instant now, Tally.Day today) {
    Seen s = seen.get(alert.id());
    if (s == null) {
      s = new Seen();
      s.level = alert.escalationLevel();
      s.levelSince = alert.openedAt();
      seen.put(alert.id(), s);
      today.alertsOpened.merge(alert.severity(), 1, Integer::sum);
      today.alertsOpenedByKind.merge(alert.kind(), 1, Integer::sum);
      today.escalations += alert.escalationLevel();
    } else if (alert.escalationLevel() > s.level) {
      today.escalations += alert.escalationLevel() - s.level;
      s.level = alert.escalationLevel();
      s.levelSince = now;
    } else if (alert.status() == AlertStatus.OPEN && alert.currentlyResponsible().isProvince()
        && alert.severity() == s.severity && !alert.acknowledgeBy().equals(s.acknowledgeBy)) {
      // Nobody at the province answered either: there is no level above, so the province is paged again with a
      // new deadline. That is an escalation too (Homewatch records it as one), at the same level. The province's
      // own delay still runs from when it was first told.
      today.escalations++;
    }
    s.acknowledgeBy = alert.acknowledgeBy();
    s.severity = alert.severity();
    Random draw = new Random(seed * 31 + person(alert).number * 1_000_003L + alert.kind().ordinal() * 7919L
        + alert.openedAt().getEpochSecond() * 13 + alert.escalationLevel());
    Principal responsible = responsible(alert);
    if (alert.status() == AlertStatus.OPEN) {
      Habit habit = habit(alert);
      boolean answers = draw.nextDouble() >= habit.missShare;
      Duration delay = Duration.ofMinutes(Math.round(habit.medianMinutes * Math.exp(0.6 * draw.nextGaussian())));
      if (answers && !now.isBefore(s.levelSince.plus(delay))) {
        try {
          homewatch.alerts().acknowledge(responsible, alert.id(), alert.version());
        } catch (ConflictException raced) {
          return; // raised or escalated meanwhile: looked at again in the next step
        }
        s.acknowledgedAt = now;
        tally.acknowledged(today.date, alert.escalationLevel(), Duration.between(alert.openedAt(), now));
      }
    } else if (alert.status() == AlertStatus.ACKNOWLEDGED && s.acknowledgedAt != null) {
      draw.nextDouble();
      draw.nextGaussian();
      Duration settle = Duration.ofMinutes(10 + draw.nextInt(81));
      if (!now.isBefore(s.acknowledgedAt.plus(settle))) {
        resolve(alert, responsible, now, today);
      }
    }
  }

  private void resolve(Alert alert, Principal responsible, Instant now, Tally.Day today) {
    SimPerson p = person(alert);
    AlertOutcome outcome;
    if (alert.kind() == AlertKind.HEALTH && alert.severity() == Severity.EMERGENCY) {
      outcome = AlertOutcome.TRANSFERRED_TO_HOSPITAL;
    } else if (alert.kind() == AlertKind.HEALTH) {
      outcome = p.course.kind() == Course.Kind.DESATURATION ? AlertOutcome.HOME_VISIT : AlertOutcome.TREATED_AT_HOME;
    } else {
      outcome = AlertOutcome.CONTACTED_STABLE;
    }
    Alert done;
    try {
      done = homewatch.alerts().resolve(responsible, alert.id(), alert.version(), outcome, note(outcome));
    } catch (ConflictException raced) {
      return;
    }
    today.resolved++;
    tally.outcomes.merge(outcome, 1, Integer::sum);
    if (outcome == AlertOutcome.TRANSFERRED_TO_HOSPITAL && !p.inHospital) {
      IsolationCase c = homewatch.cases().get(responsible, done.caseId());
      homewatch.lifecycle().escalate(responsible, c.id(), c.version(), "Trung tâm Y tế " + p.district().code());
      p.inHospital = true;
      p.closedAt = now;
      today.toHospital++;
    } else if (alert.kind() == AlertKind.MISSED_DECLARATIONS) {
      p.reachedByStation = true;
    }
  }

  private static String note(AlertOutcome outcome) {
    return switch (outcome) {
      case TRANSFERRED_TO_HOSPITAL -> "Xe 115 đưa vào bệnh viện";
      case HOME_VISIT -> "Trạm đến nhà, theo dõi SpO2";
      case TREATED_AT_HOME -> "Hạ sốt tại nhà, hướng dẫn theo dõi";
      default -> "Đã liên lạc qua điện thoại, ổn định";
    };
  }

  private Principal responsible(Alert alert) {
    SimPerson p = person(alert);
    return switch (alert.escalationLevel()) {
      case 0 -> GiaLaiProvince.nurse(p.commune);
      case 1 -> GiaLaiProvince.districtSupervisor(p.district());
      default -> GiaLaiProvince.PROVINCE_SUPERVISOR;
    };
  }

  private record Habit(double medianMinutes, double missShare) {}

  private Habit habit(Alert alert) {
    SimPerson p = person(alert);
    return switch (alert.escalationLevel()) {
      case 0 -> {
        Random station = new Random(seed * 17 + Long.parseLong(p.commune.code()));
        yield new Habit(5 + station.nextInt(41), 0.03 + station.nextInt(13) / 100.0);
      }
      case 1 -> new Habit(5 + new Random(seed * 19 + Long.parseLong(p.district().code())).nextInt(21), 0.125);
      default -> new Habit(15, 0.0);
    };
  }

  static LocalDate dayOf(Instant at) {
    return at.atZone(ProvinceScenario.VIETNAM).toLocalDate();
  }
}

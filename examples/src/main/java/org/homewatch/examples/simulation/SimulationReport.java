package org.homewatch.examples.simulation;

import java.util.List;
import org.homewatch.model.Alert;
import org.homewatch.model.AlertStatus;
import org.homewatch.model.Severity;

/**
 * What a simulation run produced, for the summary screen and for the test that runs the example.
 *
 * @param sms every SMS the console channel sent, in order
 * @param emails every e-mail line, in order
 */
public record SimulationReport(
    int cases,
    long declarations,
    List<Alert> alerts,
    List<String> sms,
    List<String> emails,
    int escalations,
    int reminders) {

  public long alertsWith(Severity severity) {
    return alerts.stream().filter(a -> a.severity() == severity).count();
  }

  public long alertsIn(AlertStatus status) {
    return alerts.stream().filter(a -> a.status() == status).count();
  }
}

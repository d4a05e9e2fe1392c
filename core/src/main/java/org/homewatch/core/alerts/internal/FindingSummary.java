package org.homewatch.core.alerts.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.homewatch.core.notify.NotificationComposer;
import org.homewatch.core.rules.RuleMessages;
import org.homewatch.model.AlertKind;
import org.homewatch.model.Assessment;
import org.homewatch.model.Evidence;
import org.homewatch.model.Finding;

/**
 * The one line an alert shows in a queue and in an SMS: the measurements that fired ("SpO2 93 %, nhịp thở
 * 24/phút"), then the signs in the rule set's own words, worst first, at most {@value #MOST} items. The full
 * findings with every threshold stay on the assessment for whoever opens the declaration.
 */
public final class FindingSummary {
  static final int MOST = 3;
  private static final Set<String> VITALS = Set.of("temperatureCelsius", "spo2Percent", "respiratoryRatePerMinute",
      "pulsePerMinute", "systolicMmHg", "diastolicMmHg");

  private final NotificationComposer texts;
  private final Locale locale;

  public FindingSummary(NotificationComposer texts, Locale locale) {
    this.texts = texts;
    this.locale = locale;
  }

  public String summarize(Assessment assessment, AlertKind kind) {
    List<Finding> findings = new ArrayList<>(assessment.findings());
    findings.removeIf(f -> f.kind() != kind);
    findings.sort(Comparator.comparing(Finding::severity).reversed());
    Set<String> measured = new LinkedHashSet<>();
    Set<String> signs = new LinkedHashSet<>();
    for (Finding finding : findings) {
      Evidence vital = finding.evidence().stream().filter(e -> VITALS.contains(e.subject())).findFirst().orElse(null);
      if (vital != null) {
        measured.add(texts.render("vital." + vital.subject(), locale, Map.of("value", vital.observed())));
      } else {
        signs.add(RuleMessages.text(finding.messageKey(), locale));
      }
    }
    List<String> items = new ArrayList<>(measured);
    items.addAll(signs);
    if (items.size() <= MOST) {
      return String.join("; ", items);
    }
    return String.join("; ", items.subList(0, MOST)) + " "
        + texts.render("summary.more", locale, Map.of("count", Integer.toString(items.size() - MOST)));
  }
}

package org.homewatch.core.alerts.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.homewatch.core.notify.NotificationComposer;
import org.homewatch.core.notify.Texts;
import org.homewatch.model.AlertKind;
import org.homewatch.model.Assessment;
import org.homewatch.model.Evidence;
import org.homewatch.model.Finding;
import org.homewatch.model.IsolationCase;

/**
 * The one line an alert shows in a queue and in an SMS: the measurements that fired ("SpO2 93 %, nhịp thở
 * 24/phút"), then the signs in the rule set's own words, worst first, at most {@value #MOST} items. The full
 * findings with every threshold stay on the assessment for whoever opens the declaration. A sign reads in the
 * person's age group: a child's variant of a rule's text ({@link Texts#ruleMessage(String, int, Locale)}) for a
 * child, the general text for an adult, so that an adult is never listed children's signs.
 */
public final class FindingSummary {
  static final int MOST = 3;
  private static final Set<String> VITALS = Set.of("temperatureCelsius", "spo2Percent", "respiratoryRatePerMinute",
      "pulsePerMinute", "systolicMmHg", "diastolicMmHg");

  private final NotificationComposer texts;
  private final Texts bundles;

  public FindingSummary(NotificationComposer texts, Texts bundles) {
    this.texts = texts;
    this.bundles = bundles;
  }

  /** The summary of the findings of {@code kind} about the person of {@code c}, in {@code locale}. */
  public String summarize(Assessment assessment, AlertKind kind, IsolationCase c, Locale locale) {
    int age = c.person().birthDate().ageOn(assessment.assessedAt().atZone(c.zone()).toLocalDate());
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
        // a key with no text at all is refused when Homewatch is built; the key is the last resort
        signs.add(bundles.ruleMessage(finding.messageKey(), age, locale).orElse(finding.messageKey()));
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

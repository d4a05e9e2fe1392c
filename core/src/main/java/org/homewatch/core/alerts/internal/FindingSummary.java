package org.homewatch.core.alerts.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.homewatch.ValidationException;
import org.homewatch.core.notify.NotificationComposer;
import org.homewatch.core.notify.Texts;
import org.homewatch.model.AlertKind;
import org.homewatch.model.Assessment;
import org.homewatch.model.Evidence;
import org.homewatch.model.Finding;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.Wording;

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

  /**
   * The summary of the findings of {@code kind} about the person of {@code c}, as a wording (so that a reader of
   * any language gets it in theirs): each measurement by its {@code vital.*} text, each sign by its rule message's
   * key, the children's variant for a child where {@code storedIn} has one, joined by the {@code summary.list*}
   * texts.
   *
   * @param storedIn the deployment's language, in which a child's variant must exist to be chosen
   */
  public Wording wording(Assessment assessment, AlertKind kind, IsolationCase c, Locale storedIn) {
    int age = c.person().birthDate().ageOn(assessment.assessedAt().atZone(c.zone()).toLocalDate());
    List<Finding> findings = new ArrayList<>(assessment.findings());
    findings.removeIf(f -> f.kind() != kind);
    findings.sort(Comparator.comparing(Finding::severity).reversed());
    Set<Wording> measured = new LinkedHashSet<>();
    Set<Wording> signs = new LinkedHashSet<>();
    for (Finding finding : findings) {
      Evidence vital = finding.evidence().stream().filter(e -> VITALS.contains(e.subject())).findFirst().orElse(null);
      if (vital != null) {
        measured.add(Wording.text("vital." + vital.subject(), Map.of("value", Wording.literal(vital.observed()))));
      } else {
        signs.add(sign(finding.messageKey(), age, storedIn));
      }
    }
    List<Wording> items = new ArrayList<>(measured);
    items.addAll(signs);
    return switch (items.size()) {
      case 0 -> Wording.literal("");
      case 1 -> items.get(0);
      case 2 -> Wording.text("summary.list2", Map.of("first", items.get(0), "second", items.get(1)));
      default -> {
        Wording three = Wording.text("summary.list3",
            Map.of("first", items.get(0), "second", items.get(1), "third", items.get(2)));
        yield items.size() == MOST ? three : Wording.text("summary.listMore", Map.of("list", three, "more",
            Wording.text("summary.more", Map.of("count", Wording.literal(Integer.toString(items.size() - MOST))))));
      }
    };
  }

  /** The summary of the findings of {@code kind} about the person of {@code c}, in {@code locale}. */
  public String summarize(Assessment assessment, AlertKind kind, IsolationCase c, Locale locale) {
    return texts.render(wording(assessment, kind, c, locale), locale);
  }

  /**
   * A sign by its rule message's key: the children's variant for a child if there is one, the key as written if no
   * bundle has a text for it (a key with no text at all is refused when Homewatch is built; this is the last
   * resort).
   */
  private Wording sign(String messageKey, int age, Locale storedIn) {
    if (age < Texts.CHILD_UNDER_YEARS && bundles.ruleMessage(messageKey + Texts.CHILD_VARIANT, storedIn).isPresent()) {
      return key(messageKey + Texts.CHILD_VARIANT);
    }
    return bundles.ruleMessage(messageKey, storedIn).isPresent() ? key(messageKey) : Wording.literal(messageKey);
  }

  private static Wording key(String messageKey) {
    try {
      return Wording.text(messageKey);
    } catch (ValidationException notAKey) {
      // a province's bundle may name a key of another shape (spaces): it is written in the deployment's language
      return Wording.literal(messageKey);
    }
  }
}

package org.homewatch.benchmarks.rules;

import static org.drools.model.DSL.declarationOf;
import static org.drools.model.DSL.on;
import static org.drools.model.PatternDSL.pattern;
import static org.drools.model.PatternDSL.rule;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.drools.model.Model;
import org.drools.model.Rule;
import org.drools.model.Variable;
import org.drools.model.impl.ModelImpl;
import org.drools.modelcompiler.KieBaseBuilder;
import org.homewatch.core.rules.CaseFacts;
import org.homewatch.model.AlertKind;
import org.homewatch.model.Assessment;
import org.homewatch.model.Declaration;
import org.homewatch.model.Evidence;
import org.homewatch.model.Finding;
import org.homewatch.model.GeoPoint;
import org.homewatch.model.Severity;
import org.homewatch.model.Symptom;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

/**
 * The same rules as {@link HandWrittenMoh261} in Drools 10's executable model (rules built with the Java DSL and
 * compiled by {@code KieBaseBuilder}, no DRL parsing at run time). Declarations are judged in batches: one
 * session per batch, one fact per declaration, all rules fired, then the findings assembled as the other engines do.
 * Its output is full assessments (every finding with its evidence), as {@code assess} and {@link HandWrittenMoh261}
 * give them; {@link DroolsMoh261FiredRules} is the formulation whose output matches a screening's.
 */
public final class DroolsMoh261 {
  /** One declaration as a Drools fact: the measurements flattened, and the findings the consequences add. */
  public static final class Fact {
    final Declaration declaration;
    final CaseFacts facts;
    final int age;
    final int band;
    final double respiratoryRate;
    final double spo2;
    final double pulse;
    final double systolic;
    final double diastolic;
    final double temperature;
    final Set<Symptom> symptoms;
    final double offHomeMeters;
    final double distance;
    final double accuracy;
    List<Finding> findings;
    /** For {@link DroolsMoh261FiredRules}: bit k set when the rule {@link HandWrittenMoh261Columns#RULE_IDS}[k] fired. */
    long fired;

    Fact(Declaration d, CaseFacts f) {
      this.declaration = d;
      this.facts = f;
      this.age = HandWrittenMoh261.age(f);
      this.band = HandWrittenMoh261.band(age);
      var v = d.vitals();
      respiratoryRate = v.respiratoryRatePerMinute().isPresent() ? v.respiratoryRatePerMinute().getAsInt() : Double.NaN;
      spo2 = v.spo2Percent().isPresent() ? v.spo2Percent().getAsInt() : Double.NaN;
      pulse = v.pulsePerMinute().isPresent() ? v.pulsePerMinute().getAsInt() : Double.NaN;
      systolic = v.systolicMmHg().isPresent() ? v.systolicMmHg().getAsInt() : Double.NaN;
      diastolic = v.diastolicMmHg().isPresent() ? v.diastolicMmHg().getAsInt() : Double.NaN;
      temperature = v.temperatureCelsius().isPresent() ? v.temperatureCelsius().getAsDouble() : Double.NaN;
      symptoms = d.symptoms();
      if (d.location().isPresent() && f.home().isPresent()) {
        GeoPoint at = d.location().get();
        accuracy = at.accuracyMeters().orElse(0);
        distance = HandWrittenMoh261.distance(f.home().get(), at, accuracy);
        offHomeMeters = distance - accuracy;
      } else {
        distance = Double.NaN;
        accuracy = Double.NaN;
        offHomeMeters = Double.NaN;
      }
    }

    void add(Finding f) {
      findings = HandWrittenMoh261.add(findings, f);
    }

    boolean has(Symptom[] codes, int atLeast) {
      int n = 0;
      for (Symptom c : codes) {
        if (symptoms.contains(c)) {
          n++;
        }
      }
      return n >= atLeast;
    }

    void group(Symptom[] codes, int atLeast, String id, Severity severity, String key) {
      add(HandWrittenMoh261.finding(id, severity, key, HandWrittenMoh261.groupEvidence(symptoms, codes, atLeast)));
    }

    Assessment assessment(Instant at) {
      return HandWrittenMoh261.finish(declaration, facts, age, findings, at);
    }
  }

  private final KieBase kieBase;

  public DroolsMoh261() {
    this.kieBase = KieBaseBuilder.createKieBaseFromModel(model());
  }

  /** Judges a batch in one session. */
  public void assess(Declaration[] declarations, CaseFacts[] facts, int from, int to, Instant at,
      Assessment[] out) {
    Fact[] batch = fire(kieBase, declarations, facts, from, to);
    for (int i = 0; i < batch.length; i++) {
      out[from + i] = batch[i].assessment(at);
    }
  }

  /** One session for the batch: one fact per declaration inserted, every rule fired; the facts carry the result. */
  static Fact[] fire(KieBase kieBase, Declaration[] declarations, CaseFacts[] facts, int from, int to) {
    Fact[] batch = new Fact[to - from];
    KieSession session = kieBase.newKieSession();
    try {
      for (int i = from; i < to; i++) {
        batch[i - from] = new Fact(declarations[i], facts[i]);
        session.insert(batch[i - from]);
      }
      session.fireAllRules();
    } finally {
      session.dispose();
    }
    return batch;
  }

  static Model model() {
    Variable<Fact> d = declarationOf(Fact.class);
    List<Rule> rules = new ArrayList<>();
    rules.add(rule("moh261.respiratory_rate").build(
        pattern(d).expr("rr", x -> x.respiratoryRate >= HandWrittenMoh261.RESPIRATORY_RATE[x.band]),
        on(d).execute(x -> x.add(HandWrittenMoh261.finding("moh261.respiratory_rate", Severity.ABNORMAL,
            "rules.respiratory_rate.high", new Evidence("respiratoryRatePerMinute", text(x.respiratoryRate), ">=",
                HandWrittenMoh261.RESPIRATORY_RATE_TEXT[x.band]))))));
    rules.add(rule("moh261.spo2").build(pattern(d).expr("spo2", x -> x.spo2 <= 96),
        on(d).execute(x -> x.add(HandWrittenMoh261.finding("moh261.spo2", Severity.ABNORMAL, "rules.spo2.low",
            new Evidence("spo2Percent", text(x.spo2), "<=", "96"))))));
    rules.add(rule("moh261.spo2.emergency").build(pattern(d).expr("spo2e", x -> x.spo2 < 94),
        on(d).execute(x -> x.add(HandWrittenMoh261.finding("moh261.spo2.emergency", Severity.EMERGENCY,
            "rules.spo2.very_low", new Evidence("spo2Percent", text(x.spo2), "<", "94"))))));
    rules.add(rule("moh261.pulse.high").build(pattern(d).expr("ph", x -> x.band >= 2 && x.pulse > 120),
        on(d).execute(x -> x.add(HandWrittenMoh261.finding("moh261.pulse.high", Severity.ABNORMAL,
            "rules.pulse.high", new Evidence("pulsePerMinute", text(x.pulse), ">", "120"))))));
    rules.add(rule("moh261.pulse.low").build(pattern(d).expr("pl", x -> x.band >= 2 && x.pulse < 50),
        on(d).execute(x -> x.add(HandWrittenMoh261.finding("moh261.pulse.low", Severity.ABNORMAL,
            "rules.pulse.low", new Evidence("pulsePerMinute", text(x.pulse), "<", "50"))))));
    rules.add(rule("moh261.blood_pressure.systolic").build(pattern(d).expr("bs", x -> x.band >= 3 && x.systolic < 90),
        on(d).execute(x -> x.add(HandWrittenMoh261.finding("moh261.blood_pressure.systolic", Severity.ABNORMAL,
            "rules.blood_pressure.systolic_low", new Evidence("systolicMmHg", text(x.systolic), "<", "90"))))));
    rules.add(rule("moh261.blood_pressure.diastolic").build(
        pattern(d).expr("bd", x -> x.band >= 3 && x.diastolic < 60),
        on(d).execute(x -> x.add(HandWrittenMoh261.finding("moh261.blood_pressure.diastolic", Severity.ABNORMAL,
            "rules.blood_pressure.diastolic_low", new Evidence("diastolicMmHg", text(x.diastolic), "<", "60"))))));
    rules.add(rule("moh261.fever").build(pattern(d).expr("fever", x -> x.temperature >= 38),
        on(d).execute(x -> x.add(HandWrittenMoh261.finding("moh261.fever", Severity.WATCH, "rules.fever",
            new Evidence("temperatureCelsius", HandWrittenMoh261.temperatureText(x.temperature), ">=", "38"))))));
    group(rules, d, HandWrittenMoh261.BREATHING, 1, false, "moh261.breathing", Severity.ABNORMAL, "rules.breathing");
    group(rules, d, HandWrittenMoh261.CHEST_PAIN, 1, false, "moh261.chest_pain", Severity.ABNORMAL,
        "rules.chest_pain");
    group(rules, d, HandWrittenMoh261.CONSCIOUSNESS, 1, false, "moh261.consciousness", Severity.EMERGENCY,
        "rules.consciousness");
    group(rules, d, HandWrittenMoh261.CYANOSIS, 1, false, "moh261.cyanosis", Severity.EMERGENCY, "rules.cyanosis");
    group(rules, d, HandWrittenMoh261.FEEDING, 1, true, "moh261.child.feeding", Severity.ABNORMAL,
        "rules.child.feeding");
    group(rules, d, HandWrittenMoh261.MIS_C, 3, true, "moh261.child.mis_c", Severity.ABNORMAL, "rules.child.mis_c");
    group(rules, d, HandWrittenMoh261.NEW_ACUTE, 1, false, "moh261.new_acute_illness", Severity.ABNORMAL,
        "rules.new_acute_illness");
    group(rules, d, HandWrittenMoh261.INSTABILITY, 1, false, "moh261.other_instability", Severity.ABNORMAL,
        "rules.other_instability");
    group(rules, d, HandWrittenMoh261.COMMON, 1, false, "moh261.symptoms.common", Severity.WATCH,
        "rules.symptoms.common");
    rules.add(rule("moh261.off_site").build(pattern(d).expr("offsite", x -> x.offHomeMeters > 100),
        on(d).execute(x -> x.add(new Finding("moh261.off_site", Severity.ABNORMAL, AlertKind.OFF_SITE,
            "rules.off_site", List.of(new Evidence("distanceMeters", Long.toString(Math.round(x.distance)), ">", "100"),
                new Evidence("accuracyMeters", Long.toString(Math.round(x.accuracy)), "subtracted", "")))))));
    ModelImpl model = new ModelImpl();
    rules.forEach(model::addRule);
    return model;
  }

  private static void group(List<Rule> rules, Variable<Fact> d, Symptom[] codes, int atLeast, boolean childOnly,
      String id, Severity severity, String key) {
    rules.add(rule(id).build(
        pattern(d).expr(id, x -> (!childOnly || x.band <= 3) && !x.symptoms.isEmpty() && x.has(codes, atLeast)),
        on(d).execute(x -> x.group(codes, atLeast, id, severity, key))));
  }

  private static String text(double v) {
    return Long.toString(Math.round(v));
  }
}

package org.homewatch.benchmarks.rules;

import static org.drools.model.DSL.declarationOf;
import static org.drools.model.DSL.on;
import static org.drools.model.PatternDSL.pattern;
import static org.drools.model.PatternDSL.rule;
import static org.homewatch.benchmarks.rules.HandWrittenMoh261Columns.BREATHING;
import static org.homewatch.benchmarks.rules.HandWrittenMoh261Columns.CHEST_PAIN;
import static org.homewatch.benchmarks.rules.HandWrittenMoh261Columns.COMMON;
import static org.homewatch.benchmarks.rules.HandWrittenMoh261Columns.CONSCIOUSNESS;
import static org.homewatch.benchmarks.rules.HandWrittenMoh261Columns.CYANOSIS;
import static org.homewatch.benchmarks.rules.HandWrittenMoh261Columns.DIASTOLIC;
import static org.homewatch.benchmarks.rules.HandWrittenMoh261Columns.FEEDING;
import static org.homewatch.benchmarks.rules.HandWrittenMoh261Columns.FEVER;
import static org.homewatch.benchmarks.rules.HandWrittenMoh261Columns.INSTABILITY;
import static org.homewatch.benchmarks.rules.HandWrittenMoh261Columns.MIS_C;
import static org.homewatch.benchmarks.rules.HandWrittenMoh261Columns.NEW_ACUTE;
import static org.homewatch.benchmarks.rules.HandWrittenMoh261Columns.OFF_SITE;
import static org.homewatch.benchmarks.rules.HandWrittenMoh261Columns.PULSE_HIGH;
import static org.homewatch.benchmarks.rules.HandWrittenMoh261Columns.PULSE_LOW;
import static org.homewatch.benchmarks.rules.HandWrittenMoh261Columns.RR;
import static org.homewatch.benchmarks.rules.HandWrittenMoh261Columns.SPO2;
import static org.homewatch.benchmarks.rules.HandWrittenMoh261Columns.SPO2_EMERGENCY;
import static org.homewatch.benchmarks.rules.HandWrittenMoh261Columns.SYSTOLIC;

import java.util.List;
import org.drools.model.Model;
import org.drools.model.Variable;
import org.drools.model.impl.ModelImpl;
import org.drools.modelcompiler.KieBaseBuilder;
import org.homewatch.core.rules.CaseFacts;
import org.homewatch.model.Declaration;
import org.homewatch.model.RiskFactor;
import org.kie.api.KieBase;

/**
 * The plain Drools formulation of MoH 261's single-declaration signs: each sign is a rule whose consequence only
 * marks that it fired; the severity follows from the marks (and the risk modifier), as a screening's does. No
 * finding or evidence is built, so its output (severity and fired rules per declaration, bit k:
 * {@link HandWrittenMoh261Columns#RULE_IDS}[k]) is the output of {@code JsonRuleSet.screen} and
 * {@link HandWrittenMoh261Columns}, from the declaration objects instead of columns. Same facts and batching as
 * {@link DroolsMoh261}.
 */
public final class DroolsMoh261FiredRules {
  private final KieBase kieBase = KieBaseBuilder.createKieBaseFromModel(model());

  /** Judges a batch in one session: {@code severity[i]} and {@code fired[i]} as a screening gives them. */
  public void screen(Declaration[] declarations, CaseFacts[] facts, int from, int to, byte[] severity,
      long[] fired) {
    DroolsMoh261.Fact[] batch = DroolsMoh261.fire(kieBase, declarations, facts, from, to);
    for (int i = 0; i < batch.length; i++) {
      DroolsMoh261.Fact f = batch[i];
      int risks = 0;
      for (RiskFactor r : f.facts.riskFactors()) {
        risks |= 1 << r.ordinal();
      }
      fired[from + i] = f.fired;
      severity[from + i] = HandWrittenMoh261Columns.severity(f.fired, f.age, risks);
    }
  }

  static Model model() {
    Variable<DroolsMoh261.Fact> d = declarationOf(DroolsMoh261.Fact.class);
    ModelImpl model = new ModelImpl();
    for (var sign : List.<Sign>of(
        new Sign("moh261.respiratory_rate", RR, x -> x.respiratoryRate >= HandWrittenMoh261.RESPIRATORY_RATE[x.band]),
        new Sign("moh261.spo2", SPO2, x -> x.spo2 <= 96),
        new Sign("moh261.spo2.emergency", SPO2_EMERGENCY, x -> x.spo2 < 94),
        new Sign("moh261.pulse.high", PULSE_HIGH, x -> x.band >= 2 && x.pulse > 120),
        new Sign("moh261.pulse.low", PULSE_LOW, x -> x.band >= 2 && x.pulse < 50),
        new Sign("moh261.blood_pressure.systolic", SYSTOLIC, x -> x.band >= 3 && x.systolic < 90),
        new Sign("moh261.blood_pressure.diastolic", DIASTOLIC, x -> x.band >= 3 && x.diastolic < 60),
        new Sign("moh261.fever", FEVER, x -> x.temperature >= 38),
        new Sign("moh261.breathing", BREATHING, x -> x.has(HandWrittenMoh261.BREATHING, 1)),
        new Sign("moh261.chest_pain", CHEST_PAIN, x -> x.has(HandWrittenMoh261.CHEST_PAIN, 1)),
        new Sign("moh261.consciousness", CONSCIOUSNESS, x -> x.has(HandWrittenMoh261.CONSCIOUSNESS, 1)),
        new Sign("moh261.cyanosis", CYANOSIS, x -> x.has(HandWrittenMoh261.CYANOSIS, 1)),
        new Sign("moh261.child.feeding", FEEDING, x -> x.band <= 3 && x.has(HandWrittenMoh261.FEEDING, 1)),
        new Sign("moh261.child.mis_c", MIS_C, x -> x.band <= 3 && x.has(HandWrittenMoh261.MIS_C, 3)),
        new Sign("moh261.new_acute_illness", NEW_ACUTE, x -> x.has(HandWrittenMoh261.NEW_ACUTE, 1)),
        new Sign("moh261.other_instability", INSTABILITY, x -> x.has(HandWrittenMoh261.INSTABILITY, 1)),
        new Sign("moh261.symptoms.common", COMMON, x -> x.has(HandWrittenMoh261.COMMON, 1)),
        new Sign("moh261.off_site", OFF_SITE, x -> x.offHomeMeters > 100))) {
      long bit = sign.bit();
      model.addRule(rule(sign.id()).build(pattern(d).expr(sign.id(), sign.when()), on(d).execute(x -> x.fired |= bit)));
    }
    return model;
  }

  private record Sign(String id, long bit, org.drools.model.functions.Predicate1<DroolsMoh261.Fact> when) {}
}

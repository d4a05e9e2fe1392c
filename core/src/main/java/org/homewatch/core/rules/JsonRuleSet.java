package org.homewatch.core.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.homewatch.core.rules.definition.RuleSetDefinition;
import org.homewatch.core.rules.internal.Evaluator;
import org.homewatch.core.rules.internal.RuleSetChecks;
import org.homewatch.core.rules.internal.JsonRuleSetWriter;
import org.homewatch.model.Assessment;
import org.homewatch.model.Declaration;
import org.homewatch.model.RuleSetRef;
import org.homewatch.model.Symptom;

/**
 * A rule set defined as data (JSON) and compiled once. Immutable and thread-safe; {@link #assess} allocates only
 * the assessment it returns and the findings in it. Made by {@link RuleSets}.
 */
public final class JsonRuleSet implements RuleSet {
  private final RuleSetDefinition definition;
  private final Evaluator evaluator;

  JsonRuleSet(RuleSetDefinition definition) {
    this.definition = Objects.requireNonNull(definition, "definition");
    this.evaluator = new Evaluator(definition);
  }

  /**
   * What the rule set says, as records: for tools, the verifier, and extending it with
   * {@link RuleSets#load(RuleSet, java.nio.file.Path)}.
   *
   * @return the definition
   */
  public RuleSetDefinition definition() {
    return definition;
  }

  /**
   * The definition as a standalone JSON file that {@link RuleSets#load} reads back to an equal definition.
   *
   * @return the JSON text
   */
  public String toJson() {
    return JsonRuleSetWriter.write(definition);
  }

  /**
   * The id of the age band a person of {@code ageYears} falls in.
   *
   * @param ageYears an age in whole years, 0 or more
   * @return the band's id
   */
  public String ageBandOf(int ageYears) {
    return definition.ageBands().get(evaluator.bandOf(ageYears)).id();
  }

  /** The codes {@link Symptom} names as constants and those this set declares ({@code symptomCodes}). */
  @Override
  public boolean knowsSymptom(Symptom symptom) {
    return RuleSetChecks.BUILT_IN_SYMPTOMS.contains(symptom.code())
        || definition.symptomCodes().contains(symptom.code());
  }

  @Override
  public RuleSetRef ref() {
    return evaluator.ref();
  }

  @Override
  public Duration historyWindow() {
    return evaluator.historyWindow();
  }

  /** True only when a trend rule's test on the declaration itself passes (fever now, SpO2 low enough to drop). */
  @Override
  public boolean readsHistory(Declaration declaration, CaseFacts facts) {
    return evaluator.readsHistory(declaration, facts);
  }

  @Override
  public Assessment assess(Declaration declaration, CaseFacts facts, List<Declaration> history, Instant assessedAt) {
    return evaluator.assess(declaration, facts, history, assessedAt);
  }

  /**
   * Judges every row of the columns with this set's rules that read one declaration (not the trend rules, which
   * need history): each row's severity and, on demand, its findings, as {@link #assess} would give them with no
   * history. For re-judging many stored declarations at once, such as a week of a province's declarations under
   * a proposed rule change; many times faster per declaration than {@link #assess}, because it reads primitive
   * columns rather than declaration objects and makes no objects for normal rows.
   *
   * <p>The columns must not be added to while being screened; rows added later are not in the result.
   *
   * @param columns the declarations to screen
   * @return each row's severity and findings
   */
  public Screening screen(DeclarationColumns columns) {
    return new Screening(columns, ref(), evaluator.columnScreen());
  }

  @Override
  public String toString() {
    return "RuleSet[" + ref() + ", " + definition.rules().size() + " rules]";
  }
}

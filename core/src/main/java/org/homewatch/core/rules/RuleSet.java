package org.homewatch.core.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.homewatch.model.Assessment;
import org.homewatch.model.Declaration;
import org.homewatch.model.RuleSetRef;
import org.homewatch.model.Symptom;

/**
 * A compiled, versioned rule set. Judging is a pure function of its arguments: the same declaration, history and
 * facts give the same assessment, on any thread.
 */
public interface RuleSet {

  /**
   * Id and version, recorded in every assessment so an old judgement can be explained later.
   *
   * @return the rule set's id and version
   */
  RuleSetRef ref();

  /**
   * How far back before a declaration's observation the rules look (trend rules); core loads that much of the
   * case's history and no more. {@link Duration#ZERO} if no rule reads history.
   *
   * @return the window, zero or more
   */
  Duration historyWindow();

  /**
   * Whether judging this declaration could depend on its case's history. Core loads the history only when this
   * is true, so most declarations (no fever, a normal SpO2) cost one read less. An implementation must return
   * true whenever {@code assess(declaration, facts, history, t)} could differ from
   * {@code assess(declaration, facts, List.of(), t)} for some history; the default, true whenever the set has
   * rules that read history, is always safe.
   *
   * @param declaration the declaration about to be judged
   * @param facts the person's facts
   * @return false only if the history cannot change the judgement
   */
  default boolean readsHistory(Declaration declaration, CaseFacts facts) {
    return !historyWindow().isZero();
  }

  /**
   * Whether a declaration may carry this symptom code: a code the rules do not know is judged as if it were not
   * there, so submission refuses it instead of storing it silently ("sneezing" for "runny_nose"). The default
   * knows every code, for rule sets that cannot tell.
   *
   * @param symptom a symptom code
   * @return true if the rules know it
   */
  default boolean knowsSymptom(Symptom symptom) {
    return true;
  }

  /**
   * Judges one declaration.
   *
   * @param declaration the declaration to judge
   * @param facts the person's facts on the declaration's day
   * @return the assessment: severity, findings and this set's ref
   * @param history the case's earlier declarations within {@link #historyWindow()}, oldest first, not including
   *     {@code declaration}
   * @param assessedAt stamped on the result; not otherwise used
   */
  Assessment assess(Declaration declaration, CaseFacts facts, List<Declaration> history, Instant assessedAt);
}

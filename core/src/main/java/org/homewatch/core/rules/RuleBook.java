package org.homewatch.core.rules;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.homewatch.ConfigurationException;
import org.homewatch.NotFoundException;
import org.homewatch.model.Assessment;
import org.homewatch.model.Declaration;
import org.homewatch.model.RuleSetRef;

/**
 * Every rule-set version a deployment has used, so that a declaration judged last month can be explained with the
 * exact rules that judged it (its {@link Assessment#ruleSet()}), after the province changed them. New
 * declarations are judged by {@link #current()}, the version registered last. Keep old versions registered for as
 * long as their assessments are kept. Thread-safe.
 */
public final class RuleBook {
  private final Map<RuleSetRef, RuleSet> versions = new ConcurrentHashMap<>();
  private final AtomicReference<RuleSet> current = new AtomicReference<>();

  /** An empty book; {@link #register} a rule set before judging. */
  public RuleBook() {}

  /**
   * A book holding these sets; the last becomes current.
   *
   * @param ruleSets the versions to hold, oldest first
   * @return the book
   * @throws ConfigurationException if two different sets share an id and version
   */
  public static RuleBook of(RuleSet... ruleSets) {
    RuleBook book = new RuleBook();
    for (RuleSet r : ruleSets) {
      book.register(r);
    }
    return book;
  }

  /**
   * Adds a version and makes it current. Registering the same instance again is a no-op apart from making it
   * current; a different rule set under a ref already held is refused, because it would rewrite history.
   *
   * @param ruleSet the version to add
   * @return this book
   * @throws ConfigurationException if another rule set is already registered under the same id and version
   */
  public RuleBook register(RuleSet ruleSet) {
    Objects.requireNonNull(ruleSet, "ruleSet");
    RuleSet existing = versions.putIfAbsent(ruleSet.ref(), ruleSet);
    if (existing != null && existing != ruleSet && !sameDefinition(existing, ruleSet)) {
      throw new ConfigurationException("rule set " + ruleSet.ref() + " is already registered with different rules;"
          + " give the changed rules a new version");
    }
    current.set(existing != null ? existing : ruleSet);
    return this;
  }

  private static boolean sameDefinition(RuleSet a, RuleSet b) {
    return a instanceof JsonRuleSet x && b instanceof JsonRuleSet y && x.definition().equals(y.definition());
  }

  /**
   * The rule set new declarations are judged by.
   *
   * @return the current rule set
   * @throws ConfigurationException if no rule set is registered
   */
  public RuleSet current() {
    RuleSet c = current.get();
    if (c == null) {
      throw new ConfigurationException("no rule set registered: register RuleSets.moh261() or the province's own");
    }
    return c;
  }

  /**
   * The rule set of this id and version, if registered.
   *
   * @param ref the id and version
   * @return the rule set, or empty
   */
  public Optional<RuleSet> find(RuleSetRef ref) {
    return Optional.ofNullable(versions.get(ref));
  }

  /**
   * The versions held, in id then version order.
   *
   * @return the ids and versions
   */
  public List<RuleSetRef> versions() {
    return versions.keySet().stream()
        .sorted(java.util.Comparator.comparing(RuleSetRef::id).thenComparingInt(RuleSetRef::version))
        .toList();
  }

  /**
   * Judges a declaration again with the rule set that judged it first, giving the same findings and evidence
   * (the rules are pure), whatever is current now.
   *
   * @param original the assessment to explain
   * @param declaration the declaration it judged
   * @param facts the person's facts as they were then
   * @param history the case's earlier declarations within that rule set's history window, oldest first
   * @return the assessment again, with the same findings and assessed-at
   * @throws IllegalArgumentException if the assessment is of another declaration
   * @throws NotFoundException if that version is no longer registered
   */
  public Assessment explain(Assessment original, Declaration declaration, CaseFacts facts,
      List<Declaration> history) {
    if (!original.declarationId().equals(declaration.id())) {
      throw new IllegalArgumentException("the assessment is of declaration " + original.declarationId()
          + ", not " + declaration.id());
    }
    RuleSet rules = find(original.ruleSet()).orElseThrow(() -> new NotFoundException("rule set",
        original.ruleSet()));
    return rules.assess(declaration, facts, history, original.assessedAt());
  }

  /**
   * Judges with the current rule set.
   *
   * @param declaration the declaration
   * @param facts the person's facts on its day
   * @param history the case's earlier declarations within the history window, oldest first
   * @param at stamped on the assessment
   * @return the assessment
   * @throws ConfigurationException if no rule set is registered
   */
  public Assessment assess(Declaration declaration, CaseFacts facts, List<Declaration> history, Instant at) {
    return current().assess(declaration, facts, history, at);
  }
}

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

  public RuleBook() {}

  /** A book holding these sets; the last becomes current. */
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

  /** The rule set new declarations are judged by. */
  public RuleSet current() {
    RuleSet c = current.get();
    if (c == null) {
      throw new ConfigurationException("no rule set registered: register RuleSets.moh261() or the province's own");
    }
    return c;
  }

  public Optional<RuleSet> find(RuleSetRef ref) {
    return Optional.ofNullable(versions.get(ref));
  }

  /** The versions held, in id then version order. */
  public List<RuleSetRef> versions() {
    return versions.keySet().stream()
        .sorted(java.util.Comparator.comparing(RuleSetRef::id).thenComparingInt(RuleSetRef::version))
        .toList();
  }

  /**
   * Judges a declaration again with the rule set that judged it first, giving the same findings and evidence
   * (the rules are pure), whatever is current now.
   *
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

  /** Judges with the current rule set. */
  public Assessment assess(Declaration declaration, CaseFacts facts, List<Declaration> history, Instant at) {
    return current().assess(declaration, facts, history, at);
  }
}

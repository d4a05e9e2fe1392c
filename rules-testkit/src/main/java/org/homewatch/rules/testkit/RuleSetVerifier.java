package org.homewatch.rules.testkit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.homewatch.ConfigurationException;
import org.homewatch.core.rules.JsonRuleSet;
import org.homewatch.core.rules.RuleSet;
import org.homewatch.core.rules.RuleSets;
import org.homewatch.core.rules.definition.RuleSetDefinition;
import org.homewatch.rules.testkit.Problem.Check;

/**
 * Checks that a rule set makes sense, the way a province's CI should before the set judges anyone:
 * <ol>
 *   <li>it loads (the loader's own checks);</li>
 *   <li>every age from 0 falls in exactly one age band;</li>
 *   <li>exhaustively over the boundary grid (each threshold and its neighbours, per age band and risk profile), a
 *       worse measurement is never judged less serious;</li>
 *   <li>every rule can fire, and no rule is fully shadowed by another;</li>
 *   <li>QuickTheories properties over random declarations and histories: the same input is judged the same,
 *       worsening a measurement or adding a symptom never lowers severity, the order of the rules does not matter,
 *       and the set written to JSON and read back is the same set.</li>
 * </ol>
 * All checks run and every problem is reported at once. Seconds for a set of a few dozen rules.
 *
 * <pre>{@code
 * @Test void provinceRulesMakeSense() {
 *   RuleSetVerifier.forFile(Path.of("src/main/resources/gia-lai-rules.json")).assertValid();
 * }
 * }</pre>
 */
public final class RuleSetVerifier {
  private final String name;
  private final Supplier<RuleSetDefinition> definition;
  private final Options options;

  /**
   * How hard to look.
   *
   * @param examples random scenarios per property
   * @param seed fixes the random scenarios, so a CI run can be repeated exactly
   * @param compiler turns a definition into the rule set under test ({@link RuleSets#compile} by default;
   *     replace it to verify an engine of your own against the same definitions)
   * @param writer writes a definition as JSON for the round-trip property ({@link JsonRuleSet#toJson} by default)
   */
  public record Options(int examples, long seed, Function<RuleSetDefinition, RuleSet> compiler,
      Function<RuleSetDefinition, String> writer) {
    /**
     * Refuses fewer than one example and a null compiler or writer.
     *
     * @param examples random scenarios per property
     * @param seed fixes the random scenarios, so a CI run can be repeated exactly
     * @param compiler turns a definition into the rule set under test ({@link RuleSets#compile} by default; replace it
     *     to verify an engine of your own against the same definitions)
     * @param writer writes a definition as JSON for the round-trip property ({@link JsonRuleSet#toJson} by default)
     * @throws IllegalArgumentException if {@code examples} is below 1
     */
    public Options {
      Objects.requireNonNull(compiler, "compiler");
      Objects.requireNonNull(writer, "writer");
      if (examples < 1) {
        throw new IllegalArgumentException("examples must be at least 1, was " + examples);
      }
    }

    /**
     * 400 examples per property, a fixed seed, the shipped compiler and JSON writer.
     *
     * @return the default options
     */
    public static Options defaults() {
      return new Options(400, 20220131L, RuleSets::compile, d -> RuleSets.compile(d).toJson());
    }

    /**
     * These options with another number of examples.
     *
     * @param n random scenarios per property, at least 1
     * @return the new options
     */
    public Options withExamples(int n) {
      return new Options(n, seed, compiler, writer);
    }

    /**
     * These options with another seed.
     *
     * @param s the seed
     * @return the new options
     */
    public Options withSeed(long s) {
      return new Options(examples, s, compiler, writer);
    }

    /**
     * These options with another compiler.
     *
     * @param c turns a definition into the rule set under test
     * @return the new options
     */
    public Options withCompiler(Function<RuleSetDefinition, RuleSet> c) {
      return new Options(examples, seed, c, writer);
    }

    /**
     * These options with another JSON writer.
     *
     * @param w writes a definition as JSON
     * @return the new options
     */
    public Options withWriter(Function<RuleSetDefinition, String> w) {
      return new Options(examples, seed, compiler, w);
    }
  }

  private RuleSetVerifier(String name, Supplier<RuleSetDefinition> definition, Options options) {
    this.name = name;
    this.definition = definition;
    this.options = options;
  }

  /**
   * A rule-set file; an {@code "extends"} in it is resolved against the shipped sets.
   *
   * @param file the rule-set JSON file
   * @return a verifier with the default options
   */
  public static RuleSetVerifier forFile(Path file) {
    return new RuleSetVerifier(file.toString(), () -> RuleSets.load(file).definition(), Options.defaults());
  }

  /**
   * A province file that extends a base set of your own.
   *
   * @param base the set the file extends
   * @param file the province's rule-set JSON file
   * @return a verifier with the default options
   */
  public static RuleSetVerifier forFile(RuleSet base, Path file) {
    return new RuleSetVerifier(file.toString(), () -> RuleSets.load(base, file).definition(), Options.defaults());
  }

  /**
   * A loaded rule set (e.g. {@link RuleSets#moh261()}).
   *
   * @param rules the rule set
   * @return a verifier with the default options
   */
  public static RuleSetVerifier of(JsonRuleSet rules) {
    return of(rules.definition());
  }

  /**
   * A definition built in code; it need not have passed the loader (the verifier reports why it would not).
   *
   * @param definition the definition
   * @return a verifier with the default options
   */
  public static RuleSetVerifier of(RuleSetDefinition definition) {
    return new RuleSetVerifier(definition.id() + "@" + definition.version(), () -> definition, Options.defaults());
  }

  /**
   * This verifier with other options.
   *
   * @param newOptions the options
   * @return a new verifier
   */
  public RuleSetVerifier with(Options newOptions) {
    return new RuleSetVerifier(name, definition, Objects.requireNonNull(newOptions, "options"));
  }

  /**
   * Runs every check.
   *
   * @return every problem found; {@link VerificationReport#isValid()} when none
   */
  public VerificationReport verify() {
    List<Problem> problems = new ArrayList<>();
    RuleSetDefinition d;
    try {
      d = definition.get();
    } catch (ConfigurationException e) {
      problems.add(new Problem(Check.LOADS, e.getMessage()));
      return new VerificationReport(name, problems);
    }
    if (d.rules().isEmpty()) {
      problems.add(new Problem(Check.HAS_RULES, "the rule set has no rules, so no check could find anything: "
          + "a set that judges nothing abnormal is never what a province means"));
      return new VerificationReport(name, problems);
    }
    problems.addAll(StaticChecks.ageBands(d));
    RuleSet rules;
    try {
      rules = options.compiler().apply(d);
    } catch (ConfigurationException e) {
      problems.add(new Problem(Check.LOADS, e.getMessage()));
      return new VerificationReport(name, problems);
    }
    problems.addAll(BoundaryChecks.monotone(d, rules));
    problems.addAll(Witnesses.everyRuleCanFire(d, rules));
    problems.addAll(StaticChecks.shadowing(d));
    problems.addAll(new Properties(d, rules, options).all());
    return new VerificationReport(name, problems);
  }

  /** Runs every check and fails with all problems listed, if there are any. */
  public void assertValid() {
    verify().assertValid();
  }
}

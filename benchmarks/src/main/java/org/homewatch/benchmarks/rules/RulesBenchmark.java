package org.homewatch.benchmarks.rules;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.homewatch.core.rules.DeclarationColumns;
import org.homewatch.core.rules.JsonRuleSet;
import org.homewatch.core.rules.Screening;
import org.homewatch.core.rules.RuleSets;
import org.homewatch.model.Assessment;
import org.homewatch.model.Declaration;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Declarations judged per second, one thread, over the same pre-generated million realistic declarations, by MoH
 * 261's rules in several engines. Each operation is one declaration (the score is declarations/s). The benchmarks
 * fall in two groups by what they compute; a ratio means something only inside a group:
 *
 * <ul>
 *   <li><b>Full assessments from declaration objects</b> (severity after the risk modifier, and every finding with
 *       its evidence): {@link #jsonRuleSet} (the shipped JSON set's {@code assess}, no history),
 *       {@link #handWrittenIfs} (the same rules as hand-written {@code if}s, the ceiling) and
 *       {@link #drools10ExecutableModel} (Drools 10, executable model, batches of 10,000, consequences that build
 *       the findings). {@link #jsonRuleSetWithHistory} does more (the trend rules read 14 earlier declarations)
 *       and has no peer.</li>
 *   <li><b>Severity and fired rules per declaration</b> (no finding built; findings on demand):
 *       {@link #jsonRuleSetScreeningColumns} ({@code JsonRuleSet.screen} over {@code DeclarationColumns}),
 *       {@link #handWrittenIfsOverColumns} (its hand-written ceiling over the same columns) and
 *       {@link #drools10FiredRules} (the plain Drools formulation: one rule per sign whose consequence marks that
 *       it fired, over the declaration objects). The last reads objects, not columns: against screening it
 *       compares the same output from each engine's natural input, not the same input layout.</li>
 * </ul>
 *
 * {@code EnginesAgreeTest} checks that the engines of each group give the same output on this workload.
 * Run: {@code java -jar benchmarks/target/benchmarks.jar Rules -f 1 -wi 2 -i 3}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgs = {"-Xms4g", "-Xmx4g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class RulesBenchmark {
  static final int DECLARATIONS = 1_000_000;
  static final int DROOLS_BATCH = 10_000;

  /**
   * How many distinct declarations the million judgements cycle through: the one million by default;
   * {@code -p distinct=10000} keeps them in cache, to tell the engines' own cost from memory traffic.
   */
  @Param({"1000000"})
  public int distinct;

  private Declaration[] declarations;
  private org.homewatch.core.rules.CaseFacts[] facts;
  private JsonRuleSet json;
  private DroolsMoh261 drools;
  private DroolsMoh261FiredRules droolsFiredRules;
  private byte[] droolsSeverity;
  private long[] droolsFired;
  private Assessment[] droolsOut;
  private List<List<Declaration>> histories;
  private DeclarationColumns columns;
  private byte[] handSeverity;
  private long[] handFired;

  @Setup
  public void setUp() {
    Workload w = Workload.generate(distinct, 261);
    declarations = new Declaration[DECLARATIONS];
    facts = new org.homewatch.core.rules.CaseFacts[DECLARATIONS];
    for (int i = 0; i < DECLARATIONS; i++) {
      declarations[i] = w.declarations[i % distinct];
      facts[i] = w.facts[i % distinct];
    }
    json = RuleSets.moh261();
    drools = new DroolsMoh261();
    droolsFiredRules = new DroolsMoh261FiredRules();
    droolsSeverity = new byte[DECLARATIONS];
    droolsFired = new long[DECLARATIONS];
    droolsOut = new Assessment[DECLARATIONS];
    histories = Workload.histories(1024, 7, 4038);
    columns = DeclarationColumns.of(Arrays.asList(declarations), Arrays.asList(facts));
    handSeverity = new byte[DECLARATIONS];
    handFired = new long[DECLARATIONS];
  }

  /**
   * The same million declarations, laid out as {@link DeclarationColumns} (built once, in setup, like the object
   * array), screened by the JSON set's single-declaration rules: each row's severity and fired rules, findings
   * made only when asked for.
   */
  @Benchmark
  @OperationsPerInvocation(DECLARATIONS)
  public Screening jsonRuleSetScreeningColumns() {
    return json.screen(columns);
  }

  /** The ceiling for {@link #jsonRuleSetScreeningColumns}: the same rules as hand-written ifs over the columns. */
  @Benchmark
  @OperationsPerInvocation(DECLARATIONS)
  public void handWrittenIfsOverColumns(Blackhole bh) {
    HandWrittenMoh261Columns.screen(columns, handSeverity, handFired);
    bh.consume(handSeverity);
    bh.consume(handFired);
  }

  /**
   * The same, with each declaration's last seven days of history (14 declarations) as core passes it: the trend
   * rules (fever on 3 days, SpO2 below the person's baseline, a child's fever for 48 h) read it.
   */
  @Benchmark
  @OperationsPerInvocation(DECLARATIONS)
  public void jsonRuleSetWithHistory(Blackhole bh) {
    for (int i = 0; i < DECLARATIONS; i++) {
      bh.consume(json.assess(declarations[i], facts[i], histories.get(i & 1023), Workload.AT));
    }
  }

  @Benchmark
  @OperationsPerInvocation(DECLARATIONS)
  public void jsonRuleSet(Blackhole bh) {
    List<Declaration> noHistory = List.of();
    for (int i = 0; i < DECLARATIONS; i++) {
      bh.consume(json.assess(declarations[i], facts[i], noHistory, Workload.AT));
    }
  }

  @Benchmark
  @OperationsPerInvocation(DECLARATIONS)
  public void handWrittenIfs(Blackhole bh) {
    for (int i = 0; i < DECLARATIONS; i++) {
      bh.consume(HandWrittenMoh261.assess(declarations[i], facts[i], Workload.AT));
    }
  }

  @Benchmark
  @OperationsPerInvocation(DECLARATIONS)
  public void drools10ExecutableModel(Blackhole bh) {
    for (int from = 0; from < DECLARATIONS; from += DROOLS_BATCH) {
      drools.assess(declarations, facts, from, from + DROOLS_BATCH, Workload.AT, droolsOut);
    }
    bh.consume(droolsOut);
  }

  /** Severity and fired rules, as {@link #jsonRuleSetScreeningColumns} gives them, by Drools over the objects. */
  @Benchmark
  @OperationsPerInvocation(DECLARATIONS)
  public void drools10FiredRules(Blackhole bh) {
    for (int from = 0; from < DECLARATIONS; from += DROOLS_BATCH) {
      droolsFiredRules.screen(declarations, facts, from, from + DROOLS_BATCH, droolsSeverity, droolsFired);
    }
    bh.consume(droolsSeverity);
    bh.consume(droolsFired);
  }
}

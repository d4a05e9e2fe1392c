package org.homewatch.core.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import org.homewatch.ConfigurationException;
import org.homewatch.core.rules.RuleSets;
import org.homewatch.core.schedule.MonitoringPolicy;

/**
 * Fuzz tests of the JSON files a province writes by hand: a rule set (standalone, or overriding a shipped one)
 * and a monitoring policy. Whatever the bytes, a loader either returns or throws a
 * {@link ConfigurationException} naming what is wrong; any other exception fails the test.
 *
 * <p>In {@code mvn verify} they run in Jazzer's regression mode: each file of the committed seed corpus
 * ({@code src/test/resources/org/homewatch/core/fuzz/JsonLoaderFuzzTestInputs/<method>/}) once, in well under a
 * second. Fuzzing for longer is by hand, one method at a time (see the README):
 * {@code JAZZER_FUZZ=1 mvn -B -pl core -am test -Dtest='JsonLoaderFuzzTest#ruleSets' -Dsurefire.failIfNoSpecifiedTests=false}.
 * A crash found then is written to that method's seed directory, where it stays as a regression test.
 */
class JsonLoaderFuzzTest {

  @FuzzTest(maxDuration = "10m")
  void ruleSets(byte[] json) {
    try {
      RuleSets.load("fuzz.json", new ByteArrayInputStream(json));
    } catch (ConfigurationException refused) {
      // the documented refusal
    }
  }

  @FuzzTest(maxDuration = "10m")
  void ruleSetOverrides(byte[] json) {
    try {
      RuleSets.load(RuleSets.moh261(), "fuzz.json", new ByteArrayInputStream(json));
    } catch (ConfigurationException refused) {
      // the documented refusal
    }
  }

  @FuzzTest(maxDuration = "10m")
  void monitoringPolicy(byte[] json) {
    try {
      MonitoringPolicy.load(new ByteArrayInputStream(json), "fuzz.json");
    } catch (ConfigurationException refused) {
      // the documented refusal
    }
  }
}

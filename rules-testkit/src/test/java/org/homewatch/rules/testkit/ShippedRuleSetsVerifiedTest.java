package org.homewatch.rules.testkit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.homewatch.core.rules.RuleSets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ShippedRuleSetsVerifiedTest {
  @Test
  @DisplayName("the shipped MoH 261 set passes every check of the verifier")
  void moh261() {
    VerificationReport report = RuleSetVerifier.of(RuleSets.moh261()).verify();
    assertTrue(report.isValid(), report.describe());
  }

  @Test
  @DisplayName("the shipped MoH 4038 set passes every check of the verifier")
  void moh4038() {
    RuleSetVerifier.of(RuleSets.moh4038()).assertValid();
  }

  @Test
  @DisplayName("the example province file of the README passes every check, loaded from disk as a province would")
  void provinceExample() throws URISyntaxException {
    Path file = Path.of(getClass().getResource("/gia-lai-example.json").toURI());
    RuleSetVerifier.forFile(file).assertValid();
  }
}

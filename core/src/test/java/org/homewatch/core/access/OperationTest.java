package org.homewatch.core.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OperationTest {

  @Test
  @DisplayName("every operation is audited under an action of its own")
  void actionsAreDistinct() {
    Set<String> actions = Arrays.stream(Operation.values()).map(Operation::auditAction).collect(Collectors.toSet());
    assertEquals(Operation.values().length, actions.size());
  }

  @Test
  @DisplayName("the action names already in audit trails are still the names their operations are recorded under")
  void releasedActionNamesAreKept() {
    Set<String> recorded = Arrays.stream(Operation.values()).map(Operation::auditAction).collect(Collectors.toSet());
    for (String released : Set.of("case.register", "case.read", "case.list", "case.period", "case.transfer",
        "case.escalated", "case.cancelled", "case.completed", "case.activate", "case.complete", "case.compliance",
        "declaration.submit", "declaration.submitAll", "declaration.list", "spotcheck.request", "spotcheck.read",
        "spotcheck.settle", "schedule.sweep", "schedule.remind", "alert.list", "alert.read", "alert.acknowledge",
        "alert.resolve", "alert.escalate", "outbox.dispatch", "feedback.submit", "feedback.reply", "feedback.close",
        "feedback.list", "jurisdiction.import", "account.save", "account.duty", "account.read")) {
      assertTrue(recorded.contains(released), released + " is no operation's audit action any more");
    }
  }
}

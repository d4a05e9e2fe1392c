package org.homewatch.core.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.homewatch.AccessDeniedException;
import org.homewatch.core.Homewatch;
import org.homewatch.core.World;
import org.homewatch.core.declarations.BatchResult;
import org.homewatch.model.AccountId;
import org.homewatch.model.AuditEvent;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.JurisdictionScheme;
import org.homewatch.model.PageRequest;
import org.homewatch.model.Principal;
import org.homewatch.model.Role;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The access sweep (issue 10): every public method that takes a {@link Principal}, of every service reachable from
 * {@link Homewatch}, found by reflection, is called against commune A's data by principals who must be refused:
 * staff of another commune, another district and another province (holding every staff role, so that only the
 * place can refuse them), the whole country of the other scheme (every staff role too), a citizen of commune A who is not the person, and a numbers-only REPORT_VIEWER of the
 * whole province. Each refusal must be an {@link AccessDeniedException} and be audited under commune A (or, for a
 * background batch, under the scope it would have run on).
 *
 * <p>Arguments come from {@link SweepWorld#argument}, keyed by parameter type. A new operation whose parameters the
 * sweep cannot build fails here (add a factory), and so does one that lets any of these principals through
 * without being listed in {@link #ALLOWED} with a reason.
 */
class AccessSweepTest {

  /** Who is swept, and where their refusal must be audited for a targeted operation. */
  enum Intruder {
    OTHER_COMMUNE, OTHER_DISTRICT, OTHER_PROVINCE, OTHER_SCHEME_NATIONAL, CITIZEN_NOT_THE_PERSON, REPORT_VIEWER;

    Principal principal(SweepWorld w) {
      Role[] staff = EnumSet.complementOf(EnumSet.of(Role.CITIZEN)).toArray(Role[]::new);
      return switch (this) {
        case OTHER_COMMUNE -> Principal.staff(new AccountId("intruder-commune"), World.COMMUNE_B, staff);
        case OTHER_DISTRICT -> Principal.staff(new AccountId("intruder-district"), SweepWorld.OTHER_DISTRICT, staff);
        case OTHER_PROVINCE -> Principal.staff(new AccountId("intruder-province"), SweepWorld.OTHER_PROVINCE, staff);
        // The whole country, but in the other scheme: a national principal of one scheme sees nothing of the other.
        case OTHER_SCHEME_NATIONAL -> Principal.staff(new AccountId("intruder-national"),
            JurisdictionPath.national(World.PROVINCE.scheme() == JurisdictionScheme.GSO_2021
                ? JurisdictionScheme.GSO_2025 : JurisdictionScheme.GSO_2021), staff);
        case CITIZEN_NOT_THE_PERSON -> w.neighbour;
        case REPORT_VIEWER -> Principal.staff(new AccountId("numbers-only"), World.PROVINCE, Role.REPORT_VIEWER);
      };
    }
  }

  private static final Set<Intruder> PLACES =
      EnumSet.of(Intruder.OTHER_COMMUNE, Intruder.OTHER_DISTRICT, Intruder.OTHER_PROVINCE,
          Intruder.OTHER_SCHEME_NATIONAL);

  /**
   * Operations that legitimately let some of these principals through, and why. Everything not listed here must
   * refuse all five.
   */
  static final Map<String, Exception> ALLOWED = Map.ofEntries(
      background("NotificationDispatcher.dispatch"),
      background("NotificationDispatcher.drain"),
      background("AlertService.escalateOverdue"),
      background("AlertService.followUpUnresolved"),
      background("FeedbackService.raiseUnanswered"),
      background("CaseLifecycleService.activateDue"),
      background("CaseLifecycleService.completeDue"),
      background("SpotCheckService.settleDue"),
      background("SpotCheckService.requestRandomDue"),
      background("ScheduleService.sweepMissedDeclarations"),
      background("ScheduleService.sweepAllMissedDeclarations"),
      background("ScheduleService.sendReminders"),
      background("ReportService.checkCountersBatch"),
      background("ReportService.settleSlots"),
      background("RetentionService.purge"),
      aggregates("ReportService.report"),
      aggregates("ReportService.usage"),
      ownScope("AlertService.activeQueue"),
      Map.entry("AccountService.find", new Exception(PLACES, true, "an account outside the caller's scope is "
          + "answered as an absent one (empty), so that the answer does not tell whether the id exists (the attempt "
          + "is audited under the account's unit: AccountLookupTest); a citizen and a report viewer are refused by "
          + "role before anything is read, audited under their own scope")),
      ownScope("FeedbackService.inbox"),
      Map.entry("CitizenService.cases", new Exception(EnumSet.of(Intruder.CITIZEN_NOT_THE_PERSON), true,
          "lists the caller's own person's cases and their household's, which has no target argument to refuse: a "
          + "citizen who is not the person gets their own list, checked to hold nothing of the target case; staff "
          + "and a report viewer are refused, audited under their own scope")));

  /**
   * An allowance: which intruders get through, and the reason written down.
   *
   * @param ownScope the operation's target is the caller's own scope, so that is where its refusal is audited
   */
  record Exception(Set<Intruder> allowed, boolean ownScope, String reason) {}

  private static Map.Entry<String, Exception> background(String method) {
    return Map.entry(method, new Exception(PLACES, true, "a background batch over the caller's own scope: staff "
        + "holding SYSTEM or ADMINISTRATOR elsewhere run it there (what it selects is issue 10.7's test); a "
        + "citizen and a report viewer are refused, audited under their own scope, the batch's target"));
  }

  private static Map.Entry<String, Exception> aggregates(String method) {
    return Map.entry(method, new Exception(EnumSet.of(Intruder.REPORT_VIEWER), false, "a report holds aggregates "
        + "only, and reading the reports of its scope is what a report viewer is for; the sweep checks that what it "
        + "returns shows none of commune A's case, person or alert ids"));
  }

  private static Map.Entry<String, Exception> ownScope(String method) {
    return Map.entry(method, new Exception(PLACES, true, "lists the caller's own scope, which has no target "
        + "argument to refuse: staff elsewhere get their own (here empty) list, checked to hold nothing of "
        + "commune A; a citizen and a report viewer are refused, audited under that scope, the list's target"));
  }

  /** Every public method taking a Principal of every service Homewatch hands out, named Class.method. */
  static List<Method> operations() {
    List<Method> found = new ArrayList<>();
    for (Method getter : Homewatch.class.getMethods()) {
      if (getter.getParameterCount() != 0 || getter.getDeclaringClass() != Homewatch.class
          || Modifier.isStatic(getter.getModifiers()) || getter.getReturnType().isPrimitive()) {
        continue;
      }
      for (Method m : getter.getReturnType().getMethods()) {
        if (!Modifier.isStatic(m.getModifiers()) && Arrays.asList(m.getParameterTypes()).contains(Principal.class)
            && found.stream().noneMatch(f -> f.equals(m))) {
          found.add(m);
        }
      }
    }
    found.sort(Comparator.comparing(AccessSweepTest::name));
    return found;
  }

  static String name(Method m) {
    return m.getDeclaringClass().getSimpleName() + "." + m.getName();
  }

  @Test
  @DisplayName("the sweep finds the operations of every service (so it cannot pass by finding none)")
  void findsTheOperations() {
    List<String> names = operations().stream().map(AccessSweepTest::name).toList();
    assertTrue(names.size() >= 35, "found only " + names);
    for (String expected : List.of("CaseService.get", "AccountService.save", "DeclarationService.submitAll",
        "NotificationDispatcher.dispatch", "FeedbackService.reply", "JurisdictionService.importUnits")) {
      assertTrue(names.contains(expected), expected + " missing from " + names);
    }
    for (String allowed : ALLOWED.keySet()) {
      assertTrue(names.contains(allowed), "an allowance for an operation that no longer exists: " + allowed);
    }
  }

  @TestFactory
  @DisplayName("every operation refuses another commune, district, province, a citizen who is not the person and "
      + "a report viewer, and audits the refusal under the target's unit")
  Stream<DynamicNode> sweep() {
    return operations().stream().map(m -> DynamicContainer.dynamicContainer(name(m),
        Arrays.stream(Intruder.values()).map(intruder ->
            DynamicTest.dynamicTest(intruder.name().toLowerCase(java.util.Locale.ROOT), () -> probe(m, intruder)))));
  }

  private static void probe(Method m, Intruder intruder) throws Throwable {
    try (SweepWorld w = new SweepWorld()) {
      Principal principal = intruder.principal(w);
      Object service = w.serviceOf(m);
      Type[] types = m.getGenericParameterTypes();
      Object[] args = new Object[types.length];
      for (int i = 0; i < types.length; i++) {
        args[i] = types[i] == Principal.class ? principal : w.argument(types[i], name(m));
      }
      Exception allowance = ALLOWED.get(name(m));
      JurisdictionPath target = allowance != null && allowance.ownScope() ? principal.scope() : World.COMMUNE_A;
      Object result;
      try {
        result = m.invoke(service, args);
      } catch (InvocationTargetException e) {
        if (e.getCause() instanceof AccessDeniedException denied) {
          assertAuditedUnder(w, principal, target, name(m));
          assertTrue(denied.target().isPresent(), "the refusal names its target: " + denied);
          return;
        }
        throw new AssertionError(name(m) + " by " + intruder + " failed with " + e.getCause()
            + " instead of being refused", e.getCause());
      }
      if (result instanceof BatchResult batch && !batch.items().isEmpty()
          && batch.items().stream().allMatch(item -> item.rejected().filter(AccessDeniedException.class::isInstance)
              .isPresent())) {
        // A batch refuses item by item (the rest of a citizen's upload still counts); each refusal is audited.
        assertAuditedUnder(w, principal, target, name(m));
        return;
      }
      if (allowance != null && allowance.allowed().contains(intruder)) {
        String shown = String.valueOf(result);
        for (String secret : w.targetIds()) {
          assertFalse(shown.contains(secret), name(m) + " let " + intruder + " see commune A's " + secret + ": "
              + shown);
        }
        return;
      }
      fail(name(m) + " let " + intruder + " (" + principal + ") through, returning " + result + "; add a check "
          + "(or, if this is right, an entry in AccessSweepTest.ALLOWED with the reason)");
    }
  }

  private static void assertAuditedUnder(SweepWorld w, Principal principal, JurisdictionPath unit, String method) {
    List<AuditEvent> refusals = w.storage.inTransaction(tx -> tx.audit().list(unit, World.START.minusSeconds(1),
        PageRequest.first(1000))).items().stream()
        .filter(e -> e.action().equals("access.denied") && e.actor().equals(principal.account())
            && e.unit().equals(unit))
        .toList();
    assertFalse(refusals.isEmpty(), method + ": the refusal of " + principal.account() + " is not in the audit of "
        + unit);
  }

  /** Keeps the factories honest: an unknown parameter type fails the sweep with the fix to make. */
  @Test
  @DisplayName("a parameter type without an argument factory fails the sweep, naming the type")
  void unknownParameterTypeFails() {
    try (SweepWorld w = new SweepWorld()) {
      AssertionError e = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class,
          () -> w.argument(Thread.class, "Some.operation"));
      assertTrue(e.getMessage().contains("java.lang.Thread") && e.getMessage().contains("Some.operation"),
          e.getMessage());
    }
  }
}

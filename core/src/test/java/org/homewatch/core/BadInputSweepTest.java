package org.homewatch.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.homewatch.HomewatchException;
import org.homewatch.model.Account;
import org.homewatch.model.AccountId;
import org.homewatch.model.Alert;
import org.homewatch.model.AlertId;
import org.homewatch.model.AlertQuery;
import org.homewatch.model.CaseCategory;
import org.homewatch.model.CaseId;
import org.homewatch.model.CaseQuery;
import org.homewatch.model.ContactPoint;
import org.homewatch.model.DeclarationId;
import org.homewatch.model.Feedback;
import org.homewatch.model.FeedbackId;
import org.homewatch.model.FeedbackTopic;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.Jurisdiction;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.NewCase;
import org.homewatch.model.NewDeclaration;
import org.homewatch.model.PageRequest;
import org.homewatch.model.PersonId;
import org.homewatch.model.Principal;
import org.homewatch.model.QuarantineDecision;
import org.homewatch.model.Role;
import org.homewatch.spi.storage.OutboxMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The bad-input sweep (issue 10, "tests that stay in the build"): every public operation reachable from
 * {@link Homewatch} that takes a {@link Principal} is called by reflection with a null in each parameter in turn,
 * and with control characters, huge strings, far dates and extreme numbers in each parameter of those types,
 * by principals of every kind. Only {@link HomewatchException} subtypes may escape, a null or a control character
 * is always refused, and a refused call leaves the stores as they were. A new operation is swept without a line
 * here; a parameter type the sweep cannot fill fails it, naming the type to add to {@link #sample}.
 *
 * <p>Runs on the in-memory storage: refusals happen before storage is reached. What does reach storage (the
 * longest and strangest values the model accepts) is checked on every storage by the storage TCK's
 * {@code InputRoundTripContract}.
 */
class BadInputSweepTest {
  private static final List<String> CONTROL = List.of("a\u0000b", "a\u001bb", "a\u0007b", "a\u202eb", "a\u2066b",
      "a\ud800b", "a\u0085b");
  private static final String HUGE = "a".repeat(100_000);
  private static final List<LocalDate> FAR_DATES = List.of(LocalDate.MAX, LocalDate.MIN, LocalDate.of(21, 8, 16),
      LocalDate.of(1900, 1, 1), LocalDate.of(9999, 12, 31));

  private final World world = new World();
  private final IsolationCase c = world.registerF2("Nguyễn Thị Hoà", World.COMMUNE_A);
  private final Alert alert;
  private final Feedback feedback;
  private int people;
  /** Every operation and parameter that let a bad value through, reported together at the end of a test. */
  private final java.util.Set<String> failures = new java.util.TreeSet<>();

  BadInputSweepTest() {
    world.homewatch.declarations().submit(world.citizen(c), world.declaration(c, World.spo2(93)));
    alert = world.storage.inTransaction(tx -> tx.alerts().listForCase(c.id())).get(0);
    feedback = world.homewatch.feedback().submit(world.citizen(c), c.id(), FeedbackTopic.MEDICINE, "hết thuốc");
  }

  @AfterEach
  void close() {
    world.close();
  }

  private List<Principal> principals() {
    return List.of(world.system, world.admin, world.enroller, world.nurseA, world.supervisor, world.citizen(c),
        Principal.staff(new AccountId("viewer"), World.PROVINCE, Role.REPORT_VIEWER));
  }

  /** Public operations taking a principal, of every service {@link Homewatch} hands out. */
  private List<Method> operations() {
    List<Method> out = new ArrayList<>();
    for (Method getter : Homewatch.class.getMethods()) {
      if (getter.getParameterCount() != 0 || getter.getDeclaringClass() != Homewatch.class) {
        continue;
      }
      for (Method m : getter.getReturnType().getMethods()) {
        if (!Modifier.isStatic(m.getModifiers()) && Arrays.asList(m.getParameterTypes()).contains(Principal.class)) {
          out.add(m);
        }
      }
    }
    out.sort(Comparator.comparing(Method::toGenericString));
    assertTrue(out.size() > 20, "the sweep found only " + out.size() + " operations");
    return out;
  }

  private Object service(Method m) throws ReflectiveOperationException {
    for (Method getter : Homewatch.class.getMethods()) {
      if (getter.getParameterCount() == 0 && getter.getDeclaringClass() == Homewatch.class
          && m.getDeclaringClass().isAssignableFrom(getter.getReturnType())) {
        return getter.invoke(world.homewatch);
      }
    }
    throw new AssertionError("no service for " + m);
  }

  /** A plausible value of each parameter type, so that a bad value in another parameter is reached. */
  private Object sample(Method m, int index, Principal principal) {
    Class<?> type = m.getParameterTypes()[index];
    Type generic = m.getGenericParameterTypes()[index];
    List<Class<?>> types = Arrays.asList(m.getParameterTypes());
    if (type == Principal.class) {
      return principal;
    } else if (type == CaseId.class) {
      return c.id();
    } else if (type == AlertId.class) {
      return alert.id();
    } else if (type == FeedbackId.class) {
      return feedback.id();
    } else if (type == DeclarationId.class) {
      return DeclarationId.random();
    } else if (type == org.homewatch.model.OutboxMessageId.class) {
      return org.homewatch.model.OutboxMessageId.random();
    } else if (type == AccountId.class) {
      return world.nurseA.account();
    } else if (type == PersonId.class) {
      return c.person().id();
    } else if (type == long.class) {
      return types.contains(AlertId.class) ? currentAlert().version()
          : types.contains(FeedbackId.class) ? currentFeedback().version() : currentCase().version();
    } else if (type == int.class) {
      return 10;
    } else if (type == boolean.class) {
      return true;
    } else if (type == String.class) {
      return "lý do hợp lệ";
    } else if (type == LocalDate.class) {
      return World.TODAY.plusDays(3);
    } else if (type == Instant.class) {
      return world.clock.instant();
    } else if (type == Duration.class) {
      return Duration.ofHours(1);
    } else if (type == JurisdictionPath.class) {
      return World.COMMUNE_B;
    } else if (type == PageRequest.class) {
      return PageRequest.first(10);
    } else if (type == org.homewatch.core.reports.ReportRequest.class) {
      return org.homewatch.core.reports.ReportRequest.of(World.PROVINCE, World.TODAY, World.TODAY);
    } else if (type == org.homewatch.model.AuditQuery.class) {
      return org.homewatch.model.AuditQuery.in(World.PROVINCE, World.START, World.START.plusSeconds(86_400));
    } else if (type == CaseQuery.class) {
      return CaseQuery.in(World.PROVINCE);
    } else if (type == org.homewatch.model.AccountQuery.class) {
      return org.homewatch.model.AccountQuery.in(World.PROVINCE);
    } else if (type == AlertQuery.class) {
      return AlertQuery.active(World.PROVINCE);
    } else if (type == NewCase.class) {
      return newCase();
    } else if (type == org.homewatch.core.cases.CaseCorrection.class) {
      return new org.homewatch.core.cases.CaseCorrection.Phone(org.homewatch.model.PhoneNumber.parse("0912 345 678"));
    } else if (type == NewDeclaration.class) {
      return world.declaration(c, World.normal());
    } else if (type == Account.class) {
      return new Account(new AccountId("nurse-c"), "Y tá C", Set.of(Role.MONITOR), World.COMMUNE_A,
          List.of(new ContactPoint("test", "nurse-c")), false, true, 0);
    } else if (type == org.homewatch.core.directory.SchemeMapping.class) {
      return org.homewatch.core.directory.SchemeMapping.of(java.util.Map.of(World.COMMUNE_A,
          JurisdictionPath.of(org.homewatch.model.JurisdictionScheme.GSO_2025, "52", "23941")));
    } else if (type == Optional.class) {
      return Optional.empty();
    } else if (type.isEnum()) {
      return type.getEnumConstants()[0];
    } else if (type == Set.class) {
      return Set.of();
    } else if (type == List.class || type == Collection.class) {
      Type element = generic instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
      if (element == NewDeclaration.class) {
        return List.of(world.declaration(c, World.normal()));
      } else if (element == Jurisdiction.class) {
        return List.of(new Jurisdiction(World.COMMUNE_A, "Thị trấn Chư Sê"));
      }
      return List.of();
    }
    throw new AssertionError("the bad-input sweep has no sample of " + generic + " for " + m
        + "; add one to BadInputSweepTest.sample");
  }

  private NewCase newCase() {
    return NewCase.of(World.person("Người Thứ " + (++people), World.COMMUNE_A, 1980 + people % 20),
        CaseCategory.F1, new QuarantineDecision("1/QĐ", "UBND", World.TODAY), World.TODAY);
  }

  private IsolationCase currentCase() {
    return world.storage.inTransaction(tx -> tx.cases().find(c.id())).orElseThrow();
  }

  private Alert currentAlert() {
    return world.storage.inTransaction(tx -> tx.alerts().find(alert.id())).orElseThrow();
  }

  private Feedback currentFeedback() {
    return world.storage.inTransaction(tx -> tx.feedback().find(feedback.id())).orElseThrow();
  }

  /** What a refused call must leave as it was: cases, declarations, alerts, feedback, outbox, accounts, units. */
  private String stores() {
    return world.storage.inTransaction(tx -> {
      StringBuilder sb = new StringBuilder();
      tx.cases().list(CaseQuery.in(World.PROVINCE), PageRequest.first(1000)).items()
          .forEach(x -> sb.append(x.id()).append('@').append(x.version()).append(' ')
              .append(tx.declarations().observedBetween(x.id(), Instant.EPOCH, Instant.parse("3000-01-01T00:00:00Z"),
                  1000).size()).append(' ').append(tx.alerts().listForCase(x.id()).stream()
                  .map(a -> a.id() + "@" + a.version()).sorted().toList()).append('\n'));
      sb.append(tx.feedback().list(World.PROVINCE, Set.of(), PageRequest.first(1000)).items().stream()
          .map(f -> f.id() + "@" + f.version()).toList()).append('\n');
      for (OutboxMessage.Status s : OutboxMessage.Status.values()) {
        sb.append(s).append('=').append(tx.outbox().count(s)).append(' ');
      }
      sb.append(tx.jurisdictions().children(World.DISTRICT).stream().map(j -> j.path() + "=" + j.name()).toList());
      for (Principal p : List.of(world.nurseA, world.nurseB, world.supervisor)) {
        sb.append(tx.accounts().find(p.account()).map(a -> a.version() + a.displayName()).orElse("-"));
      }
      sb.append(tx.accounts().find(new AccountId("nurse-c")).map(a -> a.version() + a.displayName()).orElse("-"));
      return sb.toString();
    });
  }

  /** Calls {@code m} with {@code args}; fails on anything but a HomewatchException or a normal return. */
  private Optional<HomewatchException> call(Method m, Object[] args, String what) {
    try {
      m.invoke(service(m), args);
      return Optional.empty();
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof HomewatchException refused) {
        return Optional.of(refused);
      }
      failures.add(m.getDeclaringClass().getSimpleName() + "." + m.getName() + " with " + what + " threw "
          + e.getCause());
      return Optional.empty();
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private void sweep(String what, boolean mustRefuse, Method m, int index, Supplier<Object> bad) {
    for (Principal principal : principals()) {
      Object[] args = new Object[m.getParameterCount()];
      for (int i = 0; i < args.length; i++) {
        args[i] = i == index ? bad.get() : sample(m, i, principal);
      }
      String before = stores();
      String description = what + " as parameter " + index + " (" + m.getParameters()[index].getName() + "), by "
          + principal.account();
      int known = failures.size();
      Optional<HomewatchException> refused = call(m, args, description);
      if (refused.isPresent()) {
        if (!before.equals(stores())) {
          failures.add(m.getName() + " refused " + description + " but changed the stores");
        }
      } else if (mustRefuse && failures.size() == known) {
        failures.add(m.getDeclaringClass().getSimpleName() + "." + m.getName() + " accepted " + description);
      }
    }
  }

  @Test
  @DisplayName("a null in any parameter of any operation is refused with a HomewatchException; nothing is stored")
  void nulls() {
    for (Method m : operations()) {
      for (int i = 0; i < m.getParameterCount(); i++) {
        if (!m.getParameterTypes()[i].isPrimitive()) {
          sweep("null", true, m, i, () -> null);
        }
      }
    }
    assertTrue(failures.isEmpty(), failures.size() + " failures:\n" + String.join("\n", failures));
  }

  @Test
  @DisplayName("control characters and 100,000-character strings in any text parameter are refused; nothing is stored")
  void strings() {
    for (Method m : operations()) {
      for (int i = 0; i < m.getParameterCount(); i++) {
        if (m.getParameterTypes()[i] == String.class) {
          for (String bad : CONTROL) {
            sweep("the text " + bad.codePoints().mapToObj(Integer::toHexString).toList(), true, m, i, () -> bad);
          }
          sweep("a 100,000-character text", true, m, i, () -> HUGE);
        }
      }
    }
    assertTrue(failures.isEmpty(), failures.size() + " failures:\n" + String.join("\n", failures));
  }

  @Test
  @DisplayName("far dates, extreme numbers, instants and durations escape as nothing but HomewatchExceptions")
  void extremes() {
    for (Method m : operations()) {
      for (int i = 0; i < m.getParameterCount(); i++) {
        Class<?> type = m.getParameterTypes()[i];
        List<Object> values = type == LocalDate.class ? List.copyOf(FAR_DATES)
            : type == long.class ? List.of(Long.MIN_VALUE, -1L, Long.MAX_VALUE)
            : type == int.class ? List.of(Integer.MIN_VALUE, -1, 0, Integer.MAX_VALUE)
            : type == Instant.class ? List.of(Instant.MIN, Instant.MAX, Instant.EPOCH)
            : type == Duration.class ? List.of(Duration.ofSeconds(Long.MIN_VALUE), Duration.ZERO,
                Duration.ofSeconds(Long.MAX_VALUE))
            : List.of();
        for (Object bad : values) {
          sweep(String.valueOf(bad), false, m, i, () -> bad);
        }
      }
    }
    assertTrue(failures.isEmpty(), failures.size() + " failures:\n" + String.join("\n", failures));
  }

  @Test
  @DisplayName("inputs built by a portal: nulls, control characters and huge strings in the model's records are "
      + "ValidationExceptions naming the field")
  void records() {
    for (String bad : CONTROL) {
      assertRefuses("fullName", () -> World.person("Lê" + bad, World.COMMUNE_A, 1980));
      assertRefuses("displayName", () -> new Account(new AccountId("x"), "Y tá" + bad, Set.of(Role.MONITOR),
          World.COMMUNE_A, List.of(), false, true, 0));
      assertRefuses("name", () -> new Jurisdiction(World.COMMUNE_A, "Xã" + bad));
      assertRefuses("decision.issuer", () -> new QuarantineDecision("1", "UBND" + bad, World.TODAY));
    }
    assertRefuses("displayName", () -> new Account(new AccountId("x"), HUGE, Set.of(Role.MONITOR),
        World.COMMUNE_A, List.of(), false, true, 0));
    assertRefuses("riskFactors", () -> new NewCase(World.person("Lê Văn A", World.COMMUNE_A, 1980),
        CaseCategory.F2, new QuarantineDecision("1", "UBND", World.TODAY), World.TODAY, Optional.empty(),
        World.COMMUNE_A, null, Optional.empty(), Optional.empty(), Optional.empty(), false));
    assertRefuses("start", () -> new NewCase(World.person("Lê Văn A", World.COMMUNE_A, 1980),
        CaseCategory.F2, new QuarantineDecision("1", "UBND", World.TODAY), null, Optional.empty(),
        World.COMMUNE_A, Set.of(), Optional.empty(), Optional.empty(), Optional.empty(), false));
    assertRefuses("symptoms", () -> NewDeclaration.of(DeclarationId.random(), c.id(), world.clock.instant(),
        World.normal(), null));
  }

  private static void assertRefuses(String field, Supplier<Object> build) {
    try {
      build.get();
      fail("accepted a bad " + field);
    } catch (org.homewatch.ValidationException e) {
      assertTrue(e.concerns(field), field + ": " + e.getMessage());
    }
  }
}

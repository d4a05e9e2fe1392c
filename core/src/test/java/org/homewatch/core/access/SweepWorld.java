package org.homewatch.core.access;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.homewatch.core.Homewatch;
import org.homewatch.core.World;
import org.homewatch.model.Account;
import org.homewatch.model.AlertId;
import org.homewatch.model.AlertOutcome;
import org.homewatch.model.AlertQuery;
import org.homewatch.model.CaseQuery;
import org.homewatch.model.ContactPoint;
import org.homewatch.model.DeclarationId;
import org.homewatch.model.Feedback;
import org.homewatch.model.FeedbackStatus;
import org.homewatch.model.FeedbackTopic;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.Jurisdiction;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.JurisdictionScheme;
import org.homewatch.model.NewCase;
import org.homewatch.model.NewDeclaration;
import org.homewatch.model.PageRequest;
import org.homewatch.model.Principal;
import org.homewatch.model.QuarantineDecision;
import org.homewatch.model.CaseCategory;
import org.homewatch.spi.storage.Storage;

/**
 * The sweep's small world: Gia Lai's commune A with one case (the target), its open alert and its feedback, and a
 * neighbour in the same commune whose citizen principal is not the target's person. Arguments for an operation
 * are built by parameter type and always aim at commune A.
 */
final class SweepWorld implements AutoCloseable {
  static final JurisdictionPath OTHER_DISTRICT = World.PROVINCE.child("634");
  static final JurisdictionPath OTHER_PROVINCE = JurisdictionPath.of(JurisdictionScheme.GSO_2021, "79");

  private final World world = new World();
  final Storage storage = world.storage;
  final IsolationCase target = world.registerF2("Đinh Thị Hoa", World.COMMUNE_A);
  final Principal neighbour = world.citizen(world.registerF2("Rơ Mah Lan", World.COMMUNE_A));
  final AlertId alert;
  final Feedback feedback;

  SweepWorld() {
    world.homewatch.declarations().submit(world.citizen(target), world.declaration(target, World.spo2(90)));
    alert = world.homewatch.alerts().activeQueue(world.nurseA, PageRequest.first(10)).items().get(0).id();
    feedback = world.homewatch.feedback().submit(world.citizen(target), target.id(), FeedbackTopic.HEALTH,
        "Tôi khó thở hơn");
  }

  /** The service of Homewatch that declares {@code m}. */
  Object serviceOf(Method m) throws ReflectiveOperationException {
    for (Method getter : Homewatch.class.getMethods()) {
      if (getter.getParameterCount() == 0 && !Modifier.isStatic(getter.getModifiers())
          && getter.getDeclaringClass() == Homewatch.class
          && m.getDeclaringClass().isAssignableFrom(getter.getReturnType())) {
        return getter.invoke(world.homewatch);
      }
    }
    throw new AssertionError("no service of Homewatch declares " + m);
  }

  /** A message about commune A, written for the operation (failed-delivery re-queue aims at its unit). */
  private org.homewatch.model.OutboxMessageId outboxMessageInCommuneA() {
    org.homewatch.spi.storage.OutboxMessage m = org.homewatch.spi.storage.OutboxMessage.pending(World.COMMUNE_A,
        new org.homewatch.spi.notification.Notification("sweep", new ContactPoint("sms", "+84905000999"),
            "alert.opened", java.util.Locale.forLanguageTag("vi"), java.util.Map.of(), "sweep"),
        world.clock.instant());
    world.storage.inTransaction(tx -> {
      tx.outbox().enqueue(m);
      return null;
    });
    return m.id();
  }

  /**
   * An argument of this type aimed at commune A. A type with no factory fails the sweep: a new operation needs a
   * factory here before it can be proved to refuse.
   */
  Object argument(Type type, String operation) {
    return switch (type.getTypeName()) {
      case "org.homewatch.model.CaseId" -> target.id();
      case "org.homewatch.model.AlertId" -> alert;
      case "org.homewatch.model.FeedbackId" -> feedback.id();
      case "org.homewatch.model.AccountId" -> world.nurseA.account();
      case "org.homewatch.model.Account" -> new Account(world.nurseA.account(), "Y tá A", world.nurseA.roles(),
          World.COMMUNE_A, List.of(new ContactPoint("sms", "0905000999")), true, true, 1);
      case "org.homewatch.model.NewCase" -> NewCase.of(World.person("Ksor H'Bia", World.COMMUNE_A, 1990),
          CaseCategory.F1, new QuarantineDecision("99/QĐ", "UBND", World.TODAY), World.TODAY);
      case "org.homewatch.model.NewDeclaration" -> declaration();
      case "org.homewatch.core.cases.CaseCorrection" ->
          new org.homewatch.core.cases.CaseCorrection.Phone(org.homewatch.model.PhoneNumber.parse("0912 345 678"));
      case "java.util.List<org.homewatch.model.NewDeclaration>" -> List.of(declaration());
      case "org.homewatch.model.CaseQuery" -> CaseQuery.in(World.COMMUNE_A);
      case "org.homewatch.model.AccountQuery" -> org.homewatch.model.AccountQuery.in(World.COMMUNE_A);
      case "org.homewatch.model.AlertQuery" -> AlertQuery.active(World.COMMUNE_A);
      case "org.homewatch.model.PageRequest" -> PageRequest.first(10);
      case "org.homewatch.model.AuditQuery" -> org.homewatch.model.AuditQuery.in(World.COMMUNE_A,
          World.START.minusSeconds(3600), World.START.plusSeconds(86_400));
      case "java.util.Set<org.homewatch.model.FeedbackStatus>" -> Set.of(FeedbackStatus.NEW);
      case "java.util.Collection<org.homewatch.model.Jurisdiction>" ->
          List.of(new Jurisdiction(World.COMMUNE_A, "Thị trấn Chư Sê (đổi tên)"));
      // The scheme migration: commune A's people go to a 2025 commune, so the refusal is filed under commune A.
      case "org.homewatch.core.directory.SchemeMapping" -> org.homewatch.core.directory.SchemeMapping.of(java.util.Map.of(
          World.COMMUNE_A, org.homewatch.model.JurisdictionPath.of(org.homewatch.model.JurisdictionScheme.GSO_2025,
              "52", "23941")));
      case "org.homewatch.model.FeedbackTopic" -> FeedbackTopic.HEALTH;
      case "org.homewatch.model.AlertOutcome" -> AlertOutcome.values()[0];
      // transfer's destination: commune B, so that staff of commune B are refused for the case's unit, not theirs.
      // a transfer's destination is commune B; a report, a drill-down or a counter check aims at commune A itself
      case "org.homewatch.model.JurisdictionPath" ->
          operation.startsWith("ReportService.") || operation.startsWith("FailedDeliveries.") ? World.COMMUNE_A
              : World.COMMUNE_B;
      case "org.homewatch.model.OutboxMessageId" -> outboxMessageInCommuneA();
      case "org.homewatch.core.reports.ReportRequest" ->
          org.homewatch.core.reports.ReportRequest.of(World.COMMUNE_A, World.TODAY, World.TODAY.plusDays(20));
      case "org.homewatch.model.CaseStatus" -> target.status();
      case "java.util.Optional<org.homewatch.model.CaseCategory>" -> java.util.Optional.of(target.category());
      case "java.time.LocalDate" -> World.TODAY.plusDays(20);
      case "java.time.Duration" -> Duration.ofHours(6);
      case "java.lang.String" -> "Lý do thử";
      case "int" -> 10;
      case "long" -> 0L;
      case "boolean" -> true;
      default -> throw new AssertionError("the access sweep cannot build a " + type.getTypeName() + " for "
          + operation + ": add a factory to SweepWorld.argument that aims at commune A");
    };
  }

  private NewDeclaration declaration() {
    return world.declaration(target, World.normal());
  }

  /** What an intruder must never see in a result: the target's ids and personal data. */
  List<String> targetIds() {
    return List.of(target.id().toString(), alert.toString(), feedback.id().toString(), target.person().fullName(),
        target.person().phone().e164());
  }

  @Override
  public void close() {
    world.close();
  }
}

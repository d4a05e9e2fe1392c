package org.homewatch.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.homewatch.model.AlertKind;
import org.homewatch.model.CaseStatus;
import org.homewatch.model.GeoPoint;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.Jurisdiction;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.NewDeclaration;
import org.homewatch.model.PageRequest;
import org.homewatch.model.PresenceCheck;
import org.homewatch.model.Principal;
import org.homewatch.model.SpotCheck;
import org.homewatch.model.SpotCheckState;
import org.homewatch.spi.identity.PresenceClaim;
import org.homewatch.spi.identity.PresenceVerifier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Probes of spot-check settlement between listing and acting: the verifier is called after the batch listed the case
 * and before the check settles, so a verifier that changes the case stands for a nurse doing so at that moment.
 */
class SpotCheckSettlementRaceTest {
  private static final JurisdictionPath OTHER_DISTRICT = World.PROVINCE.child("634");
  private static final JurisdictionPath OTHER_COMMUNE = OTHER_DISTRICT.child("23950");

  /** A verifier that runs {@code meanwhile} (once) and then fails the check. */
  private static final class Meanwhile implements PresenceVerifier {
    private Consumer<PresenceClaim> meanwhile = claim -> {};

    @Override
    public String name() {
      return "meanwhile";
    }

    @Override
    public PresenceCheck.Result verify(PresenceClaim claim) {
      Consumer<PresenceClaim> once = meanwhile;
      meanwhile = c -> {};
      once.accept(claim);
      return PresenceCheck.Result.FAILED;
    }
  }

  private static void askAndCheckIn(World world, IsolationCase c) {
    world.homewatch.spotChecks().request(world.nurseA, c.id());
    world.clock.advance(Duration.ofMinutes(1));
    NewDeclaration d = world.declaration(c, World.normal());
    world.homewatch.declarations().submit(world.citizen(c), new NewDeclaration(d.id(), d.caseId(), d.observedAt(),
        d.vitals(), d.symptoms(), Optional.empty(), Optional.of(GeoPoint.of(13.65, 108.08)),
        Optional.of(new PresenceCheck(PresenceCheck.Result.PASSED, "app", Optional.of("ref-1")))));
    world.clock.advance(Duration.ofMinutes(31));
  }

  private static boolean presenceAlert(World world, IsolationCase c) {
    return world.storage.inTransaction(tx -> tx.alerts().findActive(c.id(), AlertKind.PRESENCE_FAILED)).isPresent();
  }

  @Test
  @DisplayName("a case closed while its spot check is being verified gets no PRESENCE_FAILED alert: nobody would "
      + "ever resolve an alert of a closed case, and it would keep the case from the retention purge")
  void closedMeanwhile() {
    Meanwhile verifier = new Meanwhile();
    try (World world = new World(b -> b.personChannel("test").presenceVerifier(verifier)
        .presenceVerificationTimeout(Duration.ofSeconds(5)))) {
      IsolationCase c = world.registerF2("Hoàng Văn Sơn", World.COMMUNE_A);
      world.clock.advance(Duration.ofHours(1));
      askAndCheckIn(world, c);
      verifier.meanwhile = claim -> {
        IsolationCase now = world.homewatch.cases().get(world.supervisor, c.id());
        world.homewatch.lifecycle().cancel(world.supervisor, c.id(), now.version(), "registered twice");
      };
      world.homewatch.spotChecks().settleDue(world.system, PageRequest.first(100));

      assertEquals(CaseStatus.CANCELLED, world.homewatch.cases().get(world.supervisor, c.id()).status());
      assertEquals(false, presenceAlert(world, c), "an alert was opened on a closed case");
      assertEquals(List.of(), world.storage.inTransaction(tx -> tx.alerts().listForCase(c.id())).stream()
          .filter(a -> !a.status().name().equals("RESOLVED")).toList());
    }
  }

  @Test
  @DisplayName("a case moved out of a district-scoped job's scope while its spot check is being verified is left "
      + "to the job of its new district: no alert is written outside the scope the job runs for")
  void movedOutOfScopeMeanwhile() {
    Meanwhile verifier = new Meanwhile();
    try (World world = new World(b -> b.personChannel("test").presenceVerifier(verifier)
        .presenceVerificationTimeout(Duration.ofSeconds(5)))) {
      world.homewatch.jurisdictions().importUnits(world.admin, List.of(new Jurisdiction(OTHER_DISTRICT, "Chư Pưh"),
          new Jurisdiction(OTHER_COMMUNE, "Xã Ia Le")));
      IsolationCase c = world.registerF2("Hoàng Văn Sơn", World.COMMUNE_A);
      world.clock.advance(Duration.ofHours(1));
      askAndCheckIn(world, c);
      verifier.meanwhile = claim -> {
        IsolationCase now = world.homewatch.cases().get(world.admin, c.id());
        world.homewatch.lifecycle().transfer(world.admin, c.id(), now.version(), OTHER_COMMUNE, "moved house");
      };
      Principal districtJob = Principal.system(World.DISTRICT);
      world.homewatch.spotChecks().settleDue(districtJob, PageRequest.first(100));

      assertEquals(false, presenceAlert(world, c), "the district's job wrote an alert in another district");
      Optional<SpotCheck> open = world.homewatch.spotChecks().pending(world.admin, c.id());
      assertTrue(open.isPresent(), "the check was settled by a job whose scope no longer holds the case");

      world.homewatch.spotChecks().settleDue(Principal.system(OTHER_DISTRICT), PageRequest.first(100));
      assertEquals(SpotCheckState.FAILED, world.homewatch.spotChecks().history(world.admin, c.id()).get(0).state());
      assertTrue(presenceAlert(world, c));
    }
  }
}

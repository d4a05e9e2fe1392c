package org.homewatch.core.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import org.homewatch.HomewatchException;
import org.homewatch.ValidationException;
import org.homewatch.core.World;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.Person;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The input space of a correction (issue 13.4's bad input): any text as the name or the reason is either the
 * correction, or a {@link ValidationException} naming the field, with the case unchanged and the text not repeated
 * in the message (portals log messages; a name is personal data).
 */
class CorrectionInputPropertyTest {
  private final World world = new World();
  private final IsolationCase c = world.registerF2("Phạm Văn Đức", World.COMMUNE_A);

  @AfterEach
  void close() {
    world.close();
  }

  private IsolationCase stored() {
    return world.storage.inTransaction(tx -> tx.cases().find(c.id())).orElseThrow();
  }

  @Test
  @DisplayName("any name and any reason (controls, surrogates, marks, up to 1,200 characters) correct the case or are "
      + "a ValidationException naming 'fullName' or 'reason' that leaves the case as it was and quotes neither")
  void anyNameAnyReason() {
    // every code point, and the letters a form sends (Latin with Vietnamese marks), so that both ends are reached
    qt().withExamples(300)
        .forAll(strings().allPossible().ofLengthBetween(0, 260).mix(strings().betweenCodePoints(0x20, 0x1EF9)
                .ofLengthBetween(0, 210), 50),
            strings().allPossible().ofLengthBetween(0, 1200).mix(strings().betweenCodePoints(0x20, 0x1EF9)
                .ofLengthBetween(0, 1010), 50))
        .checkAssert((name, reason) -> {
          IsolationCase before = stored();
          try {
            IsolationCase after = world.homewatch.corrections().correct(world.nurseA, c.id(), before.version(),
                new CaseCorrection.FullName(name), reason);
            assertEquals(Person.normalizeName(name), after.person().fullName());
            assertEquals(before.version() + 1, stored().version());
            assertEquals(before.history().size() + 1, stored().history().size());
          } catch (HomewatchException e) {
            assertTrue(e instanceof ValidationException v && (v.concerns("fullName") || v.concerns("reason")),
                () -> e.toString());
            assertEquals(before, stored());
            String message = e.getMessage();
            if (name.strip().length() >= 4) {
              assertFalse(message.contains(name.strip()), message);
            }
            if (reason.strip().length() >= 4) {
              assertFalse(message.contains(reason.strip()), message);
            }
          }
        });
  }
}

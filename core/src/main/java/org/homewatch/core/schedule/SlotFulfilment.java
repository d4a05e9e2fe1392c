package org.homewatch.core.schedule;

import java.util.Objects;
import java.util.Optional;
import org.homewatch.model.DeclarationId;

/**
 * A slot, how it stands, and the declaration that fulfilled it (present exactly when it is fulfilled).
 *
 * @param slot the slot
 * @param status how it stands
 * @param declaration the declaration that fulfilled it, if fulfilled
 */
public record SlotFulfilment(Slot slot, SlotStatus status, Optional<DeclarationId> declaration) {
  /**
   * Refuses a fulfilled slot without its declaration, and a declaration for one not fulfilled.
   *
   * @param slot the slot
   * @param status how it stands
   * @param declaration the declaration that fulfilled it, if fulfilled
   * @throws IllegalArgumentException if status and declaration disagree
   */
  public SlotFulfilment {
    Objects.requireNonNull(slot, "slot");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(declaration, "declaration");
    if (status.isFulfilled() != declaration.isPresent()) {
      throw new IllegalArgumentException("a fulfilled slot names its declaration, and only then: " + status);
    }
  }
}

package org.homewatch.core.declarations;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.homewatch.HomewatchException;

/**
 * What {@link DeclarationService#submitAll} did with each declaration of a batch, at the input's index.
 */
public record BatchResult(List<Item> items) {
  public BatchResult {
    items = List.copyOf(items);
  }

  /** The outcome for one input: accepted (possibly as a duplicate) or rejected with the reason. */
  public record Item(int index, Optional<SubmissionResult> accepted, Optional<HomewatchException> rejected) {
    public Item {
      Objects.requireNonNull(accepted, "accepted");
      Objects.requireNonNull(rejected, "rejected");
      if (accepted.isPresent() == rejected.isPresent()) {
        throw new IllegalArgumentException("an item is either accepted or rejected");
      }
    }

    static Item accepted(int index, SubmissionResult result) {
      return new Item(index, Optional.of(result), Optional.empty());
    }

    static Item rejected(int index, HomewatchException reason) {
      return new Item(index, Optional.empty(), Optional.of(reason));
    }
  }

  public long acceptedCount() {
    return items.stream().filter(i -> i.accepted().isPresent()).count();
  }

  public List<Item> rejectedItems() {
    return items.stream().filter(i -> i.rejected().isPresent()).toList();
  }
}

package org.homewatch.core.declarations;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.homewatch.HomewatchException;

/**
 * What {@link DeclarationService#submitAll} did with each declaration of a batch, at the input's index.
 *
 * @param items one item per input, in input order
 */
public record BatchResult(List<Item> items) {
  /**
   * Copies the items.
   *
   * @param items one item per input, in input order
   */
  public BatchResult {
    items = List.copyOf(items);
  }

  /**
   * The outcome for one input: accepted (possibly as a duplicate) or rejected with the reason.
   *
   * @param index the input's position in the batch, from 0
   * @param accepted the result, if the declaration was accepted
   * @param rejected the reason, if it was rejected
   */
  public record Item(int index, Optional<SubmissionResult> accepted, Optional<HomewatchException> rejected) {
    /**
     * Refuses an item that is both or neither accepted and rejected.
     *
     * @param index the input's position in the batch, from 0
     * @param accepted the result, if the declaration was accepted
     * @param rejected the reason, if it was rejected
     * @throws IllegalArgumentException if not exactly one of the two is present
     */
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

  /**
   * How many declarations were accepted, duplicates included.
   *
   * @return the count
   */
  public long acceptedCount() {
    return items.stream().filter(i -> i.accepted().isPresent()).count();
  }

  /**
   * The rejected items, in input order.
   *
   * @return the items
   */
  public List<Item> rejectedItems() {
    return items.stream().filter(i -> i.rejected().isPresent()).toList();
  }
}

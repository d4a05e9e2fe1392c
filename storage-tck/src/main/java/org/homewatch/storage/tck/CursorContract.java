package org.homewatch.storage.tck;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.homewatch.ValidationException;
import org.homewatch.model.AlertQuery;
import org.homewatch.model.CaseId;
import org.homewatch.model.CaseQuery;
import org.homewatch.model.Page;
import org.homewatch.model.PageRequest;
import org.homewatch.spi.storage.StorageTransaction;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The cursor rule: a storage accepts as {@code after} only a cursor it issued, and refuses any other text with a
 * {@link ValidationException} on {@code after}, on every keyset-paged list.
 */
abstract class CursorContract extends StoreContract {
  /** Texts no storage issues as a cursor: not Base64, empty, Base64 of nonsense, too many parts, a SQL fragment. */
  static final List<String> FORGED = List.of("not-a-cursor!", "", "%%%", encoded("x"), encoded("1|2|3|4|5|6|7"),
      encoded("' OR 1=1 --"), "00000000-0000-0000-0000-000000000000' OR '1'='1");

  CursorContract(StorageCompatibilityKit kit) {
    super(kit);
  }

  private static String encoded(String text) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  /** Every keyset-paged list of the mandatory stores, by name. */
  private static final Map<String, BiFunction<StorageTransaction, PageRequest, Page<?>>> LISTS = Map.of(
      "cases.list", (tx, page) -> tx.cases().list(CaseQuery.in(Samples.GIA_LAI), page),
      "alerts.list", (tx, page) -> tx.alerts().list(AlertQuery.active(Samples.GIA_LAI), page),
      "feedback.list", (tx, page) -> tx.feedback().list(Samples.GIA_LAI, Set.of(), page),
      "audit.list", (tx, page) -> tx.audit().list(Samples.GIA_LAI, Samples.T0, page),
      "declarations.listForCase", (tx, page) -> tx.declarations().listForCase(CaseId.random(), page));

  @Test
  @DisplayName("Every paged list refuses a cursor the storage did not issue, with a ValidationException on 'after'")
  void forgedCursorsRefused() {
    LISTS.forEach((name, list) -> {
      for (String forged : FORGED) {
        PageRequest request = new PageRequest(Optional.of(forged), 10);
        ValidationException refused = assertThrows(ValidationException.class, () -> read(tx -> list.apply(tx,
            request)), () -> name + " accepted the cursor '" + forged + "'");
        assertTrue(refused.concerns("after"), () -> name + " refused '" + forged + "' but not on 'after': "
            + refused.getMessage());
      }
    });
  }

  @Test
  @DisplayName("A refused cursor leaves the transaction usable: the work goes on and commits")
  void refusalKeepsTransaction() {
    var isolationCase = Samples.isolationCase(Samples.CHU_SE_TOWN);
    write(tx -> {
      assertThrows(ValidationException.class,
          () -> tx.cases().list(CaseQuery.in(Samples.GIA_LAI), new PageRequest(Optional.of("not-a-cursor!"), 10)));
      tx.cases().insert(isolationCase);
    });
    assertTrue(read(tx -> tx.cases().find(isolationCase.id())).isPresent());
  }
}

package org.homewatch.storage.tck;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.homewatch.model.Page;
import org.homewatch.model.PageRequest;
import org.homewatch.spi.storage.Storage;

/** What every group of contract tests shares: the storage under test and a few helpers. */
abstract class StoreContract {
  private final StorageCompatibilityKit kit;

  StoreContract(StorageCompatibilityKit kit) {
    this.kit = kit;
  }

  /** The fresh, empty storage of the running test; the kit closes it afterwards. */
  final Storage storage() {
    return kit.storageUnderTest();
  }

  /** One more fresh storage that the test itself must close (for tests of closing). */
  final Storage storageOwnedByTest() {
    return kit.createStorage();
  }

  final <T> T read(Storage.TransactionWork<T> work) {
    return storage().inTransaction(work);
  }

  final void write(Storage.TransactionAction action) {
    storage().useTransaction(action);
  }

  /**
   * Follows the cursors from the first page to the last and returns every item in the order served. Fails if a page
   * is larger than asked or if the pages do not end within {@code expectedItems / limit + 2} requests (a cursor
   * that does not advance would loop forever).
   */
  static <T> List<T> allPages(Function<PageRequest, Page<T>> fetch, int limit, int expectedItems) {
    List<T> all = new ArrayList<>();
    PageRequest request = PageRequest.first(limit);
    int maxPages = expectedItems / limit + 2;
    for (int pages = 1; ; pages++) {
      Page<T> page = fetch.apply(request);
      assertTrue(page.items().size() <= limit,
          () -> "a page holds at most the limit " + limit + " but held " + page.items().size());
      all.addAll(page.items());
      if (!page.hasNext()) {
        return all;
      }
      if (pages >= maxPages) {
        fail("paging did not end after " + pages + " pages of " + limit + " for " + expectedItems + " items");
      }
      request = request.next(page);
    }
  }

  /**
   * Runs {@code task} on {@code threads} threads released at the same moment and returns their results. A bounded
   * wait: a storage that deadlocks fails the test instead of hanging the build.
   */
  static <T> List<T> concurrently(int threads, Callable<T> task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        futures.add(pool.submit(() -> {
          start.await();
          return task.call();
        }));
      }
      start.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get(60, TimeUnit.SECONDS));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}

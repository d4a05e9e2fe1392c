package org.homewatch.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.homewatch.core.Homewatch;
import org.homewatch.model.DeclarationId;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.NewDeclaration;
import org.homewatch.model.PageRequest;
import org.homewatch.model.Principal;
import org.homewatch.storage.jdbc.JdbcStorage;
import org.homewatch.test.GiaLai;
import org.homewatch.test.world.GiaLaiWorld;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Core on a storage with real concurrency (H2 with row locks; the in-memory storage serialises transactions and
 * so cannot show this): declarations of one case from many threads race for the case's summary, and every one of
 * them must still be stored.
 */
class ConcurrentDeclarationsTest {

  @Test
  @DisplayName("declarations of one case submitted at the same moment from many threads are all stored")
  void concurrentDeclarationsOfOneCase() throws Exception {
    try (GiaLaiWorld world = GiaLaiWorld.builder()
        .storage(JdbcStorage.builder().url("jdbc:h2:mem:race-" + UUID.randomUUID()).migrate(true).build())
        .build()) {
      Homewatch homewatch = world.homewatch();
      Principal nurse = GiaLai.NURSE_THI_TRAN;
      IsolationCase c = world.registerF2("Y Blông", GiaLai.THI_TRAN_CHU_SE);
      world.clock().advance(Duration.ofMinutes(10));

      int threads = 8;
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      CountDownLatch go = new CountDownLatch(1);
      List<Future<?>> results = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        NewDeclaration d = NewDeclaration.of(DeclarationId.random(), c.id(),
            world.clock().instant().minusSeconds(i), GiaLai.normalVitals(), Set.of());
        results.add(pool.submit(() -> {
          go.await();
          return homewatch.declarations().submit(nurse, d);
        }));
      }
      go.countDown();
      for (Future<?> f : results) {
        f.get(60, TimeUnit.SECONDS);
      }
      pool.shutdown();

      assertEquals(threads, homewatch.declarations().history(nurse, c.id(), PageRequest.first(100)).items().size());
      assertEquals(threads, homewatch.cases().get(nurse, c.id()).monitoring().declarationCount());
    }
  }
}

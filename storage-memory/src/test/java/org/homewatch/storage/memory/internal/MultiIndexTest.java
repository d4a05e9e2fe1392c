package org.homewatch.storage.memory.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MultiIndexTest {

  @Test
  @DisplayName("After any sequence of adds and removes, each key lists exactly its ids, sorted (property)")
  void behavesLikeAMapOfSets() {
    // An operation is (key 0..2, id 0..5, add or remove): few keys and ids, so keys pass through 0, 1 and many ids.
    qt().withExamples(300)
        .forAll(lists().of(integers().between(0, 35)).ofSizeBetween(0, 40))
        .checkAssert(operations -> {
          MultiIndex<Integer, Integer> index = new MultiIndex<>();
          Map<Integer, TreeSet<Integer>> model = new HashMap<>();
          for (int op : operations) {
            int key = op % 3;
            int id = op / 6;
            if (op % 2 == 0) {
              index.add(key, id);
              model.computeIfAbsent(key, k -> new TreeSet<>()).add(id);
            } else {
              index.remove(key, id);
              model.computeIfAbsent(key, k -> new TreeSet<>()).remove(id);
            }
          }
          for (int key = 0; key < 3; key++) {
            assertEquals(new ArrayList<>(model.getOrDefault(key, new TreeSet<>())), index.get(key), "key " + key);
          }
        });
  }

  @Test
  @DisplayName("A key many records share lists them all")
  void sharedKey() {
    MultiIndex<String, Integer> index = new MultiIndex<>();
    for (int i = 999; i >= 0; i--) {
      index.add("+84900000000", i);
    }
    index.remove("+84900000000", 500);

    List<Integer> ids = index.get("+84900000000");

    assertEquals(999, ids.size());
    assertEquals(0, ids.get(0));
    assertEquals(999, ids.get(998));
  }
}

package org.citygdp.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link IntSort} sorts indices by a comparator and is stable, as its documentation says: indices
 * whose keys tie keep their input order. Checked against {@link List#sort} (stable) on every
 * length up to 100 and a few long arrays, with few distinct keys (many ties), already sorted and
 * reversed inputs.
 */
class IntSortTest {
  private static void check(int[] keys, int[] input) {
    List<Integer> expected = new ArrayList<>();
    for (int i : input) {
      expected.add(i);
    }
    expected.sort(Comparator.comparingInt(i -> keys[i]));
    int[] actual = input.clone();
    IntSort.sort(actual, (a, b) -> Integer.compare(keys[a], keys[b]));
    assertThat(actual).as("%d indices", input.length)
        .containsExactly(expected.stream().mapToInt(Integer::intValue).toArray());
  }

  @Test
  void should_sort_stably_with_many_ties() {
    SplittableRandom rnd = new SplittableRandom(7);
    for (int n = 0; n <= 100; n++) {
      for (int distinct : new int[] {1, 2, 5, 1000}) {
        int[] keys = new int[n];
        int[] input = new int[n];
        for (int i = 0; i < n; i++) {
          keys[i] = rnd.nextInt(distinct);
          input[i] = i;
        }
        // indices in a shuffled input order: stability is about that order, not the index
        for (int i = n - 1; i > 0; i--) {
          int j = rnd.nextInt(i + 1);
          int t = input[i];
          input[i] = input[j];
          input[j] = t;
        }
        check(keys, input);
      }
    }
    for (int n : new int[] {1_000, 4_097}) {
      int[] keys = new int[n];
      int[] sorted = new int[n];
      int[] reversed = new int[n];
      for (int i = 0; i < n; i++) {
        keys[i] = rnd.nextInt(10);
        sorted[i] = i;
        reversed[i] = n - 1 - i;
      }
      check(keys, sorted);
      check(keys, reversed);
      int[] byKey = sorted.clone();
      IntSort.sort(byKey, (a, b) -> Integer.compare(keys[a], keys[b]));
      check(keys, byKey); // already in order: the merge is skipped, the order kept
    }
  }
}

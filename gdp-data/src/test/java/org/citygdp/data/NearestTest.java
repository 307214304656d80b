package org.citygdp.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The nearest known ids that messages suggest for an unknown one. */
class NearestTest {
  @Test
  void should_suggest_ids_within_two_edits_nearest_first() {
    List<String> known = List.of("beijing", "nanjing", "tianjin", "xian", "wuxi", "wuhan");
    assertThat(Nearest.to("bejing", known)).isEqualTo(" (nearest known: beijing)");
    assertThat(Nearest.to("beijnig", known)).isEqualTo(" (nearest known: beijing)"); // a swap
    assertThat(Nearest.to("wux", known)).isEqualTo(" (nearest known: wuxi)");
    assertThat(Nearest.to("wuha", known)).isEqualTo(" (nearest known: wuhan, wuxi)");
    assertThat(Nearest.to("shanghai", known)).isEmpty();
  }

  /** Optimal string alignment distance, written out recursively from its definition. */
  private static int naive(String a, String b) {
    if (a.isEmpty() || b.isEmpty()) {
      return a.length() + b.length();
    }
    int i = a.length();
    int j = b.length();
    int best = Math.min(naive(a.substring(0, i - 1), b) + 1, naive(a, b.substring(0, j - 1)) + 1);
    best = Math.min(best, naive(a.substring(0, i - 1), b.substring(0, j - 1))
        + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
    if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
      best = Math.min(best, naive(a.substring(0, i - 2), b.substring(0, j - 2)) + 1);
    }
    return best;
  }

  @Test
  void should_agree_with_the_definition_on_random_short_ids() {
    Random random = new Random(10);
    for (int n = 0; n < 2_000; n++) {
      String a = random(random);
      String b = random(random);
      int limit = random.nextInt(3) + 1;
      assertThat(Nearest.distance(a, b, limit)).as("%s %s", a, b)
          .isEqualTo(Math.min(naive(a, b), limit + 1));
    }
  }

  private static String random(Random r) {
    StringBuilder sb = new StringBuilder();
    for (int i = r.nextInt(6); i > 0; i--) {
      sb.append((char) ('a' + r.nextInt(3)));
    }
    return sb.toString();
  }
}

package org.citygdp.data;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * The known ids nearest to an unknown one, for messages: "must name a city defined in the dataset
 * (nearest known: beijing)". Edit distance (insert, delete, replace, swap of neighbours) of at
 * most 2, or 1 for ids of up to 3 characters; at most 3, nearest first, then alphabetical. Not part
 * of the API.
 */
final class Nearest {
  private Nearest() {}

  /** {@code ""}, or {@code " (nearest known: a, b)"}. */
  static String to(String id, Collection<String> known) {
    int limit = id.length() <= 3 ? 1 : 2;
    List<TreeSet<String>> byDistance = new ArrayList<>();
    for (int d = 0; d <= limit; d++) {
      byDistance.add(new TreeSet<>());
    }
    for (String k : known) {
      if (Math.abs(k.length() - id.length()) <= limit && k.length() <= 200) {
        int d = distance(id, k, limit);
        if (d <= limit) {
          byDistance.get(d).add(k);
        }
      }
    }
    List<String> out = new ArrayList<>();
    for (TreeSet<String> s : byDistance) {
      for (String k : s) {
        if (out.size() < 3) {
          out.add(k);
        }
      }
    }
    return out.isEmpty() ? "" : " (nearest known: " + String.join(", ", out) + ")";
  }

  /** Optimal string alignment distance, or {@code limit + 1} if more. */
  static int distance(String a, String b, int limit) {
    if (a.length() > 200 || b.length() > 200) {
      return limit + 1;
    }
    int n = a.length();
    int m = b.length();
    int[][] d = new int[n + 1][m + 1];
    for (int i = 0; i <= n; i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= m; j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= n; i++) {
      for (int j = 1; j <= m; j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          v = Math.min(v, d[i - 2][j - 2] + 1);
        }
        d[i][j] = v;
      }
    }
    return Math.min(d[n][m], limit + 1);
  }
}

package org.citygdp.bench.impl;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.citygdp.bench.data.Raw;

/**
 * The limit: loops over primitive arrays prepared once, no objects but the result. GDP and growth
 * of the latest release per year, {@link #MISSING} where there is none; for the as-of query, every
 * growth figure of a year in rank order with its publication date, resolved on each call.
 */
public class HandLoop implements Queries {
  static final long MISSING = Long.MIN_VALUE;

  final int first;
  final int n;
  final String[] ids;
  private final int[] region;
  private final int[][] clusterOf; // cluster indices per city
  private final String[] clusterLabels;
  final long[][] gdp; // [yearIndex][city]
  final long[][] growth;
  final long[] natGdp;
  final long[] natGrowth;
  // as-of: growth figures of each year, by city, in rank order
  final int[][] candStart;
  final long[][] candValue;
  final int[][] candDate;
  // national growth figures, for as-of (a handful)
  final int[] natYear;
  final byte[] natMetric;
  final long[] natValue;
  final byte[] natRank;
  final int[] natDate;

  public HandLoop(Raw raw) {
    natYear = raw.natYear.clone();
    natMetric = raw.natMetric.clone();
    natValue = raw.natValue.clone();
    natRank = raw.natRank.clone();
    natDate = raw.natDate.clone();
    first = raw.firstYear;
    n = raw.cityCount();
    ids = raw.cityId.clone();
    region = raw.region.clone();
    clusterLabels = raw.clusterIds();
    clusterOf = new int[n][];
    for (int c = 0; c < n; c++) {
      clusterOf[c] = Arrays.stream(raw.clusters[c])
          .mapToInt(id -> Arrays.binarySearch(clusterLabels, id)).toArray();
    }
    int years = raw.yearCount;
    gdp = new long[years][n];
    growth = new long[years][n];
    natGdp = new long[years];
    natGrowth = new long[years];
    for (int y = 0; y < years; y++) {
      Arrays.fill(gdp[y], MISSING);
      Arrays.fill(growth[y], MISSING);
      natGdp[y] = raw.nationalLatest(Raw.GDP, first + y);
      natGrowth[y] = raw.nationalLatest(Raw.GROWTH, first + y);
    }
    candStart = new int[years][n + 1];
    int[] perYear = new int[years];
    for (int i = 0; i < raw.observationCount(); i++) {
      int y = raw.obsYear[i] - first;
      int c = raw.obsCity[i];
      if (raw.obsMetric[i] == Raw.GDP) {
        if (raw.obsRank[i] == 0) {
          gdp[y][c] = raw.obsValue[i];
        }
      } else {
        if (raw.obsRank[i] == 0) {
          growth[y][c] = raw.obsValue[i];
        }
        candStart[y][c + 1]++;
        perYear[y]++;
      }
    }
    candValue = new long[years][];
    candDate = new int[years][];
    for (int y = 0; y < years; y++) {
      for (int c = 0; c < n; c++) {
        candStart[y][c + 1] += candStart[y][c];
      }
      candValue[y] = new long[perYear[y]];
      candDate[y] = new int[perYear[y]];
    }
    for (int i = 0; i < raw.observationCount(); i++) {
      if (raw.obsMetric[i] == Raw.GROWTH) {
        int y = raw.obsYear[i] - first;
        int at = candStart[y][raw.obsCity[i]] + raw.obsRank[i];
        candValue[y][at] = raw.obsValue[i];
        candDate[y][at] = raw.obsDate[i];
      }
    }
  }

  @Override
  public Results.Tiers q1(int year) {
    long[] g = gdp[year - first];
    int[] idx = new int[n];
    int k = 0;
    List<String> missing = new ArrayList<>();
    for (int c = 0; c < n; c++) {
      if (g[c] == MISSING) {
        missing.add(ids[c]);
      } else if (g[c] >= Results.TRILLION) {
        idx[k++] = c;
      }
    }
    sortDescending(idx, k, g);
    List<List<String>> members = new ArrayList<>(5);
    for (int t = 0; t < 5; t++) {
      members.add(new ArrayList<>());
    }
    for (int i = 0; i < k; i++) {
      members.get(5 - Results.tier(g[idx[i]])).add(ids[idx[i]]);
    }
    return new Results.Tiers(Results.TIER_LABELS, members, missing);
  }

  @Override
  public List<String> q2(int year) {
    return above(growth[year - first], natGrowth[year - first]);
  }

  private List<String> above(long[] gr, long benchmark) {
    int[] idx = new int[n];
    int k = 0;
    for (int c = 0; c < n; c++) {
      if (gr[c] != MISSING && gr[c] > benchmark) {
        idx[k++] = c;
      }
    }
    sortDescending(idx, k, gr);
    return ids(idx, k);
  }

  @Override
  public List<String> q3(int later, int earlier) {
    long[] now = gdp[later - first];
    long[] before = gdp[earlier - first];
    int[] idx = new int[n];
    int k = 0;
    for (int c = 0; c < n; c++) {
      if (now[c] != MISSING && now[c] >= Results.TRILLION
          && (before[c] == MISSING || before[c] < Results.TRILLION)) {
        idx[k++] = c;
      }
    }
    sortDescending(idx, k, now);
    return ids(idx, k);
  }

  @Override
  public Results.Groups q4(int year) {
    int y = year - first;
    long[] g = gdp[y];
    long[] gr = growth[y];
    int kc = clusterLabels.length;
    int[] cCount = new int[kc];
    long[] cGdp = new long[kc];
    double[] cNum = new double[kc];
    long[] cW = new long[kc];
    int[] rCount = new int[4];
    long[] rGdp = new long[4];
    double[] rNum = new double[4];
    long[] rW = new long[4];
    for (int c = 0; c < n; c++) {
      long v = g[c];
      long w = gr[c];
      int r = region[c];
      rCount[r]++;
      if (v != MISSING) {
        rGdp[r] += v;
        if (w != MISSING) {
          rNum[r] += (double) w * v;
          rW[r] += v;
        }
      }
      for (int cl : clusterOf[c]) {
        cCount[cl]++;
        if (v != MISSING) {
          cGdp[cl] += v;
          if (w != MISSING) {
            cNum[cl] += (double) w * v;
            cW[cl] += v;
          }
        }
      }
    }
    List<Results.GroupRow> byCluster = new ArrayList<>();
    for (int i = 0; i < kc; i++) {
      if (cCount[i] > 0) {
        byCluster.add(row(clusterLabels[i], cCount[i], cGdp[i], cNum[i], cW[i], natGdp[y]));
      }
    }
    List<Results.GroupRow> byRegion = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      if (rCount[i] > 0) {
        byRegion.add(row(Results.REGION_LABELS[i], rCount[i], rGdp[i], rNum[i], rW[i], natGdp[y]));
      }
    }
    return new Results.Groups(byCluster, byRegion);
  }

  private static Results.GroupRow row(String label, int count, long gdp, double num, long w,
      long national) {
    return new Results.GroupRow(label, count, gdp, num / w / 10_000,
        100.0 * gdp / national);
  }

  @Override
  public Results.Changes q5(int later, int earlier) {
    long[] a = growth[later - first];
    long[] b = growth[earlier - first];
    long[] out = new long[n];
    for (int c = 0; c < n; c++) {
      out[c] = a[c] == MISSING || b[c] == MISSING ? Results.Changes.MISSING : a[c] - b[c];
    }
    return new Results.Changes(Arrays.asList(ids), out);
  }

  @Override
  public Results.AsOfVsLatest q6(int year, LocalDate asOf) {
    int day = (int) asOf.toEpochDay();
    long[] resolved = growthAsOf(year, day);
    long benchmark = nationalGrowthAsOf(year, day);
    List<String> then = benchmark == MISSING ? List.of() : above(resolved, benchmark);
    return new Results.AsOfVsLatest(then, q2(year));
  }

  /** Every city's growth of {@code year} as published by epoch day {@code day}, best rank first. */
  protected long[] growthAsOf(int year, int day) {
    int y = year - first;
    int[] start = candStart[y];
    long[] values = candValue[y];
    int[] dates = candDate[y];
    long[] resolved = new long[n];
    for (int c = 0; c < n; c++) {
      long v = MISSING;
      for (int i = start[c]; i < start[c + 1]; i++) {
        if (dates[i] <= day) {
          v = values[i];
          break;
        }
      }
      resolved[c] = v;
    }
    return resolved;
  }

  /** The national growth of {@code year} as published by epoch day {@code day}, or MISSING. */
  protected long nationalGrowthAsOf(int year, int day) {
    long benchmark = MISSING;
    int bestRank = Integer.MAX_VALUE;
    for (int i = 0; i < natYear.length; i++) {
      if (natYear[i] == year && natMetric[i] == Raw.GROWTH && natDate[i] <= day
          && natRank[i] < bestRank) {
        benchmark = natValue[i];
        bestRank = natRank[i];
      }
    }
    return benchmark;
  }

  List<String> ids(int[] idx, int k) {
    String[] out = new String[k];
    for (int i = 0; i < k; i++) {
      out[i] = ids[idx[i]];
    }
    return Arrays.asList(out);
  }

  /** Sorts idx[0, k) by key descending, ties by index ascending: a merge sort, no boxing. */
  static void sortDescending(int[] idx, int k, long[] key) {
    int[] buf = new int[k];
    for (int width = 1; width < k; width <<= 1) {
      for (int lo = 0; lo < k - width; lo += width << 1) {
        int mid = lo + width;
        int hi = Math.min(lo + (width << 1), k);
        int p = lo;
        int q = mid;
        int o = lo;
        while (p < mid && q < hi) {
          int a = idx[p];
          int b = idx[q];
          if (key[a] > key[b] || (key[a] == key[b] && a < b)) {
            buf[o++] = a;
            p++;
          } else {
            buf[o++] = b;
            q++;
          }
        }
        while (p < mid) {
          buf[o++] = idx[p++];
        }
        while (q < hi) {
          buf[o++] = idx[q++];
        }
        System.arraycopy(buf, lo, idx, lo, hi - lo);
      }
    }
  }
}

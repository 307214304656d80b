package org.citygdp.core.engine;

/** A stable merge sort of {@code int} indices by a primitive comparator: no boxing. */
public final class IntSort {
  private IntSort() {}

  public interface IntComparator {
    int compare(int a, int b);
  }

  public static void sort(int[] a, IntComparator c) {
    if (a.length < 2) {
      return;
    }
    int[] buf = a.clone();
    mergeSort(buf, a, 0, a.length, c);
  }

  /** Sorts src[lo, hi) into dst[lo, hi); src and dst start as equal copies. */
  private static void mergeSort(int[] src, int[] dst, int lo, int hi, IntComparator c) {
    int n = hi - lo;
    if (n < 16) {
      for (int i = lo + 1; i < hi; i++) {
        int v = dst[i];
        int j = i - 1;
        while (j >= lo && c.compare(dst[j], v) > 0) {
          dst[j + 1] = dst[j];
          j--;
        }
        dst[j + 1] = v;
      }
      return;
    }
    int mid = (lo + hi) >>> 1;
    mergeSort(dst, src, lo, mid, c);
    mergeSort(dst, src, mid, hi, c);
    if (c.compare(src[mid - 1], src[mid]) <= 0) {
      System.arraycopy(src, lo, dst, lo, n);
      return;
    }
    for (int i = lo, p = lo, q = mid; i < hi; i++) {
      if (q >= hi || (p < mid && c.compare(src[p], src[q]) <= 0)) {
        dst[i] = src[p++];
      } else {
        dst[i] = src[q++];
      }
    }
  }
}

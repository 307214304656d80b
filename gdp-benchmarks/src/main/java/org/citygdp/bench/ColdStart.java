package org.citygdp.bench;

import org.citygdp.core.Dataset;
import org.citygdp.data.ChinaCities;

/**
 * A fresh JVM that loads the bundled dataset and prints Q1 (the tier pyramid of the latest
 * year); the load time alone goes to standard error. Timed as a whole process by
 * {@code cold-start.sh} against {@link Hello}.
 */
public final class ColdStart {
  private ColdStart() {}

  public static void main(String[] args) {
    long start = System.nanoTime();
    Dataset china = ChinaCities.load();
    long loaded = System.nanoTime();
    System.out.println(china.latestYearView().tiers());
    // not printf: java.util.Formatter and its locale data would add their own start-up cost
    long tenths = Math.round((loaded - start) / 1e5);
    System.err.println("load_ms " + tenths / 10 + "." + tenths % 10);
  }

  /** The baseline: a fresh JVM that prints "hello". */
  public static final class Hello {
    private Hello() {}

    public static void main(String[] args) {
      System.out.println("hello");
    }
  }
}

package org.citygdp.bench.data;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A seeded generator of datasets shaped like the bundled one: the same years (2019–2025), the same
 * national benchmark (its GDP scaled with the city count, so that shares stay realistic), GDP
 * log-normal around CNY 1.15tn in 2019 growing with real growth around the national rate plus a
 * spread, about 1% of GDP and 4% of growth figures missing, a final release revising a quarter of
 * the figures of 2019–2024, and regions and city clusters assigned as in the bundled data.
 *
 * <p>Releases are dated like the real ones: the preliminary figure of year Y on Y+1-02-28, the
 * final one on Y+2-01-15. So an as-of view of 2025-03-01 sees only preliminary 2024 figures.
 */
public final class Synthetic {
  /** Release codes as citygdp numbers them (the ordinal of {@code Release}). */
  static final int PRELIMINARY = org.citygdp.core.domain.Release.PRELIMINARY.ordinal();
  static final int FINAL = org.citygdp.core.domain.Release.FINAL.ordinal();

  /** Cities in the bundled dataset; the synthetic scales multiply it. */
  public static final int BUNDLED_CITIES = 29;
  public static final int FIRST_YEAR = 2019;
  public static final int YEARS = 7;
  public static final long SEED = 20260301L;

  static final String[] CLUSTERS = {"BEIJING_TIANJIN_HEBEI", "CENTRAL_PLAINS", "CHENGDU_CHONGQING",
      "GREATER_BAY_AREA", "GUANZHONG_PLAIN", "LIAONING_CENTRAL_SOUTH", "MIDDLE_YANGTZE",
      "SHANDONG_PENINSULA", "WEST_TAIWAN_STRAIT", "YANGTZE_RIVER_DELTA"};

  // national benchmark 2019..2025 from the bundled national.json: GDP in 亿元, growth in %
  private static final double[] NAT_GDP_PRELIM = {990865, 1015986, 1143670, 1210207, 1260582,
      1349084, 1401879};
  private static final double[] NAT_GDP_FINAL = {986515, 1013567, 1149237, 1204724, -1, 1348066, -1};
  private static final double[] NAT_GROWTH_PRELIM = {6.1, 2.3, 8.1, 3.0, 5.2, 5.0, 5.0};
  private static final double[] NAT_GROWTH_FINAL = {6.0, 2.2, 8.4, 3.0, -1, 5.0, -1};

  private Synthetic() {}

  /** {@code factor} times the bundled city count. */
  public static Raw generate(int factor) {
    return generate(BUNDLED_CITIES * factor, factor, SEED);
  }

  public static int prelimDate(int year) {
    return (int) LocalDate.of(year + 1, 2, 28).toEpochDay();
  }

  public static int finalDate(int year) {
    return (int) LocalDate.of(year + 2, 1, 15).toEpochDay();
  }

  static Raw generate(int cities, int nationalFactor, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    String[] ids = new String[cities];
    int[] region = new int[cities];
    String[][] clusters = new String[cities][];
    for (int c = 0; c < cities; c++) {
      ids[c] = String.format("c%07d", c);
      double u = rnd.nextDouble();
      region[c] = u < 0.62 ? 0 : u < 0.79 ? 1 : u < 0.93 ? 2 : 3; // Eastern, Central, Western, NE
      clusters[c] = pickClusters(region[c], rnd);
    }
    int cap = cities * YEARS * 3;
    int[] oc = new int[cap];
    int[] oy = new int[cap];
    byte[] om = new byte[cap];
    long[] ov = new long[cap];
    byte[] or = new byte[cap];
    int[] od = new int[cap];
    byte[] orel = new byte[cap];
    int n = 0;
    for (int c = 0; c < cities; c++) {
      double gdp = Math.exp(Math.log(1.15e12) + 0.45 * gaussian(rnd));
      for (int k = 0; k < YEARS; k++) {
        int year = FIRST_YEAR + k;
        long growth = Math.round((NAT_GROWTH_PRELIM[k] + 0.3 + 1.3 * gaussian(rnd)) * 10) * 1000L;
        if (k > 0) {
          gdp *= 1 + (growth / 10_000.0 + 1.0 + 1.2 * gaussian(rnd)) / 100;
        }
        long gdpYuan = Math.round(gdp / 1e6) * 1_000_000L;
        boolean revise = k < YEARS - 1 && rnd.nextDouble() < 0.25;
        if (rnd.nextDouble() >= 0.01) {
          if (revise) {
            long fin = Math.round(gdpYuan * (1 + 0.004 * gaussian(rnd)) / 1e6) * 1_000_000L;
            set(oc, oy, om, ov, or, od, orel, n++, c, year, Raw.GDP, fin, 0, finalDate(year), FINAL);
          }
          set(oc, oy, om, ov, or, od, orel, n++, c, year, Raw.GDP, gdpYuan, revise ? 1 : 0,
              prelimDate(year), PRELIMINARY);
        }
        if (rnd.nextDouble() >= 0.04) {
          if (revise) {
            long fin = growth + (rnd.nextInt(5) - 2) * 1000L;
            set(oc, oy, om, ov, or, od, orel, n++, c, year, Raw.GROWTH, fin, 0, finalDate(year), FINAL);
          }
          set(oc, oy, om, ov, or, od, orel, n++, c, year, Raw.GROWTH, growth, revise ? 1 : 0,
              prelimDate(year), PRELIMINARY);
        }
      }
    }
    int m = 0;
    int[] ny = new int[YEARS * 4];
    byte[] nm = new byte[YEARS * 4];
    long[] nv = new long[YEARS * 4];
    byte[] nr = new byte[YEARS * 4];
    int[] nd = new int[YEARS * 4];
    byte[] nrel = new byte[YEARS * 4];
    for (int k = 0; k < YEARS; k++) {
      int year = FIRST_YEAR + k;
      boolean hasFinal = NAT_GDP_FINAL[k] > 0;
      long scale = 100_000_000L * nationalFactor;
      if (hasFinal) {
        ny[m] = year; nm[m] = Raw.GDP; nv[m] = Math.round(NAT_GDP_FINAL[k]) * scale; nr[m] = 0;
        nd[m] = finalDate(year); nrel[m++] = (byte) FINAL;
        ny[m] = year; nm[m] = Raw.GROWTH; nv[m] = Math.round(NAT_GROWTH_FINAL[k] * 10_000);
        nr[m] = 0; nd[m] = finalDate(year); nrel[m++] = (byte) FINAL;
      }
      byte rank = (byte) (hasFinal ? 1 : 0);
      ny[m] = year; nm[m] = Raw.GDP; nv[m] = Math.round(NAT_GDP_PRELIM[k]) * scale; nr[m] = rank;
      nd[m] = prelimDate(year); nrel[m++] = (byte) PRELIMINARY;
      ny[m] = year; nm[m] = Raw.GROWTH; nv[m] = Math.round(NAT_GROWTH_PRELIM[k] * 10_000);
      nr[m] = rank; nd[m] = prelimDate(year); nrel[m++] = (byte) PRELIMINARY;
    }
    return new Raw(FIRST_YEAR, YEARS, ids, region, clusters, Arrays.copyOf(oc, n),
        Arrays.copyOf(oy, n), Arrays.copyOf(om, n), Arrays.copyOf(ov, n), Arrays.copyOf(or, n),
        Arrays.copyOf(od, n), Arrays.copyOf(orel, n), Arrays.copyOf(ny, m), Arrays.copyOf(nm, m),
        Arrays.copyOf(nv, m), Arrays.copyOf(nr, m), Arrays.copyOf(nd, m), Arrays.copyOf(nrel, m));
  }

  private static void set(int[] oc, int[] oy, byte[] om, long[] ov, byte[] or, int[] od,
      byte[] orel, int i, int city, int year, int metric, long value, int rank, int date,
      int release) {
    oc[i] = city;
    oy[i] = year;
    om[i] = (byte) metric;
    ov[i] = value;
    or[i] = (byte) rank;
    od[i] = date;
    orel[i] = (byte) release;
  }

  private static String[] pickClusters(int region, SplittableRandom rnd) {
    double u = rnd.nextDouble();
    String first;
    switch (region) {
      case 0:
        first = u < 0.40 ? "YANGTZE_RIVER_DELTA" : u < 0.58 ? "GREATER_BAY_AREA"
            : u < 0.72 ? "BEIJING_TIANJIN_HEBEI" : u < 0.84 ? "SHANDONG_PENINSULA"
            : u < 0.93 ? "WEST_TAIWAN_STRAIT" : null;
        break;
      case 1:
        first = u < 0.5 ? "MIDDLE_YANGTZE" : u < 0.85 ? "CENTRAL_PLAINS" : null;
        break;
      case 2:
        first = u < 0.6 ? "CHENGDU_CHONGQING" : u < 0.85 ? "GUANZHONG_PLAIN" : null;
        break;
      default:
        first = u < 0.7 ? "LIAONING_CENTRAL_SOUTH" : null;
        break;
    }
    if (first == null) {
      return new String[0];
    }
    if (first.equals("WEST_TAIWAN_STRAIT") && rnd.nextDouble() < 0.3) {
      return new String[] {"WEST_TAIWAN_STRAIT", "YANGTZE_RIVER_DELTA"};
    }
    return new String[] {first};
  }

  private static double gaussian(SplittableRandom rnd) {
    // Box–Muller: SplittableRandom has no nextGaussian on Java 17
    double u1 = rnd.nextDouble();
    double u2 = rnd.nextDouble();
    return Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
  }
}

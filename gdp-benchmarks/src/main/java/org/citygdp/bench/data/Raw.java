package org.citygdp.bench.data;

/**
 * One dataset in plain columnar arrays, the common input of every implementation: cities (sorted
 * by id), every city figure and national figure with its publication date and its rank under the
 * citygdp selection rule (0 = the figure the latest release shows). Only GDP and real growth are
 * kept: the metrics the benchmark queries read.
 *
 * <p>Units are citygdp's exact encodings: GDP in whole yuan, growth in ten-thousandths of a percent
 * ({@code 54000} is 5.4%). Publication dates are epoch days; {@link #UNKNOWN_DATE} means the figure
 * has no known date and is in no as-of view.
 */
public final class Raw {
  public static final int GDP = 0;
  public static final int GROWTH = 1;
  public static final int UNKNOWN_DATE = Integer.MAX_VALUE;

  public final int firstYear;
  public final int yearCount;

  // cities
  public final String[] cityId;
  public final int[] region; // Region ordinal
  public final String[][] clusters; // cluster ids per city, sorted

  // city figures
  public final int[] obsCity;
  public final int[] obsYear;
  public final byte[] obsMetric;
  public final long[] obsValue;
  public final byte[] obsRank;
  public final int[] obsDate;
  public final byte[] obsRelease; // Release ordinal

  // national figures
  public final int[] natYear;
  public final byte[] natMetric;
  public final long[] natValue;
  public final byte[] natRank;
  public final int[] natDate;
  public final byte[] natRelease;

  // the descriptive text a citygdp City needs beyond the id, made here so that the timed load
  // starts, like every peer's, from ready arrays (names, province, division code, cluster ids)
  public final String[] cityNameEn;
  public final String[] cityNameZh;
  public final String[] cityProvince;
  public final String[] cityDivisionCode;
  private final String[] allClusterIds;

  public Raw(int firstYear, int yearCount, String[] cityId, int[] region, String[][] clusters,
      int[] obsCity, int[] obsYear, byte[] obsMetric, long[] obsValue, byte[] obsRank,
      int[] obsDate, byte[] obsRelease, int[] natYear, byte[] natMetric, long[] natValue,
      byte[] natRank, int[] natDate, byte[] natRelease) {
    this.firstYear = firstYear;
    this.yearCount = yearCount;
    this.cityId = cityId;
    this.region = region;
    this.clusters = clusters;
    this.obsCity = obsCity;
    this.obsYear = obsYear;
    this.obsMetric = obsMetric;
    this.obsValue = obsValue;
    this.obsRank = obsRank;
    this.obsDate = obsDate;
    this.obsRelease = obsRelease;
    this.natYear = natYear;
    this.natMetric = natMetric;
    this.natValue = natValue;
    this.natRank = natRank;
    this.natDate = natDate;
    this.natRelease = natRelease;
    int n = cityId.length;
    this.cityNameEn = new String[n];
    this.cityNameZh = new String[n];
    this.cityProvince = new String[n];
    this.cityDivisionCode = new String[n];
    for (int c = 0; c < n; c++) {
      cityNameEn[c] = "City " + c;
      cityNameZh[c] = "城市" + c;
      cityProvince[c] = "Province " + (c % 31);
      cityDivisionCode[c] = String.format("%06d", 100_000 + c % 900_000);
    }
    java.util.TreeSet<String> all = new java.util.TreeSet<>();
    for (String[] c : clusters) {
      all.addAll(java.util.Arrays.asList(c));
    }
    this.allClusterIds = all.toArray(new String[0]);
  }

  public int cityCount() {
    return cityId.length;
  }

  public int cityYears() {
    return cityId.length * yearCount;
  }

  public int observationCount() {
    return obsCity.length;
  }

  /** City id of every (year, city) row, row-major: the key column of the table-based peers. */
  public String[] rowIds() {
    String[] out = new String[cityYears()];
    for (int i = 0; i < out.length; i++) {
      out[i] = cityId[i % cityCount()];
    }
    return out;
  }

  /** Region label of every (year, city) row, row-major. */
  public String[] rowRegions(String[] regionLabels) {
    String[] out = new String[cityYears()];
    for (int i = 0; i < out.length; i++) {
      out[i] = regionLabels[region[i % cityCount()]];
    }
    return out;
  }

  /** Year of every (year, city) row, row-major. */
  public int[] rowYears() {
    int[] out = new int[cityYears()];
    for (int i = 0; i < out.length; i++) {
      out[i] = firstYear + i / cityCount();
    }
    return out;
  }

  /** City id of every observation. */
  public String[] observationIds() {
    String[] out = new String[observationCount()];
    for (int i = 0; i < out.length; i++) {
      out[i] = cityId[obsCity[i]];
    }
    return out;
  }

  /** Widens bytes (metric codes, ranks) to ints for table libraries without byte columns. */
  public static int[] toInts(byte[] b) {
    int[] out = new int[b.length];
    for (int i = 0; i < b.length; i++) {
      out[i] = b[i];
    }
    return out;
  }

  /**
   * The latest-release value of a metric for every (year, city) cell, row-major
   * ({@code yearIndex * cityCount + city}); {@code present} marks the cells that have one.
   */
  public long[] latest(int metric, boolean[] present) {
    int n = cityCount();
    long[] out = new long[cityYears()];
    for (int i = 0; i < obsCity.length; i++) {
      if (obsMetric[i] == metric && obsRank[i] == 0) {
        int r = (obsYear[i] - firstYear) * n + obsCity[i];
        out[r] = obsValue[i];
        present[r] = true;
      }
    }
    return out;
  }

  /** The latest-release national value of a metric for a year, or {@code Long.MIN_VALUE}. */
  public long nationalLatest(int metric, int year) {
    for (int i = 0; i < natYear.length; i++) {
      if (natYear[i] == year && natMetric[i] == metric && natRank[i] == 0) {
        return natValue[i];
      }
    }
    return Long.MIN_VALUE;
  }

  /** The national value of a metric for a year as of an epoch day, or {@code Long.MIN_VALUE}. */
  public long nationalAsOf(int metric, int year, int epochDay) {
    long best = Long.MIN_VALUE;
    int bestRank = Integer.MAX_VALUE;
    for (int i = 0; i < natYear.length; i++) {
      if (natYear[i] == year && natMetric[i] == metric && natDate[i] <= epochDay
          && natRank[i] < bestRank) {
        best = natValue[i];
        bestRank = natRank[i];
      }
    }
    return best;
  }

  /** Every cluster id, sorted. */
  public String[] clusterIds() {
    return allClusterIds.clone();
  }
}

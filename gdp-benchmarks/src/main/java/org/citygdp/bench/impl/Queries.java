package org.citygdp.bench.impl;

/**
 * The six benchmark queries, as every peer implements them.
 *
 * <ol>
 *   <li>Q1 tier pyramid of one year: members per tier 5T…1T, largest GDP first, and cities with
 *       no GDP figure.
 *   <li>Q2 cities whose real growth is above the national figure of the year, fastest first, ties
 *       by id.
 *   <li>Q3 newcomers to the trillion-yuan club: at least CNY 1tn in {@code later}, and below it or
 *       without a GDP figure in {@code earlier} (missing counts as below); largest GDP first.
 *   <li>Q4 per city cluster and per region: members, GDP sum, GDP-weighted growth, share of
 *       national GDP.
 *   <li>Q5 change in real growth (pp) of every city, {@code later} over {@code earlier}: every
 *       row (city and change, or missing) read.
 *   <li>Q6 Q2 of a year as of a date (earlier releases only) and in the latest release.
 * </ol>
 */
public interface Queries extends AutoCloseable {
  Results.Tiers q1(int year);

  java.util.List<String> q2(int year);

  java.util.List<String> q3(int later, int earlier);

  Results.Groups q4(int year);

  Results.Changes q5(int later, int earlier);

  Results.AsOfVsLatest q6(int year, java.time.LocalDate asOf);

  /** Releases what the implementation holds outside the heap (DuckDB's database). */
  @Override
  default void close() {}
}

package org.citygdp.bench.impl;

import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.citygdp.bench.data.Raw;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * DuckDB in process (an in-memory database), tables loaded with the appender, every query a
 * prepared statement read back into Java objects. Tables: {@code city_year(id, region, year, gdp,
 * growth)} with NULL for missing figures, {@code membership(id, cluster)}, {@code figure(id, year,
 * metric, value, rank, published)} with every published city figure, {@code national(year, gdp,
 * growth)} and {@code national_figure(year, metric, value, rank, published)}.
 */
public final class Duckdb implements Queries {
  private final Connection connection;
  private final int firstYear;
  private final int yearCount;
  private final PreparedStatement q1;
  private final PreparedStatement q1Missing;
  private final PreparedStatement q2;
  private final PreparedStatement q3;
  private final PreparedStatement q4Cluster;
  private final PreparedStatement q4Region;
  private final PreparedStatement q5;
  private final PreparedStatement q6;

  /** Connects to a new in-memory database and loads {@code raw} into it. */
  public Duckdb(Raw raw) {
    try {
      connection = DriverManager.getConnection("jdbc:duckdb:");
      firstYear = raw.firstYear;
      yearCount = raw.yearCount;
      load(raw);
      q1 = connection.prepareStatement(
          "SELECT id, least(gdp // 1000000000000, 5) AS tier FROM city_year "
              + "WHERE year = ? AND gdp >= 1000000000000 ORDER BY gdp DESC, id");
      q1Missing = connection.prepareStatement(
          "SELECT id FROM city_year WHERE year = ? AND gdp IS NULL ORDER BY id");
      q2 = connection.prepareStatement(
          "SELECT c.id FROM city_year c JOIN national n ON n.year = c.year "
              + "WHERE c.year = ? AND c.growth > n.growth ORDER BY c.growth DESC, c.id");
      q3 = connection.prepareStatement(
          "SELECT l.id FROM city_year l JOIN city_year e ON e.id = l.id "
              + "WHERE l.year = ? AND e.year = ? AND l.gdp >= 1000000000000 "
              + "AND (e.gdp IS NULL OR e.gdp < 1000000000000) ORDER BY l.gdp DESC, l.id");
      String aggregates = "count(*), sum(c.gdp), sum(c.growth::DOUBLE * c.gdp), "
          + "sum(c.gdp) FILTER (WHERE c.growth IS NOT NULL), max(n.gdp) ";
      q4Cluster = connection.prepareStatement("SELECT m.cluster, " + aggregates
          + "FROM city_year c JOIN membership m ON m.id = c.id JOIN national n ON n.year = c.year "
          + "WHERE c.year = ? GROUP BY m.cluster ORDER BY m.cluster");
      q4Region = connection.prepareStatement("SELECT c.region, " + aggregates
          + "FROM city_year c JOIN national n ON n.year = c.year "
          + "WHERE c.year = ? GROUP BY c.region ORDER BY min(c.region_order)");
      q5 = connection.prepareStatement(
          "SELECT l.id, l.growth - e.growth FROM city_year l JOIN city_year e ON e.id = l.id "
              + "WHERE l.year = ? AND e.year = ? ORDER BY l.id");
      q6 = connection.prepareStatement(
          "WITH visible AS (SELECT id, value FROM figure "
              + "WHERE year = ? AND metric = 1 AND published <= ? "
              + "QUALIFY row_number() OVER (PARTITION BY id ORDER BY rank) = 1), "
              + "benchmark AS (SELECT value FROM national_figure "
              + "WHERE year = ? AND metric = 1 AND published <= ? ORDER BY rank LIMIT 1) "
              + "SELECT v.id FROM visible v, benchmark b WHERE v.value > b.value "
              + "ORDER BY v.value DESC, v.id");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private void load(Raw raw) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute("CREATE TABLE city_year (id VARCHAR, region VARCHAR, region_order INTEGER, "
          + "year INTEGER, gdp BIGINT, growth BIGINT)");
      s.execute("CREATE TABLE membership (id VARCHAR, cluster VARCHAR)");
      s.execute("CREATE TABLE figure (id VARCHAR, year INTEGER, metric INTEGER, value BIGINT, "
          + "rank INTEGER, published DATE)");
      s.execute("CREATE TABLE national (year INTEGER, gdp BIGINT, growth BIGINT)");
      s.execute("CREATE TABLE national_figure (year INTEGER, metric INTEGER, value BIGINT, "
          + "rank INTEGER, published DATE)");
    }
    DuckDBConnection duck = connection.unwrap(DuckDBConnection.class);
    boolean[] hasGdp = new boolean[raw.cityYears()];
    boolean[] hasGrowth = new boolean[raw.cityYears()];
    long[] gdp = raw.latest(Raw.GDP, hasGdp);
    long[] growth = raw.latest(Raw.GROWTH, hasGrowth);
    int n = raw.cityCount();
    try (DuckDBAppender a = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "city_year")) {
      for (int i = 0; i < raw.cityYears(); i++) {
        int c = i % n;
        a.beginRow();
        a.append(raw.cityId[c]);
        a.append(Results.REGION_LABELS[raw.region[c]]);
        a.append(raw.region[c]);
        a.append(raw.firstYear + i / n);
        appendNullable(a, hasGdp[i], gdp[i]);
        appendNullable(a, hasGrowth[i], growth[i]);
        a.endRow();
      }
    }
    try (DuckDBAppender a = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "membership")) {
      for (int c = 0; c < n; c++) {
        for (String cl : raw.clusters[c]) {
          a.beginRow();
          a.append(raw.cityId[c]);
          a.append(cl);
          a.endRow();
        }
      }
    }
    try (DuckDBAppender a = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "figure")) {
      for (int i = 0; i < raw.observationCount(); i++) {
        a.beginRow();
        a.append(raw.cityId[raw.obsCity[i]]);
        a.append(raw.obsYear[i]);
        a.append((int) raw.obsMetric[i]);
        a.append(raw.obsValue[i]);
        a.append((int) raw.obsRank[i]);
        appendDate(a, raw.obsDate[i]);
        a.endRow();
      }
    }
    try (DuckDBAppender a = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA,
        "national_figure")) {
      for (int i = 0; i < raw.natYear.length; i++) {
        a.beginRow();
        a.append(raw.natYear[i]);
        a.append((int) raw.natMetric[i]);
        a.append(raw.natValue[i]);
        a.append((int) raw.natRank[i]);
        appendDate(a, raw.natDate[i]);
        a.endRow();
      }
    }
    try (PreparedStatement p = connection.prepareStatement("INSERT INTO national VALUES (?, ?, ?)")) {
      for (int y = 0; y < raw.yearCount; y++) {
        int year = raw.firstYear + y;
        p.setInt(1, year);
        p.setLong(2, raw.nationalLatest(Raw.GDP, year));
        p.setLong(3, raw.nationalLatest(Raw.GROWTH, year));
        p.executeUpdate();
      }
    }
  }

  private static void appendNullable(DuckDBAppender a, boolean present, long value)
      throws SQLException {
    if (present) {
      a.append(value);
    } else {
      a.appendNull();
    }
  }

  private static void appendDate(DuckDBAppender a, int epochDay) throws SQLException {
    if (epochDay == Raw.UNKNOWN_DATE) {
      a.appendNull();
    } else {
      a.append(LocalDate.ofEpochDay(epochDay));
    }
  }

  @Override
  public Results.Tiers q1(int year) {
    try {
      List<List<String>> members = new ArrayList<>();
      for (int t = 0; t < 5; t++) {
        members.add(new ArrayList<>());
      }
      q1.setInt(1, year);
      try (ResultSet rs = q1.executeQuery()) {
        while (rs.next()) {
          members.get(5 - rs.getInt(2)).add(rs.getString(1));
        }
      }
      q1Missing.setInt(1, year);
      try (ResultSet rs = q1Missing.executeQuery()) {
        return new Results.Tiers(Results.TIER_LABELS, members, strings(rs));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> strings(ResultSet rs) throws SQLException {
    List<String> out = new ArrayList<>();
    while (rs.next()) {
      out.add(rs.getString(1));
    }
    return out;
  }

  @Override
  public List<String> q2(int year) {
    try {
      q2.setInt(1, year);
      try (ResultSet rs = q2.executeQuery()) {
        return strings(rs);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public List<String> q3(int later, int earlier) {
    try {
      q3.setInt(1, later);
      q3.setInt(2, earlier);
      try (ResultSet rs = q3.executeQuery()) {
        return strings(rs);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public Results.Groups q4(int year) {
    try {
      return new Results.Groups(groups(q4Cluster, year), groups(q4Region, year));
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<Results.GroupRow> groups(PreparedStatement p, int year)
      throws SQLException {
    p.setInt(1, year);
    List<Results.GroupRow> out = new ArrayList<>();
    try (ResultSet rs = p.executeQuery()) {
      while (rs.next()) {
        long gdp = rs.getLong(3);
        double national = rs.getLong(6);
        out.add(new Results.GroupRow(rs.getString(1), rs.getInt(2), gdp,
            rs.getDouble(4) / rs.getLong(5) / 10_000, 100.0 * gdp / national));
      }
    }
    return out;
  }

  @Override
  public Results.Changes q5(int later, int earlier) {
    try {
      q5.setInt(1, later);
      q5.setInt(2, earlier);
      try (ResultSet rs = q5.executeQuery()) {
        List<String> ids = new ArrayList<>();
        long[] change = new long[16];
        int k = 0;
        while (rs.next()) {
          ids.add(rs.getString(1));
          long v = rs.getLong(2);
          if (k == change.length) {
            change = java.util.Arrays.copyOf(change, k * 2);
          }
          change[k++] = rs.wasNull() ? Results.Changes.MISSING : v;
        }
        return new Results.Changes(ids, java.util.Arrays.copyOf(change, k));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public Results.AsOfVsLatest q6(int year, LocalDate asOf) {
    try {
      q6.setInt(1, year);
      q6.setDate(2, Date.valueOf(asOf));
      q6.setInt(3, year);
      q6.setDate(4, Date.valueOf(asOf));
      try (ResultSet rs = q6.executeQuery()) {
        return new Results.AsOfVsLatest(strings(rs), q2(year));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}

package org.citygdp.data;

import com.google.common.collect.ImmutableList;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.citygdp.core.Assumption;
import org.citygdp.core.CitySelection;
import org.citygdp.core.Comparison;
import org.citygdp.core.Contender;
import org.citygdp.core.Contenders;
import org.citygdp.core.Dataset;
import org.citygdp.core.Figure;
import org.citygdp.core.GrowthChange;
import org.citygdp.core.GrowthChanges;
import org.citygdp.core.Metric;
import org.citygdp.core.NationalShare;
import org.citygdp.core.NationalShares;
import org.citygdp.core.Projection;
import org.citygdp.core.SectorGrowth;
import org.citygdp.core.Threshold;
import org.citygdp.core.TierPyramid;
import org.citygdp.core.YearView;
import org.citygdp.core.YearlyStats;
import org.citygdp.core.domain.City;
import org.citygdp.core.domain.Sector;
import org.citygdp.core.domain.Source;
import org.citygdp.units.Growth;
import org.citygdp.units.PercentagePoints;
import org.citygdp.units.RealGrowth;
import org.jspecify.annotations.Nullable;

/**
 * The trillion-yuan club report: club size and newcomers, the club's share of national GDP per
 * year, the next in line (the ten closest cities, their gap and when each would cross at its own
 * recent nominal pace: a projection), the tier pyramid, GDP and real growth
 * per member against the national average, the biggest accelerations and slowdowns, sector
 * highlights, a footnote naming the source (and its grade) of every figure printed, and a
 * provenance summary: the printed figures by grade and release, the share of them from the
 * bureaus' own publications or official media, and the cells left missing.
 *
 * <pre>{@code
 * System.out.print(ClubReport.render(ChinaCities.load(), 2025));
 * }</pre>
 *
 * From the command line (the README's Quick start):
 * {@code mvn -q -pl gdp-data -am compile exec:java
 * [-Dexec.args="2024 --as-of=2025-03-01 --verified-only --min-grade=OFFICIAL_MEDIA --format=json"]}
 * ({@code -Dexec.args=--help} prints the usage).
 */
public final class ClubReport {
  private final Dataset dataset;
  private final YearView year;
  private final Map<Source, Integer> footnotes = new LinkedHashMap<>();
  private final List<Figure<?>> printed = new ArrayList<>();
  private final StringBuilder out = new StringBuilder();

  private ClubReport(Dataset dataset, int year) {
    this.dataset = dataset;
    this.year = dataset.year(year);
  }

  /** The report for one year of a dataset view, as text. */
  public static String render(Dataset dataset, int year) {
    return new ClubReport(dataset, year).build();
  }

  /**
   * Prints the report: {@code [YEAR] [--format=text|csv|json] [--as-of=YYYY-MM-DD]
   * [--min-grade=GRADE] [--verified-only] [--help]}; the year defaults to the latest in the view.
   * A bad argument prints what is wrong and the usage to standard error and exits with status 2.
   * The command line needs picocli ({@code info.picocli:picocli}, an optional dependency of this
   * module: on the module path, add {@code --add-modules info.picocli}); without it, this says so
   * and exits with status 2. {@link #render} needs nothing more.
   */
  public static void main(String[] args) {
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8),
        true);
    try {
      Class.forName("picocli.CommandLine", false, ClubReport.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      err.println("The report's command line needs picocli (info.picocli:picocli "
          + "4.7.7) on the class path, or on the module path with --add-modules info.picocli;"
          + " ClubReport.render(dataset, year) needs nothing more.");
      System.exit(2);
      return;
    }
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8),
        true);
    int code = org.citygdp.data.cli.ReportCommand.run(args, out, err);
    if (code != 0) {
      System.exit(code);
    }
  }

  /**
   * The ids of the cities at or above one trillion yuan in any year of the view, in id order: the
   * club's cities, which the report and the coverage table follow (a member whose level is missing
   * in a year is still one of them).
   */
  static List<String> everMembers(Dataset dataset) {
    java.util.TreeSet<String> ids = new java.util.TreeSet<>();
    for (int yr : dataset.years()) {
      ids.addAll(dataset.year(yr).members(Threshold.TRILLION_CLUB).ids());
    }
    return List.copyOf(ids);
  }

  /** The club's cities ({@link #everMembers}) in one year of the view. */
  private static CitySelection tracked(Dataset dataset, YearView v) {
    return v.cities().where(
        org.citygdp.core.Condition.idIn(everMembers(dataset).toArray(new String[0])));
  }

  private String build() {
    int y = year.year();
    CitySelection club = year.members(Threshold.TRILLION_CLUB);
    line("CHINA'S TRILLION-YUAN GDP CITIES, " + y);
    line("Dataset: " + dataset);
    if (!dataset.leftOut().isEmpty()) {
      line("Left out of this view: " + dataset.leftOut());
    }
    line("GDP at current prices; growth is real (comparable prices) as published.");
    line("");

    section("Club size by year (GDP >= CNY 1 trillion)");
    Integer previous = null;
    for (int yr : dataset.years()) {
      if (yr > y) {
        break;
      }
      YearView v = dataset.year(yr);
      int n = v.members(Threshold.TRILLION_CLUB).count();
      String newcomers = previous == null ? "" : "  new: " + String.join(", ",
          dataset.compare(yr, previous).newcomers(Threshold.TRILLION_CLUB).names());
      int missing = tracked(dataset, v).where(Metric.GDP.isMissing()).count();
      line(String.format("  %d  %2d%s%s", yr, n, newcomers.equals("  new: ") ? "" : newcomers,
          missing == 0 ? "" : "  (GDP missing for " + missing + " of the tracked cities)"));
      previous = yr;
    }
    line("");

    clubShare(y);
    nextInLine(y);

    section("Tier pyramid " + y);
    TierPyramid pyramid = year.tiers();
    pyramid.asMap().forEach((tier, members) -> line(String.format("  %-3s %2d  %s", tier.label(),
        members.size(), String.join(", ", members.stream().map(City::nameEn).toList()))));
    List<String> trackedWithoutGdp = tracked(dataset, year).where(Metric.GDP.isMissing())
        .orderByDescending(Metric.GDP).names();
    if (!trackedWithoutGdp.isEmpty()) {
      line("  GDP not found in any source of this dataset: "
          + String.join(", ", trackedWithoutGdp) + " (not counted in any tier)");
    }
    line("");

    Optional<RealGrowth> national = year.national().flatMap(n -> n.realGrowth());
    section("Members: GDP and real growth" + national.map(n -> " (national growth " + pct(n)
        + note(year.national().flatMap(s -> s.figure(Metric.REAL_GROWTH)).orElse(null)) + ")")
        .orElse(" (no national growth figure for " + y + ")"));
    Comparison cmp = dataset.years().contains(y - 1) ? dataset.compare(y, y - 1) : null;
    line(String.format("  %-3s %-11s %-5s %12s %9s %10s %12s  %s", "#", "city", "", "GDP (CNY bn)",
        "growth %", "vs nat. pp", "vs " + (y - 1) + " pp", "sources"));
    int rank = 1;
    for (YearlyStats s : club.stats()) {
      City c = s.city();
      Optional<RealGrowth> g = s.realGrowth();
      String vsNational = g.flatMap(x -> national.map(x::minus)).map(ClubReport::pp)
          .orElse("—");
      String change = cmp == null ? "—" : cmp.growthChange(c.id()).map(ClubReport::pp).orElse("—");
      line(String.format("  %-3d %-11s %s %12s %9s %10s %12s  %s", rank++, c.nameEn(),
          padZh(c.nameZh()), s.gdp().map(v -> v.toBillions().toPlainString()).orElse("—"),
          g.map(x -> oneDecimal(x.rate().toBigDecimal())).orElse("—"), vsNational, change,
          notes(s.figure(Metric.GDP).orElse(null), s.figure(Metric.REAL_GROWTH).orElse(null))));
    }
    if (national.isPresent()) {
      int faster = club.where(Metric.REAL_GROWTH.above(national.get())).count();
      line("  " + faster + " of " + club.count() + " members grew faster than the national "
          + pct(national.get()) + ".");
    }
    line("");

    if (cmp != null) {
      GrowthChanges changes = cmp.growthChanges(club);
      section("Growth " + (y - 1) + " -> " + y + " among members");
      line("  kept or raised growth: " + changes.keptOrRaised().size() + " of " + club.count()
          + (changes.unknown().size() == 0 ? "" : " (" + changes.unknown().size()
              + " without both years' growth)"));
      line("  biggest accelerations: " + describe(changes.raised().rows(), false));
      line("  biggest slowdowns:     " + describe(changes.slowed().rows(), true));
      line("");
    }

    section("Sector highlights " + y);
    boolean any = false;
    for (YearlyStats s : club.stats()) {
      List<String> parts = new ArrayList<>();
      for (SectorGrowth sg : s.sectors()) {
        Sector sector = sg.sector();
        if (sector.equals(Sector.PRIMARY) || sector.equals(Sector.SECONDARY)) {
          continue;
        }
        sg.realGrowth().ifPresent(g -> parts.add(sector.nameEn() + " " + pct(g)
            + note(s.figure(Metric.realGrowth(sector)).orElse(null))));
        sg.nominalGrowth().ifPresent(g -> parts.add(sector.nameEn() + " " + pct(g) + " nominal"
            + note(s.figure(Metric.nominalGrowth(sector)).orElse(null))));
      }
      if (!parts.isEmpty()) {
        any = true;
        String vsGdp = s.sector(Sector.TERTIARY).flatMap(SectorGrowth::realGrowth)
            .flatMap(t -> s.realGrowth().map(t::minus))
            .map(pp -> " (tertiary vs GDP " + pp(pp) + ")").orElse("");
        line("  " + s.city().nameEn() + vsGdp + ": " + String.join("; ", parts));
      }
    }
    if (!any) {
      line("  (no sector growth figures for " + y + ")");
    }
    line("");

    section("Sources");
    footnotes.forEach((src, n) -> line("  [" + n + "] " + src.citation()));
    line("");
    line("Unverified figures are marked *. Conflicting sources within a release: "
        + dataset.conflicts().size() + " recorded (Dataset.conflicts()).");
    line("");
    provenance(y);
    return out.toString();
  }

  /**
   * The club's share of national GDP, each year up to the report's: the members of that year, their
   * GDP, the national figure (footnoted) and the share, and its change in percentage points.
   */
  private void clubShare(int y) {
    section("Club share of national GDP");
    line(String.format("  %-4s %7s %17s %21s %9s %10s", "year", "members", "club GDP (CNY bn)",
        "national (CNY bn)", "share", "change"));
    NationalShares shares = dataset.shareOfNationalGdp(Threshold.TRILLION_CLUB);
    NationalShare previous = null;
    for (NationalShare s : shares.years()) {
      if (s.year() > y) {
        break;
      }
      String national = s.national().map(f -> f.value().toBillions().toPlainString()
          + note(f)).orElse("—");
      String change = previous == null ? "—" : previous.share().flatMap(p -> s.share()
          .map(x -> x.minus(p).toString())).orElse("—");
      int missing = tracked(dataset, dataset.year(s.year())).where(Metric.GDP.isMissing())
          .count();
      line(String.format("  %-4d %7d %17s %21s %9s %10s%s", s.year(), s.cityCount(),
          s.gdp().value().map(v -> v.toBillions().toPlainString()).orElse("—"), national,
          s.share().map(Object::toString).orElse("—"), change, missing == 0 ? ""
              : "  (GDP missing for " + missing + " of the tracked cities: share understated)"));
      previous = s;
    }
    dataset.seriesBreaks().forEach(b -> line("  Levels of " + b.year() + " and before are as first"
        + " published, those after it on the basis revised by " + b.name() + ": shares on either"
        + " side of the break are on different bases."));
    line("");
  }

  /**
   * The ten cities closest below one trillion yuan, with their gap, the growth assumed (each
   * city's own nominal growth over its last year of levels in one series), the year it would
   * cross, and the sources of the levels used.
   */
  private void nextInLine(int y) {
    Assumption assumption = Assumption.ownAverage(1);
    Contenders next = year.contenders(Threshold.TRILLION_CLUB).top(10);
    section("Next in line (closest below CNY 1 trillion in " + y + "; projections, not figures)");
    line("  Assumed growth: " + assumption + ", " + (y - 1) + " -> " + y
        + "; never across a series break, never real growth.");
    line(String.format("  %-4s %-13s %-6s %12s %10s %9s %12s %9s  %s", "#", "city", "",
        "GDP (CNY bn)", "gap (亿元)", "gap %", "growth (nom.)", "reaches", "sources"));
    List<String> notProjected = new ArrayList<>();
    List<Projection> outlook = next.outlook(assumption);
    for (int i = 0; i < next.count(); i++) {
      Contender c = next.rows().get(i);
      Projection p = outlook.get(i);
      List<Figure<?>> used = new ArrayList<>(p.levels().values());
      String year = p.crossingYear().map(Object::toString).orElse(
          p.outcome() == Projection.Outcome.NEVER ? "never"
              : p.outcome() == Projection.Outcome.NOT_BY_MAX_YEAR ? "after 2100" : "—");
      if (p.outcome() == Projection.Outcome.CANNOT_COMPUTE) {
        notProjected.add(c.city().nameEn() + " " + c.city().nameZh() + ": " + p.reason());
      }
      line(String.format("  #%-3d %-13s %s %12s %10s %9s %12s %9s  %s", c.position(),
          c.city().nameEn(), padZh(c.city().nameZh()),
          c.level().value().toBillions().toPlainString(), c.gap().toYi().toPlainString(),
          c.gapPercent().map(Object::toString).orElse("—"),
          p.rate().map(g -> g.rate().toString()).orElse("—"), year,
          notes(used.isEmpty() ? new Figure<?>[] {c.level()} : used.toArray(new Figure<?>[0]))));
    }
    if (next.count() == 0) {
      line("  (no city with a " + y + " level below the threshold)");
    }
    for (String n : notProjected) {
      line("  not projected: " + n);
    }
    if (!next.withoutLevel().isEmpty()) {
      line("  " + next.withoutLevel().size() + " cities have no " + y
          + " level in this view and cannot be placed.");
    }
    line("");
  }

  /** The provenance summary: the printed figures by grade and release, and the missing cells. */
  private void provenance(int y) {
    section("Provenance of this report's figures");
    int[][] counts = new int[org.citygdp.core.domain.SourceGrade.values().length]
        [org.citygdp.core.domain.Release.values().length];
    for (Figure<?> f : printed) {
      counts[f.grade().ordinal()][f.release().ordinal()]++;
    }
    int official = 0;
    int verified = 0;
    for (Figure<?> f : printed) {
      verified += f.verified() ? 1 : 0;
    }
    for (org.citygdp.core.domain.SourceGrade g : org.citygdp.core.domain.SourceGrade.values()) {
      StringBuilder sb = new StringBuilder();
      int total = 0;
      for (org.citygdp.core.domain.Release r : org.citygdp.core.domain.Release.values()) {
        int n = counts[g.ordinal()][r.ordinal()];
        total += n;
        if (n > 0) {
          sb.append(sb.length() == 0 ? "" : ", ").append(n).append(' ')
              .append(r.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
        }
      }
      official += g.isOfficial() ? total : 0;
      line(String.format("  %-15s %3d%s", g, total, total == 0 ? "" : "  (" + sb + ")"));
    }
    line(String.format("  %-15s %3d", "total", printed.size()));
    line("  from PRIMARY or OFFICIAL_MEDIA: " + (printed.isEmpty() ? "—"
        : new BigDecimal(official * 100L).divide(BigDecimal.valueOf(printed.size()), 1,
            java.math.RoundingMode.HALF_EVEN).toPlainString() + "%")
        + " of the figures printed; " + verified + " of them verified.");
    List<String> missing = new ArrayList<>();
    CitySelection club = year.members(Threshold.TRILLION_CLUB);
    for (YearlyStats s : tracked(dataset, year).stats()) {
      boolean member = club.ids().contains(s.city().id());
      boolean near = member || s.gdp().isEmpty();
      if (!near) {
        continue;
      }
      if (s.gdp().isEmpty()) {
        missing.add(s.city().nameEn() + " " + y + " GDP");
      }
      if (s.realGrowth().isEmpty()) {
        missing.add(s.city().nameEn() + " " + y + " growth");
      }
      if (dataset.years().contains(y - 1)
          && dataset.year(y - 1).stats(s.city().id()).realGrowth().isEmpty()) {
        missing.add(s.city().nameEn() + " " + (y - 1) + " growth");
      }
    }
    line("  missing cells (members, and tracked cities without a " + y + " level): "
        + (missing.isEmpty() ? "none" : String.join(", ", missing)));
  }

  /**
   * A city × year table of what the view holds for GDP and real growth of the club's cities
   * (at or above one trillion yuan in any year):
   * {@code ok} both, verified; {@code u} both, one or more unverified; {@code G} GDP only;
   * {@code g} growth only; {@code -} neither. Markdown, as printed in gdp-data/README.md.
   */
  public static String coverage(Dataset dataset) {
    StringBuilder sb = new StringBuilder("| city |");
    for (int y : dataset.years()) {
      sb.append(' ').append(y).append(" |");
    }
    sb.append("\n|---|");
    dataset.years().forEach(y -> sb.append("---|"));
    sb.append('\n');
    for (City c : tracked(dataset, dataset.latestYearView()).cities()) {
      sb.append("| ").append(c.nameEn()).append(' ').append(c.nameZh()).append(" |");
      for (int y : dataset.years()) {
        YearlyStats s = dataset.year(y).stats(c.id());
        Optional<Figure<org.citygdp.units.Yuan>> gdp = s.figure(Metric.GDP);
        Optional<Figure<RealGrowth>> growth = s.figure(Metric.REAL_GROWTH);
        String cell;
        if (gdp.isPresent() && growth.isPresent()) {
          cell = gdp.get().verified() && growth.get().verified() ? "ok" : "u";
        } else if (gdp.isPresent()) {
          cell = "G";
        } else if (growth.isPresent()) {
          cell = "g";
        } else {
          cell = "-";
        }
        sb.append(' ').append(cell).append(" |");
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  private String describe(ImmutableList<GrowthChange> rows, boolean fromEnd) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < Math.min(3, rows.size()); i++) {
      GrowthChange r = rows.get(fromEnd ? rows.size() - 1 - i : i);
      parts.add(r.city().nameEn() + " " + r.change().map(ClubReport::pp).orElse("?") + " ("
          + r.earlierGrowth().map(ClubReport::pct).orElse("?") + " -> "
          + r.laterGrowth().map(ClubReport::pct).orElse("?") + ")");
    }
    return parts.isEmpty() ? "none" : String.join(", ", parts);
  }

  /** Rates print with at least one decimal, as bureaus print them: 4.0%, not 4%. */
  private static String oneDecimal(BigDecimal d) {
    return d.scale() < 1 ? d.setScale(1).toPlainString() : d.toPlainString();
  }

  private static String pct(Growth g) {
    return oneDecimal(g.rate().toBigDecimal()) + "%";
  }

  private static String pp(PercentagePoints p) {
    return (p.isPositive() ? "+" : "") + oneDecimal(p.toBigDecimal()) + "pp";
  }

  private String notes(@Nullable Figure<?>... figures) {
    List<String> n = new ArrayList<>();
    for (Figure<?> f : figures) {
      String s = note(f);
      if (!s.isEmpty() && !n.contains(s.trim())) {
        n.add(s.trim());
      }
    }
    return String.join(" ", n);
  }

  private String note(@Nullable Figure<?> f) {
    if (f == null) {
      return "";
    }
    printed.add(f);
    int n = footnotes.computeIfAbsent(f.source(), k -> footnotes.size() + 1);
    return " [" + n + (f.verified() ? "" : "*") + "]";
  }

  private static String padZh(String zh) {
    int width = zh.codePointCount(0, zh.length()) * 2;
    return zh + " ".repeat(Math.max(0, 6 - width));
  }

  private void section(String title) {
    line(title);
    line("-".repeat(Math.min(78, title.length())));
  }

  private void line(String s) {
    out.append(s).append('\n');
  }
}

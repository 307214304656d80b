package org.citygdp.data.cli;

import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.citygdp.core.Dataset;
import org.citygdp.core.Threshold;
import org.citygdp.core.YearView;
import org.citygdp.core.domain.SourceGrade;
import org.citygdp.data.ChinaCities;
import org.citygdp.data.ClubReport;
import org.citygdp.data.export.CityGdpJacksonModule;
import org.citygdp.data.export.CsvExport;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The trillion-yuan club report's command line: which year, which view of the data, which format.
 * Every value is checked; a bad one prints what is wrong and the usage to the error stream, and
 * the exit code is 2. Run in-process with {@link #run}.
 */
@Command(name = "club-report", sortOptions = false, usageHelpAutoWidth = false,
    usageHelpWidth = 100,
    description = {"Prints the trillion-yuan club report of the bundled data: club size by year,"
        + " the tier pyramid, members' GDP and real growth against the national average, growth"
        + " changes, sector highlights and the provenance of every figure."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the report was written", "1:it could not be written",
        "2:an argument was wrong (the message says which)"})
public final class ReportCommand implements Callable<Integer> {
  /** The formats of the report. */
  public enum Format {
    /** The printed report. */
    text,
    /** The members of the year, one row per city, with units in the column names. */
    csv,
    /** The report's parts as one JSON object, every figure with its source. */
    json
  }

  @Spec
  @SuppressWarnings("NullAway.Init")
  private CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "YEAR", converter = YearConverter.class,
      description = "The year reported on (four digits); default: the latest year in the view.")
  private @Nullable Integer year;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text, csv (the members, one row per city) or json; default: ${DEFAULT-VALUE}.")
  private Format format = Format.text;

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
      description = "Only figures published on or before this day.")
  private @Nullable LocalDate asOf;

  @Option(names = "--min-grade", paramLabel = "GRADE",
      description = "Only figures from sources of this grade or stronger: ${COMPLETION-CANDIDATES}.")
  private @Nullable SourceGrade minGrade;

  @Option(names = "--verified-only",
      description = "Only figures verified against their source.")
  private boolean verifiedOnly;

  @Option(names = "--chart", paramLabel = "FILE",
      description = "Also draw the club size by year, the members' GDP by tier and the next in"
          + " line (contenders below the threshold), as a PNG of " + ClubChart.WIDTH + "x" + ClubChart.HEIGHT
          + " pixels (needs JFreeChart).")
  private @Nullable Path chart;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Print this help and exit.")
  private boolean help;

  private final Supplier<Dataset> data;

  private ReportCommand(Supplier<Dataset> data) {
    this.data = data;
  }

  /**
   * Runs the command line on the bundled data.
   *
   * @return the exit code: 0 when the report was written, 2 for a bad argument (the message and
   *     the usage go to {@code err}), 1 when it failed otherwise
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, out, err, ChinaCities::load);
  }

  /** Runs the command line on the dataset {@code data} supplies. */
  public static int run(String[] args, PrintWriter out, PrintWriter err, Supplier<Dataset> data) {
    CommandLine cmd = new CommandLine(new ReportCommand(data));
    cmd.setOut(out);
    cmd.setErr(err);
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    cmd.setExecutionExceptionHandler((e, line, parsed) -> {
      line.getErr().println("The report could not be written: " + e);
      return 1;
    });
    int code = cmd.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /** The usage text, as {@code --help} prints it. */
  public static String usage() {
    return new CommandLine(new ReportCommand(ChinaCities::load)).getUsageMessage(
        CommandLine.Help.Ansi.OFF);
  }

  @Override
  public Integer call() throws Exception {
    Dataset ds = data.get();
    if (asOf != null) {
      ds = ds.asOf(asOf);
    }
    if (verifiedOnly) {
      ds = ds.verifiedOnly();
    }
    if (minGrade != null) {
      ds = ds.atLeast(minGrade);
    }
    if (ds.years().isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "This view has no city"
          + " figures at all (" + ds.leftOut() + "): choose a later --as-of or a weaker"
          + " --min-grade");
    }
    int y = year == null ? ds.latestYear() : year;
    if (!ds.years().contains(y)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "Invalid value for YEAR: "
          + y + " is not in this view, which covers " + ds.years().first() + "–"
          + ds.years().last() + (ds.leftOut(y).isEmpty() ? "" : " (left out: " + ds.leftOut(y)
          + ")"));
    }
    if (chart != null) {
      drawChart(chart, ds, y);
    }
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case csv:
        out.print(CsvExport.of(ds.year(y).members(Threshold.TRILLION_CLUB)));
        break;
      case json:
        out.println(new ObjectMapper().registerModule(new CityGdpJacksonModule())
            .writer(new DefaultPrettyPrinter()).writeValueAsString(json(ds, y)));
        break;
      default:
        out.print(ClubReport.render(ds, y));
        break;
    }
    out.flush();
    return 0;
  }

  private void drawChart(Path file, Dataset ds, int y) throws IOException {
    String name = file.getFileName() == null ? "" : file.getFileName().toString();
    if (!name.toLowerCase(Locale.ROOT).endsWith(".png")) {
      throw new CommandLine.ParameterException(spec.commandLine(), "Invalid value for option"
          + " '--chart': '" + file + "' must name a .png file");
    }
    Path dir = file.toAbsolutePath().getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "Invalid value for option"
          + " '--chart': the directory of '" + file + "' does not exist");
    }
    try {
      Class.forName("org.jfree.chart.JFreeChart", false, ReportCommand.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--chart needs JFreeChart"
          + " (org.jfree:jfreechart 1.5.6) on the class path, or on the module path with"
          + " --add-modules org.jfree.jfreechart,java.desktop");
    }
    ClubChart.write(ds, y, file);
  }

  /**
   * The report's parts: the view, club size by year, members, tiers, growth changes, the next in
   * line and the provenance.
   */
  private static Map<String, @Nullable Object> json(Dataset ds, int y) {
    YearView v = ds.year(y);
    Map<String, @Nullable Object> view = new LinkedHashMap<>();
    view.put("dataset", ds.toString());
    view.put("asOf", ds.asOfDate().map(LocalDate::toString).orElse(null));
    view.put("verifiedOnly", ds.isVerifiedOnly());
    view.put("minimumGrade", ds.minimumGrade());
    view.put("leftOut", ds.leftOut());
    List<Map<String, Object>> sizes = new ArrayList<>();
    Integer previous = null;
    for (int yr : ds.years().headSet(y, true)) {
      Map<String, Object> size = new LinkedHashMap<>();
      size.put("year", yr);
      size.put("members", ds.year(yr).members(Threshold.TRILLION_CLUB).count());
      if (previous != null) {
        size.put("newcomers", ds.compare(yr, previous).newcomers(Threshold.TRILLION_CLUB).ids());
      }
      sizes.add(size);
      previous = yr;
    }
    Map<String, @Nullable Object> report = new LinkedHashMap<>();
    report.put("report", "China's trillion-yuan GDP cities");
    report.put("year", y);
    report.put("view", view);
    report.put("clubSizeByYear", sizes);
    report.put("national", v.national().orElse(null));
    report.put("members", v.members(Threshold.TRILLION_CLUB));
    report.put("tiers", v.tiers());
    report.put("growthChanges", ds.years().contains(y - 1)
        ? ds.compare(y, y - 1).growthChanges(v.members(Threshold.TRILLION_CLUB)) : null);
    report.put("nextInLine", v.contenders(Threshold.TRILLION_CLUB).top(10));
    report.put("provenance", ds.provenance());
    return report;
  }

  /** A year: four ASCII digits within the years a dataset may cover. */
  static final class YearConverter implements CommandLine.ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      if (!value.matches("[0-9]{4}")) {
        throw new CommandLine.TypeConversionException("'" + value + "' is not a year: write"
            + " four ASCII digits, e.g. 2025");
      }
      int y = Integer.parseInt(value);
      if (y < Dataset.MIN_YEAR || y > Dataset.MAX_YEAR) {
        throw new CommandLine.TypeConversionException("'" + value + "' must be within "
            + Dataset.MIN_YEAR + "–" + Dataset.MAX_YEAR);
      }
      return y;
    }
  }

  /** A day: {@code YYYY-MM-DD}, a real calendar date. */
  static final class DateConverter implements CommandLine.ITypeConverter<LocalDate> {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd",
        Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

    @Override
    public LocalDate convert(String value) {
      if (!value.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
        throw new CommandLine.TypeConversionException("'" + value + "' is not a date: write"
            + " YYYY-MM-DD in ASCII digits, e.g. 2026-02-06");
      }
      try {
        return LocalDate.parse(value, DAY);
      } catch (DateTimeException e) {
        throw new CommandLine.TypeConversionException("'" + value + "' is not a calendar date");
      }
    }
  }
}

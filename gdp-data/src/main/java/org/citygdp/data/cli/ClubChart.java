package org.citygdp.data.cli;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.citygdp.core.Contender;
import org.citygdp.core.Dataset;
import org.citygdp.core.Metric;
import org.citygdp.core.Threshold;
import org.citygdp.core.Tier;
import org.citygdp.core.YearView;
import org.citygdp.core.YearlyStats;
import org.citygdp.units.Yuan;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.block.RectangleConstraint;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.Range;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jspecify.annotations.Nullable;

/**
 * The report's picture, drawn by JFreeChart (an optional dependency): the club's size by year,
 * the members' GDP by tier, and the next in line (the contenders below the threshold, {@link
 * YearView#contenders}), for one year of a view.
 * Three JFreeChart charts laid out on one PNG of {@value #WIDTH} × {@value #HEIGHT} pixels, with a
 * headline and a line naming the data's view. GDP at current prices, in trillions of yuan.
 */
final class ClubChart {
  static final int WIDTH = 1200;
  static final int HEIGHT = 800;
  /** How many of the largest cities below the threshold are shown. */
  static final int NEXT_IN_LINE = 6;

  private static final Color[] TIER_COLORS = {new Color(0x08306b), new Color(0x2171b5),
      new Color(0x4292c6), new Color(0x6baed6), new Color(0x9ecae1)};
  private static final Color BAR = new Color(0x2171b5);
  private static final Color BELOW = new Color(0xfd8d3c);

  private ClubChart() {}

  /** Writes the chart of {@code year} of {@code ds} to {@code file} as PNG. */
  static void write(Dataset ds, int year, Path file) throws IOException {
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true"); // no display is needed or used
    }
    BufferedImage image = draw(ds, year);
    try (OutputStream out = Files.newOutputStream(file)) {
      ChartUtils.writeBufferedImageAsPNG(out, image);
    }
  }

  static BufferedImage draw(Dataset ds, int year) {
    YearView y = ds.year(year);
    BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
          RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, WIDTH, HEIGHT);
      TextTitle headline = new TextTitle("China's trillion-yuan GDP cities, " + year,
          new Font(Font.SANS_SERIF, Font.BOLD, 22));
      headline.arrange(g, RectangleConstraint.NONE.toRangeWidth(new Range(0, WIDTH)));
      headline.draw(g, new Rectangle2D.Double(0, 8, WIDTH, 36));
      TextTitle view = new TextTitle(ds + ". GDP at current prices; every figure with its"
          + " source in the report.", new Font(Font.SANS_SERIF, Font.PLAIN, 12));
      view.setPaint(Color.DARK_GRAY);
      view.arrange(g, RectangleConstraint.NONE.toRangeWidth(new Range(0, WIDTH)));
      view.draw(g, new Rectangle2D.Double(0, HEIGHT - 28, WIDTH, 22));
      clubSize(ds, year).draw(g, new Rectangle2D.Double(10, 50, 470, 350));
      nextInLine(y).draw(g, new Rectangle2D.Double(10, 410, 470, 360));
      membersByTier(y).draw(g, new Rectangle2D.Double(490, 50, 700, 720));
    } finally {
      g.dispose();
    }
    return image;
  }

  private static JFreeChart clubSize(Dataset ds, int year) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (int yr : ds.years().headSet(year, true)) {
      data.addValue(ds.year(yr).members(Threshold.TRILLION_CLUB).count(), "members",
          Integer.toString(yr));
    }
    JFreeChart chart = ChartFactory.createBarChart("Club size by year (GDP ≥ CNY 1 trillion)",
        null, "cities", data, PlotOrientation.VERTICAL, false, false, false);
    CategoryPlot plot = style(chart);
    BarRenderer r = (BarRenderer) plot.getRenderer();
    r.setSeriesPaint(0, BAR);
    r.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}",
        new DecimalFormat("0")));
    r.setDefaultItemLabelsVisible(true);
    plot.getRangeAxis().setUpperMargin(0.12);
    return chart;
  }

  private static JFreeChart membersByTier(YearView y) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    List<Tier> tiers = y.tiers().asMap().keySet().asList();
    Set<String> names = new HashSet<>();
    Map<String, Double> gdp = new LinkedHashMap<>();
    Map<String, String> exact = new LinkedHashMap<>();
    Map<String, String> tierOf = new LinkedHashMap<>();
    for (YearlyStats s : y.members(Threshold.TRILLION_CLUB).orderByDescending(Metric.GDP)
        .stats()) {
      String name = names.add(s.city().nameEn()) ? s.city().nameEn()
          : s.city().nameEn() + " (" + s.city().id() + ")";
      gdp.put(name, trillions(s.gdp().orElse(Yuan.ZERO)));
      exact.put(name, s.gdp().orElse(Yuan.ZERO).toTrillions().toPlainString());
      tierOf.put(name, y.tierOf(s.city().id()).map(Tier::label).orElse("?"));
    }
    // one series per tier, highest first, so that each tier has its colour and legend entry
    for (Tier t : tiers) {
      for (Map.Entry<String, Double> e : gdp.entrySet()) {
        data.addValue(t.label().equals(tierOf.get(e.getKey())) ? e.getValue() : null,
            t.label(), e.getKey());
      }
    }
    JFreeChart chart = ChartFactory.createStackedBarChart("Members' GDP by tier, " + y.year(),
        null, "CNY trillion", data, PlotOrientation.HORIZONTAL, true, false, false);
    CategoryPlot plot = style(chart);
    BarRenderer r = (BarRenderer) plot.getRenderer();
    for (int i = 0; i < tiers.size(); i++) {
      r.setSeriesPaint(i, TIER_COLORS[Math.min(i, TIER_COLORS.length - 1)]);
    }
    r.setDefaultItemLabelGenerator(new Exact(exact));
    r.setDefaultItemLabelsVisible(true);
    r.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3,
        TextAnchor.CENTER_LEFT));
    plot.getRangeAxis().setUpperMargin(0.12);
    chart.getLegend().setFrame(BlockBorder.NONE);
    return chart;
  }

  private static JFreeChart nextInLine(YearView y) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    Map<String, String> exact = new LinkedHashMap<>();
    for (Contender c : y.contenders(Threshold.TRILLION_CLUB).top(NEXT_IN_LINE).rows()) {
      Yuan gdp = c.level().value();
      data.addValue(trillions(gdp), "GDP", c.city().nameEn());
      exact.put(c.city().nameEn(), gdp.toTrillions().toPlainString());
    }
    JFreeChart chart = ChartFactory.createBarChart("Next in line: contenders below CNY 1"
        + " trillion, " + y.year(), null, "CNY trillion", data, PlotOrientation.HORIZONTAL, false,
        false, false);
    CategoryPlot plot = style(chart);
    BarRenderer r = (BarRenderer) plot.getRenderer();
    r.setSeriesPaint(0, BELOW);
    r.setDefaultItemLabelGenerator(new Exact(exact));
    r.setDefaultItemLabelsVisible(true);
    ValueMarker threshold = new ValueMarker(trillions(Threshold.TRILLION_CLUB.amount()), Color.GRAY, new BasicStroke(1.5f));
    threshold.setLabel("1 trillion");
    threshold.setLabelAnchor(RectangleAnchor.TOP_LEFT);
    threshold.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
    plot.addRangeMarker(threshold);
    plot.getRangeAxis().setUpperMargin(0.15);
    return chart;
  }

  /** White plot, flat bars, light grid lines, a title on the left. */
  private static CategoryPlot style(JFreeChart chart) {
    chart.setBackgroundPaint(Color.WHITE);
    chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
    chart.getTitle().setHorizontalAlignment(HorizontalAlignment.LEFT);
    CategoryPlot plot = chart.getCategoryPlot();
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineVisible(false);
    plot.setRangeGridlinePaint(new Color(0xdddddd));
    BarRenderer r = (BarRenderer) plot.getRenderer();
    r.setBarPainter(new StandardBarPainter());
    r.setShadowVisible(false);
    r.setDrawBarOutline(false);
    return plot;
  }

  /** Labels each bar with its exact figure (in trillions), never a rounded one. */
  private static final class Exact implements CategoryItemLabelGenerator {
    private final Map<String, String> labels;

    Exact(Map<String, String> labels) {
      this.labels = labels;
    }

    @Override
    public String generateRowLabel(CategoryDataset dataset, int row) {
      return dataset.getRowKey(row).toString();
    }

    @Override
    public String generateColumnLabel(CategoryDataset dataset, int column) {
      return dataset.getColumnKey(column).toString();
    }

    @Override
    public @Nullable String generateLabel(CategoryDataset dataset, int row, int column) {
      return dataset.getValue(row, column) == null ? null
          : labels.get(dataset.getColumnKey(column).toString());
    }
  }

  /** For the bars' lengths only: the amount in trillions of yuan, as a double. */
  private static double trillions(Yuan amount) {
    return amount.toTrillions().doubleValue();
  }
}

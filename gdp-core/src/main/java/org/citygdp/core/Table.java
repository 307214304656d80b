package org.citygdp.core;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.citygdp.core.internal.TextTable;

/**
 * A result printed as a table: a caption, column headers (with the unit where a column has one:
 * {@code "GDP (亿元)"}) and rows of cell texts. Prints aligned in a terminal or jshell: numbers on
 * the decimal point, Chinese names two columns wide, text cells wider than 60 columns wrapped.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * Table t = china.year(2025).members(Threshold.TRILLION_CLUB).table(Metric.GDP);
 * t.headers();          // [#, id, city, 城市, GDP (亿元)]
 * t.rows().get(0);      // [1, shanghai, Shanghai, 上海, 56708.71]
 * System.out.print(t);  // the caption, then the aligned table
 * }</pre>
 */
public final class Table {
  private final String caption;
  private final ImmutableList<String> headers;
  private final ImmutableList<ImmutableList<String>> rows;
  private final String rendered;

  Table(String caption, TextTable table) {
    this.caption = caption;
    this.headers = ImmutableList.copyOf(table.headers());
    ImmutableList.Builder<ImmutableList<String>> b =
        ImmutableList.builderWithExpectedSize(table.rows().size());
    for (List<String> r : table.rows()) {
      b.add(ImmutableList.copyOf(r));
    }
    this.rows = b.build();
    this.rendered = table.render();
  }

  /** What the table shows, e.g. {@code "26 cities in 2025"}. */
  public String caption() {
    return caption;
  }

  /** The column headers, with units where a column has one. */
  public ImmutableList<String> headers() {
    return headers;
  }

  /** The rows, each as many cells as there are headers; a missing figure is {@code "—"}. */
  public ImmutableList<ImmutableList<String>> rows() {
    return rows;
  }

  /** The number of rows. */
  public int size() {
    return rows.size();
  }

  /** The aligned table without the caption, one line per row (more for a wrapped cell). */
  public String render() {
    return rendered;
  }

  /** The caption on its own line, then the aligned table. */
  @Override
  public String toString() {
    return caption + "\n" + rendered;
  }
}

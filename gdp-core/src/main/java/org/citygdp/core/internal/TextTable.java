package org.citygdp.core.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders rows as an aligned plain-text table. Widths count East Asian wide characters (Chinese
 * names) as two columns, so 上海 lines up with Shanghai in a terminal. Right-aligned columns hold
 * numbers and are aligned on the decimal point ("1573.782" over "5207.34 "); a cell without a
 * point (a whole number, "—") ends where the points are. Left-aligned cells wider than
 * {@link #MAX_CELL_WIDTH} columns wrap between the items of a list (after ", "), else between
 * words, and an item or word wider than that is cut with "…".
 */
public final class TextTable {
  /** The widest a text cell prints before it wraps, in terminal columns. */
  public static final int MAX_CELL_WIDTH = 60;

  private final List<String> headers;
  private final boolean[] right;
  private final List<List<String>> rows = new ArrayList<>();

  public TextTable(List<String> headers, boolean... rightAligned) {
    this.headers = headers;
    this.right = rightAligned.length == headers.size() ? rightAligned : new boolean[headers.size()];
  }

  public TextTable row(List<String> cells) {
    rows.add(cells);
    return this;
  }

  public List<String> headers() {
    return headers;
  }

  public List<List<String>> rows() {
    return rows;
  }

  public boolean rightAligned(int column) {
    return right[column];
  }

  public String render() {
    int n = headers.size();
    int[] frac = new int[n]; // the widest ".ddd" part of each number column
    for (int i = 0; i < n; i++) {
      if (right[i]) {
        for (List<String> r : rows) {
          frac[i] = Math.max(frac[i], fraction(r.get(i)));
        }
      }
    }
    List<List<List<String>>> cells = new ArrayList<>(rows.size());
    for (List<String> r : rows) {
      List<List<String>> lines = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        String c = r.get(i);
        lines.add(right[i] ? List.of(c + " ".repeat(frac[i] - fraction(c))) : wrap(c));
      }
      cells.add(lines);
    }
    int[] w = new int[n];
    for (int i = 0; i < n; i++) {
      w[i] = width(headers.get(i));
      for (List<List<String>> r : cells) {
        for (String line : r.get(i)) {
          w[i] = Math.max(w[i], width(line));
        }
      }
    }
    StringBuilder sb = new StringBuilder();
    line(sb, headers, w);
    for (int i = 0; i < n; i++) {
      sb.append("-".repeat(w[i])).append(i + 1 < n ? "  " : "\n");
    }
    for (List<List<String>> r : cells) {
      int height = 1;
      for (List<String> c : r) {
        height = Math.max(height, c.size());
      }
      for (int k = 0; k < height; k++) {
        List<String> physical = new ArrayList<>(n);
        for (List<String> c : r) {
          physical.add(k < c.size() ? c.get(k) : "");
        }
        line(sb, physical, w);
      }
    }
    return sb.toString();
  }

  private void line(StringBuilder sb, List<String> cells, int[] w) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < w.length; i++) {
      String c = cells.get(i);
      String pad = " ".repeat(Math.max(0, w[i] - width(c)));
      line.append(right[i] ? pad + c : c + (i + 1 < w.length ? pad : ""));
      if (i + 1 < w.length) {
        line.append("  ");
      }
    }
    sb.append(line.toString().stripTrailing()).append('\n');
  }

  /** The length of a number's ".ddd" part (with what follows it), 0 for a cell without one. */
  public static int fraction(String cell) {
    int dot = cell.indexOf('.');
    if (dot <= 0 || !Character.isDigit(cell.charAt(dot - 1))) {
      return 0;
    }
    return width(cell.substring(dot));
  }

  /** A text cell in lines of at most {@link #MAX_CELL_WIDTH} columns. */
  public static List<String> wrap(String cell) {
    if (width(cell) <= MAX_CELL_WIDTH) {
      return List.of(cell);
    }
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : words(cell)) {
      String w = width(word) > MAX_CELL_WIDTH ? cut(word, MAX_CELL_WIDTH) : word;
      if (line.length() > 0 && width(line.toString()) + width(w) > MAX_CELL_WIDTH) {
        lines.add(line.toString().stripTrailing());
        line.setLength(0);
        w = w.stripLeading();
      }
      line.append(w);
    }
    if (line.length() > 0) {
      lines.add(line.toString().stripTrailing());
    }
    return lines;
  }

  /**
   * The cell split after every ", " if it is a list ("Suzhou 苏州, Wuxi 无锡" is "Suzhou 苏州, " and
   * "Wuxi 无锡"), else after every space.
   */
  private static List<String> words(String cell) {
    List<String> out = new ArrayList<>();
    boolean list = cell.contains(", ");
    int start = 0;
    for (int i = 0; i < cell.length(); i++) {
      if (cell.charAt(i) == ' ' && (!list || (i > 0 && cell.charAt(i - 1) == ','))) {
        out.add(cell.substring(start, i + 1));
        start = i + 1;
      }
    }
    if (start < cell.length()) {
      out.add(cell.substring(start));
    }
    return out;
  }

  /** The first columns of {@code s} that fit in {@code max - 1}, then "…". */
  public static String cut(String s, int max) {
    StringBuilder sb = new StringBuilder();
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int cw = isWide(cp) ? 2 : 1;
      if (w + cw > max - 1) {
        break;
      }
      sb.appendCodePoint(cp);
      w += cw;
      i += Character.charCount(cp);
    }
    return sb.append('…').toString();
  }

  /** Display width: two columns for East Asian wide and fullwidth characters. */
  public static int width(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      w += isWide(cp) ? 2 : 1;
      i += Character.charCount(cp);
    }
    return w;
  }

  private static boolean isWide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F)
        || (cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F)
        || (cp >= 0xAC00 && cp <= 0xD7A3)
        || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0xFE30 && cp <= 0xFE4F)
        || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6)
        || (cp >= 0x20000 && cp <= 0x3FFFD);
  }
}

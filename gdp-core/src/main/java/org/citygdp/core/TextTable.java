package org.citygdp.core;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders rows as an aligned plain-text table. Widths count East Asian wide characters (Chinese
 * names) as two columns, so 上海 lines up with Shanghai in a terminal.
 */
final class TextTable {
  private final List<String> headers;
  private final boolean[] right;
  private final List<List<String>> rows = new ArrayList<>();

  TextTable(List<String> headers, boolean... rightAligned) {
    this.headers = headers;
    this.right = rightAligned.length == headers.size() ? rightAligned : new boolean[headers.size()];
  }

  TextTable row(List<String> cells) {
    rows.add(cells);
    return this;
  }

  String render() {
    int[] w = new int[headers.size()];
    for (int i = 0; i < w.length; i++) {
      w[i] = width(headers.get(i));
      for (List<String> r : rows) {
        w[i] = Math.max(w[i], width(r.get(i)));
      }
    }
    StringBuilder sb = new StringBuilder();
    line(sb, headers, w);
    for (int i = 0; i < w.length; i++) {
      sb.append("-".repeat(w[i])).append(i + 1 < w.length ? "  " : "\n");
    }
    for (List<String> r : rows) {
      line(sb, r, w);
    }
    return sb.toString();
  }

  private void line(StringBuilder sb, List<String> cells, int[] w) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < w.length; i++) {
      String c = cells.get(i);
      String pad = " ".repeat(w[i] - width(c));
      line.append(right[i] ? pad + c : c + (i + 1 < w.length ? pad : ""));
      if (i + 1 < w.length) {
        line.append("  ");
      }
    }
    sb.append(line.toString().stripTrailing()).append('\n');
  }

  /** Display width: two columns for East Asian wide and fullwidth characters. */
  static int width(String s) {
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

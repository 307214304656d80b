package org.citygdp.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * TextTable's display widths at both ends of every East Asian wide range, wrapping at exactly
 * {@link TextTable#MAX_CELL_WIDTH} columns, cutting, the fraction of a number cell and which
 * columns are right-aligned.
 */
class TextTableTest {

  private static String cp(int codePoint) {
    return new StringBuilder().appendCodePoint(codePoint).toString();
  }

  @Test
  void should_count_two_columns_inside_each_wide_range_and_one_just_outside() {
    int[][] ranges = {{0x1100, 0x115F}, {0x2E80, 0xA4CF}, {0xAC00, 0xD7A3}, {0xF900, 0xFAFF},
        {0xFE30, 0xFE4F}, {0xFF00, 0xFF60}, {0xFFE0, 0xFFE6}, {0x20000, 0x3FFFD}};
    for (int[] r : ranges) {
      assertThat(TextTable.width(cp(r[0] - 1))).as("U+%X", r[0] - 1).isEqualTo(1);
      assertThat(TextTable.width(cp(r[0]))).as("U+%X", r[0]).isEqualTo(2);
      assertThat(TextTable.width(cp(r[1]))).as("U+%X", r[1]).isEqualTo(2);
      assertThat(TextTable.width(cp(r[1] + 1))).as("U+%X", r[1] + 1).isEqualTo(1);
    }
    // U+303F (ideographic half fill space) is narrow inside the CJK range
    assertThat(TextTable.width(cp(0x303E))).isEqualTo(2);
    assertThat(TextTable.width(cp(0x303F))).isEqualTo(1);
    assertThat(TextTable.width(cp(0x3040))).isEqualTo(2);
    assertThat(TextTable.width("上海 Shanghai")).isEqualTo(13);
    assertThat(TextTable.width("")).isZero();
  }

  @Test
  void should_keep_a_cell_of_exactly_the_maximum_width_on_one_line() {
    String sixty = "x".repeat(29) + " " + "y".repeat(30);
    assertThat(TextTable.wrap(sixty)).containsExactly(sixty);
    String sixtyOne = sixty + "z";
    assertThat(TextTable.wrap(sixtyOne)).containsExactly("x".repeat(29), "y".repeat(30) + "z");
  }

  @Test
  void should_fill_a_line_to_exactly_the_maximum_width_before_breaking() {
    // "a"*29 + " " and "b"*29 + " " fill 60 columns; "c" goes on the next line
    String cell = "a".repeat(29) + " " + "b".repeat(29) + " c";
    assertThat(TextTable.wrap(cell)).containsExactly("a".repeat(29) + " " + "b".repeat(29), "c");
  }

  @Test
  void should_cut_only_words_wider_than_the_maximum() {
    String sixty = "x".repeat(60);
    assertThat(TextTable.wrap("y " + sixty)).containsExactly("y", sixty);
    assertThat(TextTable.wrap("y " + sixty + "x"))
        .containsExactly("y", "x".repeat(59) + "…");
  }

  @Test
  void should_not_break_a_list_at_a_leading_space() {
    String cell = " " + "Suzhou 苏州, ".repeat(6) + "Wuxi 无锡";
    List<String> lines = TextTable.wrap(cell);
    assertThat(lines).containsExactly(" " + "Suzhou 苏州, ".repeat(4).stripTrailing(),
        "Suzhou 苏州, Suzhou 苏州, Wuxi 无锡");
  }

  @Test
  void should_cut_to_max_minus_one_columns_then_an_ellipsis() {
    assertThat(TextTable.cut("abc", 10)).isEqualTo("abc…");
    assertThat(TextTable.cut("abcdef", 4)).isEqualTo("abc…");
    assertThat(TextTable.cut("上海市", 4)).isEqualTo("上…");
  }

  @Test
  void should_measure_the_fraction_only_after_a_digit() {
    assertThat(TextTable.fraction("1.x")).isEqualTo(2);
    assertThat(TextTable.fraction("12.5%")).isEqualTo(3);
    assertThat(TextTable.fraction(".5")).isZero();
    assertThat(TextTable.fraction("a.5")).isZero();
    assertThat(TextTable.fraction("12")).isZero();
  }

  @Test
  void should_say_which_columns_are_right_aligned() {
    TextTable t = new TextTable(List.of("name", "value"), false, true);
    assertThat(t.rightAligned(0)).isFalse();
    assertThat(t.rightAligned(1)).isTrue();
    TextTable none = new TextTable(List.of("name", "value"), true);
    assertThat(none.rightAligned(0)).isFalse();
    assertThat(none.rightAligned(1)).isFalse();
  }
}

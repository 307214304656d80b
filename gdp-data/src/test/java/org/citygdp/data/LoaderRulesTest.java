package org.citygdp.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The loader's character-level rules at their edges: the characters just inside and just outside
 * each allowed range, the shortest inputs a byte-order mark check reads, and the limits. Written
 * for the mutants PIT showed surviving in {@link TextCheck}, {@code DatasetReader.pathRule} and
 * {@link Nearest} (issue #10, MUTATION.md).
 */
class LoaderRulesTest {

  @ParameterizedTest
  @ValueSource(strings = {"a.json", "z.csv", "A.json", "Z.json", "0.json", "9.json", "_.json",
      "-.json", "a.b.json", "az/AZ/09/_-.x/y.csv", "a/b/c.json"})
  void should_accept_names_at_the_edges_of_the_allowed_characters(String name) {
    assertThat(DatasetReader.pathRule(name)).as(name).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"`.json", "{.json", "@.json", "[.json", "/.json", ":.json", "a/.json",
      ".a.json", "a/.b.json", "a//b.json", "/a.json", "a\\b.json", "a.txt", "", ".json/a.json",
      "a b.json", "é.json"})
  void should_refuse_names_just_outside_the_allowed_characters(String name) {
    assertThat(DatasetReader.pathRule(name)).as(name).startsWith("must be a relative path");
  }

  @Test
  void should_allow_a_name_of_the_longest_length_only() {
    String longest = "a".repeat(DatasetLoader.MAX_PATH_LENGTH - 5) + ".json";
    assertThat(DatasetReader.pathRule(longest)).isNull();
    assertThat(DatasetReader.pathRule("a" + longest)).isNotNull();
  }

  @Test
  void should_refuse_control_characters_and_lone_surrogates_at_the_range_edges() {
    assertThat(TextCheck.textRule("a\u001fb")).contains("U+001F");
    assertThat(TextCheck.textRule("a\u007fb")).contains("U+007F");
    assertThat(TextCheck.textRule("a\u009fb")).contains("U+009F");
    assertThat(TextCheck.textRule("\u0000")).contains("NUL");
    assertThat(TextCheck.textRule(" \u00a0~\t\n\r")).isNull();
    assertThat(TextCheck.textRule("\ud83d\ude00")).isNull(); // a pair
    assertThat(TextCheck.textRule("a\ud83d")).contains("lone surrogate (U+D83D)"); // high, last
    assertThat(TextCheck.textRule("\ude00a")).contains("lone surrogate (U+DE00)"); // low, first
    assertThat(TextCheck.textRule("\ud83d\ud83d\ude00")).contains("U+D83D"); // high, high
    assertThat(TextCheck.textRule("\ud83d\ude00\u0001")).contains("U+0001"); // after a pair
  }

  @Test
  void should_recognise_a_byte_order_mark_even_when_it_is_the_whole_file() {
    assertThatThrownBy(() -> TextCheck.decode(bytes(0, 0, 0xFE, 0xFF)))
        .hasMessageStartingWith("is UTF-32");
    assertThatThrownBy(() -> TextCheck.decode(bytes(0xFF, 0xFE, 0, 0)))
        .hasMessageStartingWith("is UTF-32");
    assertThatThrownBy(() -> TextCheck.decode(bytes(0xFE, 0xFF)))
        .hasMessageStartingWith("is UTF-16");
    assertThatThrownBy(() -> TextCheck.decode(bytes(0xFF, 0xFE)))
        .hasMessageStartingWith("is UTF-16");
    assertThatThrownBy(() -> TextCheck.decode(bytes(0xEF, 0xBB, 0xBF)))
        .hasMessageStartingWith("starts with a UTF-8 byte-order mark");
    // one byte short of a mark: not a mark (a NUL, or a byte that is not UTF-8)
    assertThatThrownBy(() -> TextCheck.decode(bytes(0, 0, 0xFE)))
        .hasMessageStartingWith("must not contain NUL");
    assertThatThrownBy(() -> TextCheck.decode(bytes(0xFE))).hasMessageStartingWith("is not valid");
    assertThatThrownBy(() -> TextCheck.decode(bytes(0xEF, 0xBB)))
        .hasMessageStartingWith("is not valid");
  }

  @Test
  void should_guess_utf16_and_utf32_from_four_bytes_and_not_from_fewer() {
    assertThatThrownBy(() -> TextCheck.decode(bytes('a', 0, 0, 0)))
        .hasMessageStartingWith("looks like UTF-32");
    assertThatThrownBy(() -> TextCheck.decode(bytes(0, 'a', 0, 'b')))
        .hasMessageStartingWith("looks like UTF-16");
    assertThatThrownBy(() -> TextCheck.decode(bytes('a', 0, 'b')))
        .hasMessageStartingWith("must not contain NUL")
        .satisfies(e -> assertThat(((TextCheck.Bad) e).column).isEqualTo(2));
  }

  @Test
  void should_count_lines_and_characters_not_bytes() {
    byte[] text = "ab\n甲乙x\ny".getBytes(StandardCharsets.UTF_8);
    assertThat(TextCheck.lineAndColumn(text, 0)).containsExactly(1, 1);
    assertThat(TextCheck.lineAndColumn(text, 2)).containsExactly(1, 3);
    assertThat(TextCheck.lineAndColumn(text, 3)).containsExactly(2, 1);
    assertThat(TextCheck.lineAndColumn(text, 9)).containsExactly(2, 3); // after 甲乙 (6 bytes)
    assertThat(TextCheck.lineAndColumn(text, 11)).containsExactly(3, 1);
    assertThat(TextCheck.lineAndColumn(text, 99)).containsExactly(3, 2); // past the end
    assertThat(TextCheck.lineAndColumn("ab\ncd", 4)).containsExactly(2, 2);
    assertThat(TextCheck.lineAndColumn("ab\ncd", 2)).containsExactly(1, 3);
    assertThat(TextCheck.lineAndColumn("ab", 9)).containsExactly(1, 3);
  }

  @Test
  void should_measure_distance_up_to_a_limit_and_refuse_very_long_strings() {
    assertThat(Nearest.distance("beijing", "bejing", 3)).isEqualTo(1);
    assertThat(Nearest.distance("ab", "ba", 3)).isEqualTo(1); // a transposition
    assertThat(Nearest.distance("abc", "xyz", 2)).isEqualTo(3); // limit + 1
    assertThat(Nearest.distance("abc", "xyz", 3)).isEqualTo(3);
    assertThat(Nearest.distance("", "abc", 5)).isEqualTo(3);
    assertThat(Nearest.distance("a".repeat(200), "a".repeat(200), 2)).isZero();
    assertThat(Nearest.distance("a".repeat(201), "a".repeat(201), 2)).isEqualTo(3);
    assertThat(Nearest.distance("a", "a".repeat(201), 2)).isEqualTo(3);
  }

  private static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }
}

package org.citygdp.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import org.junit.jupiter.api.Test;

/**
 * Pins how Checks shows a value (escapes, surrogate pairs, the 40-character budget exactly at and
 * past its limit), the identifier rules' matching and text, and that the checks return what they
 * were given.
 */
class ChecksTest {

  private static String a(int n) {
    return String.join("", Collections.nCopies(n, "a"));
  }

  @Test
  void null_stays_null_and_shown_writes_it() {
    assertThat(Checks.shorten(null)).isNull();
    assertThat(Checks.shown(null)).isEqualTo("null");
    assertThat(Checks.shorten(12)).isEqualTo("12");
    assertThat(Checks.shorten("")).isEqualTo("");
  }

  @Test
  void forty_characters_fit_and_forty_one_are_cut_to_thirty() {
    assertThat(Checks.shorten(a(40))).isEqualTo(a(40));
    assertThat(Checks.shorten(a(41))).isEqualTo(a(30) + "…(41 characters)");
  }

  @Test
  void control_characters_are_escaped_and_take_six() {
    assertThat(Checks.shorten("a\nb\u0007")).isEqualTo("a\\u000Ab\\u0007");
    assertThat(Checks.shorten("\u009F")).isEqualTo("\\u009F");
    // 34 + 6 = 40: fits exactly
    assertThat(Checks.shorten(a(34) + "\u0001")).isEqualTo(a(34) + "\\u0001");
    // 35 + 6 = 41: does not fit, although only 36 characters long
    assertThat(Checks.shorten(a(35) + "\u0001")).isEqualTo(a(30) + "…(36 characters)");
    // within the 30-character cut, an escape that would pass the budget is left out
    assertThat(Checks.shorten(a(25) + "\u0001" + a(20)))
        .isEqualTo(a(25) + "…(46 characters)");
    assertThat(Checks.shorten(a(24) + "\u0001" + a(20)))
        .isEqualTo(a(24) + "\\u0001…(45 characters)");
  }

  @Test
  void a_surrogate_pair_is_kept_whole_and_a_lone_surrogate_escaped() {
    String grin = "\uD83D\uDE00";
    assertThat(Checks.shorten("x" + grin + "y")).isEqualTo("x" + grin + "y");
    assertThat(Checks.shorten(grin)).isEqualTo(grin);
    assertThat(Checks.shorten("x\uD83D")).isEqualTo("x\\uD83D");
    assertThat(Checks.shorten("\uD83Dy")).isEqualTo("\\uD83Dy");
    assertThat(Checks.shorten("\uDE00\uD83D")).isEqualTo("\\uDE00\\uD83D");
    // a pair takes two: 38 + 2 = 40 fits, 39 + 2 does not
    assertThat(Checks.shorten(a(38) + grin)).isEqualTo(a(38) + grin);
    assertThat(Checks.shorten(a(39) + grin)).isEqualTo(a(30) + "…(41 characters)");
    // a pair is not split at the cut
    assertThat(Checks.shorten(a(29) + grin + a(20)))
        .isEqualTo(a(29) + "…(51 characters)");
    assertThat(Checks.shorten(a(28) + grin + a(20)))
        .isEqualTo(a(28) + grin + "…(50 characters)");
  }

  @Test
  void the_checks_return_the_value_they_were_given() {
    assertThat(Checks.matches("id", "beijing", Checks.CITY_ID, "a city id")).isEqualTo("beijing");
    assertThat(Checks.notBlank("name", " x ")).isEqualTo(" x ");
    assertThat(Checks.within("n", 7, 1, 9)).isEqualTo(7);
    assertThat(Checks.within("n", 1, 1, 9)).isEqualTo(1);
    assertThat(Checks.within("n", 9, 1, 9)).isEqualTo(9);
    assertThat(Checks.year(1949)).isEqualTo(1949);
    assertThatThrownBy(() -> Checks.within("n", 10, 1, 9))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("n '10' must be within 1–9");
    assertThatThrownBy(() -> Checks.matches("id", "Bei-jing", Checks.CITY_ID, "a city id"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("id 'Bei-jing' must be a city id ([a-z][a-z0-9_]*)");
    assertThatThrownBy(() -> Checks.notBlank("name", " "))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("name ' ' must not be blank");
  }

  @Test
  void an_id_rule_checks_every_character_after_the_first() {
    assertThat(Checks.CITY_ID.matches("a")).isTrue();
    assertThat(Checks.CITY_ID.matches("ab_9")).isTrue();
    assertThat(Checks.CITY_ID.matches("ab-c")).isFalse();
    assertThat(Checks.CITY_ID.matches("abC")).isFalse();
    assertThat(Checks.CITY_ID.matches("9a")).isFalse();
    assertThat(Checks.CITY_ID.matches("")).isFalse();
    assertThat(Checks.SOURCE_ID.matches("9-x")).isTrue();
    assertThat(Checks.SOURCE_ID.matches("9_x")).isFalse();
    assertThat(Checks.DIVISION_CODE.matches("110000")).isTrue();
    assertThat(Checks.DIVISION_CODE.matches("11000")).isFalse();
    assertThat(Checks.DIVISION_CODE.matches("1100000")).isFalse();
    assertThat(Checks.DIVISION_CODE.matches("11000a")).isFalse();
  }

  @Test
  void an_id_rule_of_exact_length_zero_matches_nothing() {
    Checks.IdRule none = new Checks.IdRule("", "az", "az", 0);
    assertThat(none.matches("a")).isFalse();
    assertThat(none.matches("ab")).isFalse();
    Checks.IdRule two = new Checks.IdRule("[a-z]{2}", "az", "az", 2);
    assertThat(two.matches("ab")).isTrue();
    assertThat(two.matches("a")).isFalse();
  }

  @Test
  void an_id_rule_shows_its_pattern() {
    assertThat(Checks.CITY_ID.pattern()).isEqualTo("[a-z][a-z0-9_]*");
    assertThat(Checks.CITY_ID).hasToString("[a-z][a-z0-9_]*");
    assertThat(Checks.DIVISION_CODE).hasToString("[0-9]{6}");
    assertThat(Checks.UPPER_ID.pattern()).isEqualTo("[A-Z][A-Z0-9_]*");
  }
}

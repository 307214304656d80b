package org.citygdp.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * Pins InvalidDataException's place accessors, the place text its builder writes, how problems
 * are combined (the 50-problem limit, "more") and the exact message of several problems, and the
 * length limits on field, place and rule.
 */
class InvalidDataExceptionTest {

  private static InvalidDataException problem(int i) {
    return new InvalidDataException("f" + i, "v" + i, "p" + i, "r" + i);
  }

  private static List<InvalidDataException> problems(int n) {
    List<InvalidDataException> all = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      all.add(problem(i));
    }
    return all;
  }

  @Test
  void a_problem_in_words_has_no_file_position() {
    InvalidDataException e = new InvalidDataException("gdp", "-1", "builder", "must be positive");
    assertThat(e).hasMessage("Invalid gdp '-1' at builder: must be positive");
    assertThat(e.field()).isEqualTo("gdp");
    assertThat(e.value()).isEqualTo("-1");
    assertThat(e.place()).isEqualTo("builder");
    assertThat(e.rule()).isEqualTo("must be positive");
    assertThat(e.source()).isEmpty();
    assertThat(e.line()).isEmpty();
    assertThat(e.column()).isEmpty();
    assertThat(e.pointer()).isEmpty();
    assertThat(e.row()).isEmpty();
    assertThat(e.problems()).containsExactly(e);
    assertThat(e.hasMoreProblems()).isFalse();
    assertThat(new InvalidDataException("city", null, "x", "must be given"))
        .hasMessage("Invalid city (missing) at x: must be given");
  }

  @Test
  void the_builder_writes_line_column_row_and_pointer_into_the_place() {
    IllegalStateException cause = new IllegalStateException("boom");
    InvalidDataException e = InvalidDataException.in("data/cities.csv").line(3).column(7).row(2)
        .pointer("/figures/3/value").cause(cause).invalid("id", "Beijing", "must be lower case");
    assertThat(e).hasMessage("Invalid id 'Beijing' at data/cities.csv, line 3, column 7, row 2,"
        + " /figures/3/value: must be lower case");
    assertThat(e.place())
        .isEqualTo("data/cities.csv, line 3, column 7, row 2, /figures/3/value");
    assertThat(e.rule()).isEqualTo("must be lower case");
    assertThat(e.source()).isEqualTo(Optional.of("data/cities.csv"));
    assertThat(e.line()).isEqualTo(OptionalInt.of(3));
    assertThat(e.column()).isEqualTo(OptionalInt.of(7));
    assertThat(e.row()).isEqualTo(OptionalInt.of(2));
    assertThat(e.pointer()).isEqualTo(Optional.of("/figures/3/value"));
    assertThat(e.getCause()).isSameAs(cause);
    assertThat(e.problems()).containsExactly(e);
    assertThat(e.hasMoreProblems()).isFalse();
  }

  @Test
  void position_one_is_known_and_zero_or_less_is_not() {
    InvalidDataException one = InvalidDataException.in("f").line(1).column(1).row(1)
        .invalid("x", 1, "r");
    assertThat(one.place()).isEqualTo("f, line 1, column 1, row 1");
    assertThat(one.line()).isEqualTo(OptionalInt.of(1));
    assertThat(one.column()).isEqualTo(OptionalInt.of(1));
    assertThat(one.row()).isEqualTo(OptionalInt.of(1));

    InvalidDataException zero = InvalidDataException.in("f").line(0).column(0).row(0)
        .invalid("x", 1, "r");
    assertThat(zero.place()).isEqualTo("f");
    assertThat(zero.line()).isEmpty();
    assertThat(zero.column()).isEmpty();
    assertThat(zero.row()).isEmpty();
    assertThat(zero.pointer()).isEmpty();

    InvalidDataException negative = InvalidDataException.in("f").line(-4).column(-1).row(-2)
        .invalid("x", 1, "r");
    assertThat(negative.place()).isEqualTo("f");
    assertThat(negative.line()).isEmpty();
    assertThat(negative.column()).isEmpty();
    assertThat(negative.row()).isEmpty();
  }

  @Test
  void a_column_is_written_only_after_a_line() {
    InvalidDataException e = InvalidDataException.in("f").column(5).invalid("x", 1, "r");
    assertThat(e.place()).isEqualTo("f");
    assertThat(e.column()).isEqualTo(OptionalInt.of(5));
    assertThat(InvalidDataException.in("f").line(2).invalid("x", 1, "r").place())
        .isEqualTo("f, line 2");
  }

  @Test
  void an_empty_pointer_is_written_as_the_root() {
    InvalidDataException e = InvalidDataException.in("a.json").pointer("").invalid("x", 1, "r");
    assertThat(e.place()).isEqualTo("a.json, /");
    assertThat(e.pointer()).isEqualTo(Optional.of(""));
    assertThat(InvalidDataException.in("a.json").row(4).invalid("x", 1, "r").place())
        .isEqualTo("a.json, row 4");
  }

  @Test
  void of_no_problems_is_refused() {
    assertThatThrownBy(() -> InvalidDataException.of(List.of(), false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("problems must not be empty");
  }

  @Test
  void of_one_problem_and_no_more_is_that_problem() {
    InvalidDataException p = problem(1);
    assertThat(InvalidDataException.of(List.of(p), false)).isSameAs(p);
  }

  @Test
  void of_one_problem_and_more_says_so() {
    InvalidDataException p = InvalidDataException.in("f.csv").line(2).column(3).row(1)
        .pointer("/a").cause(new IllegalStateException()).invalid("x", "y", "r");
    InvalidDataException e = InvalidDataException.of(List.of(p), true);
    assertThat(e).isNotSameAs(p);
    assertThat(e.hasMoreProblems()).isTrue();
    assertThat(e.problems()).containsExactly(p);
    assertThat(e).hasMessage(p.getMessage() + "\n… and 0 more problems listed, and others not"
        + " looked for (at most 50 are collected):");
    // the first problem's fields
    assertThat(e.field()).isEqualTo("x");
    assertThat(e.value()).isEqualTo("y");
    assertThat(e.place()).isEqualTo(p.place());
    assertThat(e.rule()).isEqualTo("r");
    assertThat(e.source()).isEqualTo(Optional.of("f.csv"));
    assertThat(e.line()).isEqualTo(OptionalInt.of(2));
    assertThat(e.column()).isEqualTo(OptionalInt.of(3));
    assertThat(e.row()).isEqualTo(OptionalInt.of(1));
    assertThat(e.pointer()).isEqualTo(Optional.of("/a"));
    assertThat(e.getCause()).isSameAs(p.getCause());
  }

  @Test
  void two_problems_list_the_second_in_the_message() {
    InvalidDataException e = InvalidDataException.of(problems(2), false);
    assertThat(e).hasMessage("Invalid f1 'v1' at p1: r1\n… and 1 more problem:\n"
        + "  Invalid f2 'v2' at p2: r2");
    assertThat(e.problems()).hasSize(2);
    assertThat(e.hasMoreProblems()).isFalse();
    assertThat(e.field()).isEqualTo("f1");
  }

  @Test
  void three_problems_are_plural() {
    assertThat(InvalidDataException.of(problems(3), false))
        .hasMessage("Invalid f1 'v1' at p1: r1\n… and 2 more problems:\n"
            + "  Invalid f2 'v2' at p2: r2\n  Invalid f3 'v3' at p3: r3");
  }

  private static String lines(int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int i = from; i <= to; i++) {
      sb.append("\n  Invalid f").append(i).append(" 'v").append(i).append("' at p").append(i)
          .append(": r").append(i);
    }
    return sb.toString();
  }

  @Test
  void ten_problems_are_all_in_the_message() {
    InvalidDataException e = InvalidDataException.of(problems(10), false);
    assertThat(e).hasMessage("Invalid f1 'v1' at p1: r1\n… and 9 more problems:" + lines(2, 10));
  }

  @Test
  void eleven_problems_leave_one_to_problems() {
    InvalidDataException e = InvalidDataException.of(problems(11), false);
    assertThat(e).hasMessage("Invalid f1 'v1' at p1: r1\n… and 10 more problems:" + lines(2, 10)
        + "\n  … 1 more in problems()");
    assertThat(e.problems()).hasSize(11);
  }

  @Test
  void fifty_problems_are_kept_and_the_fifty_first_is_not() {
    InvalidDataException fifty = InvalidDataException.of(problems(50), false);
    assertThat(fifty.problems()).hasSize(50);
    assertThat(fifty.hasMoreProblems()).isFalse();

    List<InvalidDataException> many = problems(51);
    InvalidDataException e = InvalidDataException.of(many, false);
    assertThat(e.problems()).hasSize(50).containsExactlyElementsOf(many.subList(0, 50));
    assertThat(e.hasMoreProblems()).isTrue();
    assertThat(e).hasMessage("Invalid f1 'v1' at p1: r1\n… and 49 more problems listed, and"
        + " others not looked for (at most 50 are collected):" + lines(2, 10)
        + "\n  … 40 more in problems()");
    assertThatThrownBy(() -> e.problems().add(problem(0)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void combined_problems_are_flattened_and_keep_their_more() {
    InvalidDataException first = InvalidDataException.of(problems(2), true);
    InvalidDataException third = problem(3);
    InvalidDataException e = InvalidDataException.of(List.of(first, third), false);
    assertThat(e.problems()).containsExactly(first.problems().get(0), first.problems().get(1),
        third);
    assertThat(e.hasMoreProblems()).isTrue();

    // one with more, one without, and more asked for: still more
    InvalidDataException e2 = InvalidDataException.of(List.of(third, problem(4)), true);
    assertThat(e2.hasMoreProblems()).isTrue();
    InvalidDataException e3 = InvalidDataException.of(List.of(problem(4), first), false);
    assertThat(e3.hasMoreProblems()).isTrue();
    InvalidDataException e4 = InvalidDataException.of(
        List.of(InvalidDataException.of(problems(2), false), third), false);
    assertThat(e4.hasMoreProblems()).isFalse();
    assertThat(e4.problems()).hasSize(3);
  }

  @Test
  void a_field_of_100_characters_is_kept_and_of_101_shortened() {
    String hundred = String.join("", Collections.nCopies(100, "a"));
    assertThat(new InvalidDataException(hundred, 1, "p", "r").field()).isEqualTo(hundred);
    assertThat(InvalidDataException.in("s").invalid(hundred, 1, "r").field()).isEqualTo(hundred);
    String thirty = hundred.substring(0, 30);
    assertThat(new InvalidDataException(hundred + "b", 1, "p", "r").field())
        .isEqualTo(thirty + "…(101 characters)");
    assertThat(InvalidDataException.in("s").invalid(hundred + "b", 1, "r").field())
        .isEqualTo(thirty + "…(101 characters)");
  }

  @Test
  void a_place_or_rule_of_500_characters_is_kept_and_of_501_cut_to_500() {
    String five = String.join("", Collections.nCopies(500, "p"));
    String cut = five.substring(0, 499) + "…";
    InvalidDataException kept = new InvalidDataException("f", 1, five, five);
    assertThat(kept.place()).isEqualTo(five);
    assertThat(kept.rule()).isEqualTo(five);
    InvalidDataException longer = new InvalidDataException("f", 1, five + "q", five + "q");
    assertThat(longer.place()).isEqualTo(cut);
    assertThat(longer.rule()).isEqualTo(cut);
    assertThat(longer).hasMessage("Invalid f '1' at " + cut + ": " + cut);

    InvalidDataException built = InvalidDataException.in(five + "q").pointer("/" + five)
        .invalid("f", 1, five + "q");
    assertThat(built.place()).isEqualTo(cut + ", /" + five.substring(0, 498) + "…");
    assertThat(built.rule()).isEqualTo(cut);
    assertThat(built.source()).isEqualTo(Optional.of(five + "q"));
  }

  @Test
  void a_long_value_is_shortened() {
    String value = String.join("", Collections.nCopies(41, "v"));
    assertThat(new InvalidDataException("f", value, "p", "r").value())
        .isEqualTo(value.substring(0, 30) + "…(41 characters)");
    assertThat(new InvalidDataException("f", value.substring(1), "p", "r").value())
        .isEqualTo(value.substring(1));
  }
}

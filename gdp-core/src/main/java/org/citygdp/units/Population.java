package org.citygdp.units;

import com.google.errorprone.annotations.Immutable;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A number of people. Chinese statistics print resident population in 万人 (10<sup>4</sup>
 * persons): {@code Population.ofTenThousands("1798.95")} is 17,989,500 persons, exactly.
 */
@Immutable
public final class Population implements Comparable<Population>, Serializable {
  private static final long serialVersionUID = 1L;

  private final long persons;

  private Population(long persons) {
    if (persons < 0) {
      throw new IllegalArgumentException("population '" + persons + "' must not be negative");
    }
    this.persons = persons;
  }

  /**
   * A whole number of persons.
   *
   * @throws IllegalArgumentException if it is negative
   */
  public static Population ofPersons(long persons) {
    return new Population(persons);
  }

  /**
   * A population in 万人 written as a plain decimal, {@code ofTenThousands("1798.95")}: at most 4
   * decimals (whole persons), by the {@linkplain org.citygdp.units number grammar}, not negative.
   *
   * @throws IllegalArgumentException naming the text (shortened) and the rule it breaks
   */
  public static Population ofTenThousands(String tenThousands) {
    return new Population(Decimals.parse(
        Decimals.notNull("tenThousands", tenThousands), 4, "population in 万人"));
  }

  /**
   * Reads the canonical form {@code "17989500 persons"} exactly: a whole number by the
   * {@linkplain org.citygdp.units number grammar}, one space, {@code persons}.
   *
   * @throws IllegalArgumentException naming the text (shortened) and the rule it breaks
   */
  public static Population parse(CharSequence text) {
    String suffix = " persons";
    String s = Decimals.bounded(
        Decimals.notNull("text", text), Decimals.MAX_LENGTH + suffix.length(), "population");
    if (!s.endsWith(suffix)) {
      throw Decimals.invalid(
          "population", s, "must end with ' persons', as in '17989500 persons'");
    }
    return new Population(
        Decimals.parse(s.substring(0, s.length() - suffix.length()), 0, "population in persons"));
  }

  public long toPersons() {
    return persons;
  }

  /** In 万人, exact. */
  public BigDecimal toTenThousands() {
    return Decimals.toDecimal(persons, 4);
  }

  public Population plus(Population other) {
    return new Population(Math.addExact(persons, other.persons));
  }

  /**
   * {@code this - other}, exact: how many more persons this population has.
   *
   * @throws IllegalArgumentException if {@code other} is larger (a population is never negative;
   *     compare first, or subtract the other way round)
   */
  public Population minus(Population other) {
    return ofPersons(Math.subtractExact(toPersons(), other.toPersons()));
  }

  /**
   * {@code this * factor}, exact: Kotlin's {@code population * 2}.
   *
   * @throws IllegalArgumentException if {@code factor} is negative
   */
  public Population times(long factor) {
    return ofPersons(Math.multiplyExact(toPersons(), factor));
  }

  public boolean isZero() {
    return persons == 0;
  }

  @Override
  public int compareTo(Population other) {
    return Long.compare(persons, other.persons);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Population && ((Population) o).persons == persons;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(persons);
  }

  @Override
  public String toString() {
    return persons + " persons";
  }
}

package org.citygdp.core;

import org.citygdp.core.domain.City;

import java.util.Objects;
import java.util.Optional;
import org.citygdp.units.Percent;
import org.citygdp.units.Yuan;
import org.jspecify.annotations.Nullable;

/**
 * A city below a threshold in a year: its level (a figure, with its source), and the gap to the
 * threshold in yuan and in percent of its own level. A city of 9,000 亿元 below one trillion has a
 * gap of 1,000 亿元, 11.1111% of its level: it must grow that much to reach the threshold.
 */
public final class Contender {
  private final int position;
  private final Threshold threshold;
  private final int year;
  private final Figure<Yuan> level;
  private final City city;
  private final Yuan gap;
  private final @Nullable Percent gapPercent;

  Contender(int position, Threshold threshold, int year, City city, Figure<Yuan> level) {
    this.position = position;
    this.threshold = threshold;
    this.year = year;
    this.city = city;
    this.level = level;
    this.gap = threshold.amount().minus(level.value());
    this.gapPercent = level.value().isZero() ? null
        : gap.percentOf(level.value(), java.math.RoundingMode.HALF_EVEN);
  }

  /** 1 for the city closest to the threshold; cities with equal levels are in id order. */
  public int position() {
    return position;
  }

  public City city() {
    return city;
  }

  public Threshold threshold() {
    return threshold;
  }

  public int year() {
    return year;
  }

  /** The city's level this year, with its source, release and grade. */
  public Figure<Yuan> level() {
    return level;
  }

  /** How much the level falls short of the threshold: always positive. */
  public Yuan gap() {
    return gap;
  }

  /**
   * The gap in percent of the city's own level, rounded half-even to {@value Percent#SCALE}
   * decimals: the growth it needs to reach the threshold. Empty for a level of zero.
   */
  public Optional<Percent> gapPercent() {
    return Optional.ofNullable(gapPercent);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o == this || (o instanceof Contender c && c.position == position && c.year == year
        && c.threshold.equals(threshold) && c.city.equals(city) && c.level.equals(level));
  }

  @Override
  public int hashCode() {
    return Objects.hash(position, threshold, year, city, level);
  }

  @Override
  public String toString() {
    return "#" + position + " " + city.nameEn() + " " + year + ": " + level.value() + ", "
        + gap.toYi().toPlainString() + " 亿元 (" + (gapPercent == null ? "n/a" : gapPercent)
        + ") below " + threshold;
  }
}

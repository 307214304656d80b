package org.citygdp.core;

import java.util.Objects;
import java.util.function.Function;
import org.citygdp.core.domain.Sector;
import org.citygdp.core.internal.Checks;
import org.citygdp.units.Growth;
import org.citygdp.units.NominalGrowth;
import org.citygdp.units.Percent;
import org.citygdp.units.Population;
import org.citygdp.units.RealGrowth;
import org.citygdp.units.Yuan;
import org.jspecify.annotations.Nullable;

/**
 * A measurable figure of a city in a year, typed by its value: {@link #GDP} is a {@link Yuan},
 * {@link #REAL_GROWTH} a {@link RealGrowth}. Metrics build {@link Condition conditions} for
 * filtering, and name columns for ordering and aggregation.
 *
 * <pre>{@code
 * Metric.REAL_GROWTH.above(RealGrowth.of("6"));            // faster than 6%
 * Metric.realGrowth(Sector.TERTIARY).above(Metric.REAL_GROWTH); // services outgrew the economy
 * Metric.GDP.atLeast(Yuan.ofTrillions(1));
 * }</pre>
 *
 * <p>Comparisons are false when the figure is missing: a city without a published growth rate is
 * neither above nor below anything. Use {@link #isMissing()} to find such cities.
 *
 * @param <V> the value type
 */
public final class Metric<V extends Comparable<? super V>> {

  /** The type of a metric's values, with its exact encoding. */
  enum ValueType {
    YUAN("亿元", "亿元", 8),
    REAL("%", "percent", 4),
    NOMINAL("%", "percent", 4),
    PERCENT("%", "percent", 4),
    PERSONS("万人", "万人", 4);

    final String header;
    final String publishedUnit;
    /** Decimal zeros of the raw value in one published unit (亿元 = 10^8 yuan). */
    final int unitZeros;

    ValueType(String header, String publishedUnit, int unitZeros) {
      this.header = header;
      this.publishedUnit = publishedUnit;
      this.unitZeros = unitZeros;
    }
  }

  /** GDP at current prices. Published in 亿元. */
  public static final Metric<Yuan> GDP =
      new Metric<Yuan>("gdp", "GDP", null, ValueType.YUAN);
  /** Real GDP growth, at comparable prices, as published. */
  public static final Metric<RealGrowth> REAL_GROWTH = new Metric<>("real_growth", "real growth",
      null, ValueType.REAL);
  /** Year-end resident population. Published in 万人. */
  public static final Metric<Population> POPULATION = new Metric<>("population", "population",
      null, ValueType.PERSONS);
  /**
   * GDP per resident: {@link #GDP} divided by {@link #POPULATION}, rounded half-even to whole yuan.
   * Derived, never published; missing when either input is.
   */
  public static final Metric<Yuan> GDP_PER_CAPITA = new Metric<>("gdp_per_capita",
      "GDP per capita", null, ValueType.YUAN);

  private final String id;
  private final String label;
  private final @Nullable Sector sector;
  private final ValueType valueType; // V is the value type's class, so encode and decode switch

  /**
   * The decimal zeros of a raw value in one published unit: a value is printed at least to the
   * published unit (a level of "30000" 亿元 is printed to the 亿元, not to the 万亿).
   */
  int publishedUnitZeros() {
    return valueType.unitZeros;
  }

  private Metric(String id, String label, @Nullable Sector sector, ValueType valueType) {
    this.id = id;
    this.label = label;
    this.sector = sector;
    this.valueType = valueType;
  }

  /** Value added of {@code sector} at current prices. Published in 亿元. */
  public static Metric<Yuan> valueAdded(Sector sector) {
    Checks.notNull("sector", sector);
    return new Metric<>("value_added." + sector.id(), sector.nameEn() + " value added", sector,
        ValueType.YUAN);
  }

  /** Real growth of {@code sector}'s value added, at comparable prices. */
  public static Metric<RealGrowth> realGrowth(Sector sector) {
    Checks.notNull("sector", sector);
    return new Metric<>("real_growth." + sector.id(), sector.nameEn() + " real growth", sector,
        ValueType.REAL);
  }

  /** Nominal growth of a flow such as {@link Sector#EXPORTS}, at current prices. */
  public static Metric<NominalGrowth> nominalGrowth(Sector sector) {
    Checks.notNull("sector", sector);
    return new Metric<>("nominal_growth." + sector.id(), sector.nameEn() + " nominal growth",
        sector, ValueType.NOMINAL);
  }

  /** The share of the city's GDP growth contributed by {@code sector} (贡献率), in percent. */
  public static Metric<Percent> growthContribution(Sector sector) {
    Checks.notNull("sector", sector);
    return new Metric<>("growth_contribution." + sector.id(),
        sector.nameEn() + " contribution to growth", sector, ValueType.PERCENT);
  }

  /**
   * The metric with this id: {@code gdp}, {@code real_growth}, {@code population},
   * {@code gdp_per_capita}, or {@code value_added.<sector>}, {@code real_growth.<sector>},
   * {@code nominal_growth.<sector>}, {@code growth_contribution.<sector>}.
   *
   * @param sectorLookup finds the sector named after the dot
   * @throws IllegalArgumentException if the id is not one of these forms
   */
  public static Metric<?> parse(String id, Function<String, Sector> sectorLookup) {
    Checks.notNull("id", id);
    Checks.notNull("sectorLookup", sectorLookup);
    switch (id) {
      case "gdp":
        return GDP;
      case "real_growth":
        return REAL_GROWTH;
      case "population":
        return POPULATION;
      case "gdp_per_capita":
        return GDP_PER_CAPITA;
      default:
        break;
    }
    int dot = id.indexOf('.');
    if (dot > 0) {
      Sector sector = sectorLookup.apply(id.substring(dot + 1));
      switch (id.substring(0, dot)) {
        case "value_added":
          return valueAdded(sector);
        case "real_growth":
          return realGrowth(sector);
        case "nominal_growth":
          return nominalGrowth(sector);
        case "growth_contribution":
          return growthContribution(sector);
        default:
          break;
      }
    }
    throw new IllegalArgumentException("metric '" + Checks.shown(id) + "' must be gdp, real_growth, population,"
        + " gdp_per_capita, or value_added|real_growth|nominal_growth|growth_contribution"
        + ".<sector>");
  }

  /** The id, e.g. {@code "real_growth.tertiary"}. */
  public String id() {
    return id;
  }

  /** A short English label, e.g. {@code "Tertiary sector real growth"}. */
  public String label() {
    return label;
  }

  /** The label with the unit its table cells are in, for table headers: {@code "GDP (亿元)"}. */
  public String header() {
    return label + " (" + valueType.header + ")";
  }

  /** The sector this metric is about, or empty for city-wide metrics. */
  public java.util.Optional<Sector> sector() {
    return java.util.Optional.ofNullable(sector);
  }

  /** The unit figures of this metric are published in: 亿元, percent or 万人. */
  public String publishedUnit() {
    return valueType.publishedUnit;
  }

  /**
   * Reads a value written in the published unit: {@code GDP.fromPublished("13902.67")} is
   * 13,902.67 亿元; {@code REAL_GROWTH.fromPublished("4.7")} is 4.7% real.
   *
   * <p>The text follows the {@linkplain org.citygdp.units number grammar}: a plain decimal such as
   * {@code "-4.7"}, ASCII digits, no sign but a leading {@code '-'}, no exponent, no whitespace,
   * no separators, at most 32 characters and at most the unit's decimals (8 for 亿元, 4 for
   * percent and 万人). It is checked character by character before any value is computed.
   *
   * @throws IllegalArgumentException naming the unit, the text (shortened) and the rule it breaks
   */
  public V fromPublished(String decimal) {
    Checks.notNull("decimal", decimal);
    switch (valueType) {
      case YUAN:
        return decode(Yuan.ofYi(decimal).toYuan());
      case PERSONS:
        return decode(Population.ofTenThousands(decimal).toPersons());
      case REAL:
        return decode(RealGrowth.of(decimal).rate().unscaledValue());
      case NOMINAL:
        return decode(NominalGrowth.of(decimal).rate().unscaledValue());
      default:
        return decode(Percent.of(decimal).unscaledValue());
    }
  }

  /** The value in its published unit, exact: the inverse of {@link #fromPublished}. */
  public String toPublished(V value) {
    long raw = encode(checkValue(value));
    switch (valueType) {
      case YUAN:
        return Yuan.ofYuan(raw).toYi().toPlainString();
      case PERSONS:
        return Population.ofPersons(raw).toTenThousands().toPlainString();
      default:
        return Percent.ofUnscaled(raw).toBigDecimal().toPlainString();
    }
  }

  /**
   * {@code value}, checked to be of this metric's value type: generics say so, but raw types,
   * reflection and other JVM languages can pass anything.
   *
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if it is of another type
   */
  V checkValue(V value) {
    Checks.notNull("value", value);
    Class<?> type;
    switch (valueType) {
      case YUAN:
        type = Yuan.class;
        break;
      case PERSONS:
        type = Population.class;
        break;
      case PERCENT:
        type = Percent.class;
        break;
      case REAL:
        type = RealGrowth.class;
        break;
      default:
        type = NominalGrowth.class;
        break;
    }
    if (!type.isInstance(value)) {
      throw new IllegalArgumentException("value '" + value + "' of metric " + id + " must be a "
          + type.getSimpleName() + ", not a " + value.getClass().getSimpleName());
    }
    return value;
  }

  /** {@code other}, checked to hold values of this metric's type (for comparing the two). */
  private Metric<V> sameType(Metric<V> other) {
    Checks.notNull("other", other);
    if (other.valueType != valueType) {
      throw new IllegalArgumentException("metric " + other.id + " holds other values than " + id
          + " and cannot be compared with it");
    }
    return other;
  }

  /** Whether its values are {@link Yuan} amounts. */
  boolean holdsYuan() {
    return valueType == ValueType.YUAN;
  }

  boolean isDerived() {
    return this == GDP_PER_CAPITA;
  }

  // A switch rather than a pair of lambdas per metric: a fresh JVM links each lambda at a cost
  // (issue #3). The casts are safe: a metric's value type fixes V.

  long encode(V value) {
    switch (valueType) {
      case YUAN:
        return ((Yuan) value).toYuan();
      case PERSONS:
        return ((Population) value).toPersons();
      case PERCENT:
        return ((Percent) value).unscaledValue();
      default: // REAL, NOMINAL
        return ((Growth) value).rate().unscaledValue();
    }
  }

  @SuppressWarnings("unchecked")
  V decode(long raw) {
    switch (valueType) {
      case YUAN:
        return (V) Yuan.ofYuan(raw);
      case PERSONS:
        return (V) Population.ofPersons(raw);
      case PERCENT:
        return (V) Percent.ofUnscaled(raw);
      case REAL:
        return (V) RealGrowth.of(Percent.ofUnscaled(raw));
      default: // NOMINAL
        return (V) NominalGrowth.of(Percent.ofUnscaled(raw));
    }
  }

  /** For table cells: the exact value in the header's unit. */
  String format(long raw) {
    switch (valueType) {
      case YUAN:
        return this == GDP_PER_CAPITA ? Long.toString(raw)
            : Yuan.ofYuan(raw).toYi().stripTrailingZeros().toPlainString();
      case PERSONS:
        return Population.ofPersons(raw).toTenThousands().stripTrailingZeros().toPlainString();
      default:
        return Percent.ofUnscaled(raw).toBigDecimal().toPlainString();
    }
  }

  String formatHeader() {
    return this == GDP_PER_CAPITA ? label + " (元)" : header();
  }

  // ---- conditions ----

  /** Figure strictly greater than {@code value}. */
  public Condition above(V value) {
    long v = encode(checkValue(value));
    return Condition.compare(this, Condition.Op.GT, v, () -> id + " > " + value);
  }

  /** Figure greater than or equal to {@code value}. */
  public Condition atLeast(V value) {
    long v = encode(checkValue(value));
    return Condition.compare(this, Condition.Op.GE, v, () -> id + " >= " + value);
  }

  /** Figure strictly less than {@code value}. */
  public Condition below(V value) {
    long v = encode(checkValue(value));
    return Condition.compare(this, Condition.Op.LT, v, () -> id + " < " + value);
  }

  /** Figure less than or equal to {@code value}. */
  public Condition atMost(V value) {
    long v = encode(checkValue(value));
    return Condition.compare(this, Condition.Op.LE, v, () -> id + " <= " + value);
  }

  /** This figure strictly greater than the same city's {@code other} figure; false if either is missing. */
  public Condition above(Metric<V> other) {
    return Condition.compareMetrics(this, Condition.Op.GT, sameType(other));
  }

  /** This figure greater than or equal to the same city's {@code other} figure. */
  public Condition atLeast(Metric<V> other) {
    return Condition.compareMetrics(this, Condition.Op.GE, sameType(other));
  }

  /** This figure strictly less than the same city's {@code other} figure. */
  public Condition below(Metric<V> other) {
    return Condition.compareMetrics(this, Condition.Op.LT, sameType(other));
  }

  /** The figure is published (in this view). */
  public Condition isPresent() {
    return Condition.presence(this, true);
  }

  /** The figure is not published (in this view). */
  public Condition isMissing() {
    return Condition.presence(this, false);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Metric && ((Metric<?>) o).id.equals(id);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id);
  }

  @Override
  public String toString() {
    return id;
  }
}

package org.citygdp.units;

import com.google.errorprone.annotations.Immutable;
import java.math.BigDecimal;

/**
 * Real GDP growth: the rate at comparable (constant) prices, as statistics bureaus publish it.
 * Xi'an grew {@code RealGrowth.of("4.7")} in 2025.
 *
 * <pre>{@code
 * RealGrowth.of("4.7").minus(RealGrowth.of("4.5"));  // +0.2pp
 * RealGrowth.parse("4.7% real");                     // what toString prints
 * }</pre>
 */
@Immutable
public final class RealGrowth extends Growth implements Comparable<RealGrowth> {
  private static final long serialVersionUID = 1L;

  private RealGrowth(Percent rate) {
    super(rate);
  }

  /**
   * Growth of {@code percent}, e.g. {@code of("5.4")} or {@code of("-0.3")}: a plain decimal by
   * the {@linkplain org.citygdp.units number grammar}, at most 4 decimals, not below -100.
   *
   * @throws IllegalArgumentException naming the text (shortened) and the rule it breaks
   */
  public static RealGrowth of(String percent) {
    return new RealGrowth(Percent.of(percent, what(Basis.REAL)));
  }

  /**
   * Growth of {@code percent} as an exact decimal: at most 4 decimals once trailing zeros are
   * ignored, not below -100.
   *
   * @throws IllegalArgumentException naming the value and the rule it breaks
   */
  public static RealGrowth of(BigDecimal percent) {
    return new RealGrowth(Percent.of(percent, what(Basis.REAL)));
  }

  /**
   * Growth of a whole number of tenths of a percent, as figures are usually published:
   * {@code ofTenths(54)} is 5.4% real growth, {@code ofTenths(-3)} is -0.3%.
   *
   * @throws IllegalArgumentException if it is below -100% (-1000 tenths) or out of range
   */
  public static RealGrowth ofTenths(long tenthsOfAPercent) {
    return of(Percent.ofTenths(tenthsOfAPercent));
  }

  /**
   * Growth at {@code rate}.
   *
   * @throws IllegalArgumentException if the rate is below -100%
   */
  public static RealGrowth of(Percent rate) {
    return new RealGrowth(rate);
  }

  /**
   * Reads the canonical form {@code "5.4% real"} exactly: the rate by the
   * {@linkplain org.citygdp.units number grammar}, {@code %}, one space and the basis.
   *
   * @throws IllegalArgumentException naming the text (shortened) and the rule it breaks
   */
  public static RealGrowth parse(CharSequence text) {
    return new RealGrowth(parseRate(text, Basis.REAL));
  }

  @Override
  public Basis basis() {
    return Basis.REAL;
  }

  /** How much faster (positive) or slower (negative) this growth is than {@code other}. */
  public PercentagePoints minus(RealGrowth other) {
    return rate().minus(other.rate());
  }

  public RealGrowth plus(PercentagePoints points) {
    return new RealGrowth(rate().plus(points));
  }

  public boolean isFasterThan(RealGrowth other) {
    return rate().isGreaterThan(other.rate());
  }

  public boolean isSlowerThan(RealGrowth other) {
    return rate().isLessThan(other.rate());
  }

  @Override
  public int compareTo(RealGrowth other) {
    return rate().compareTo(other.rate());
  }
}

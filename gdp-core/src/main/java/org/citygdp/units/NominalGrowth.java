package org.citygdp.units;

import com.google.errorprone.annotations.Immutable;
import java.math.BigDecimal;

/**
 * Nominal growth: the rate at current prices, such as the change between two nominal GDP levels or
 * the growth of exports in yuan. Never mixed with {@link RealGrowth}.
 *
 * <pre>{@code
 * NominalGrowth.of("4.7").minus(NominalGrowth.of("4.5"));  // +0.2pp
 * NominalGrowth.parse("4.7% nominal");                     // what toString prints
 * }</pre>
 */
@Immutable
public final class NominalGrowth extends Growth implements Comparable<NominalGrowth> {
  private static final long serialVersionUID = 1L;

  private NominalGrowth(Percent rate) {
    super(rate);
  }

  /**
   * Growth of {@code percent}, e.g. {@code of("5.4")} or {@code of("-0.3")}: a plain decimal by
   * the {@linkplain org.citygdp.units number grammar}, at most 4 decimals, not below -100.
   *
   * @throws IllegalArgumentException naming the text (shortened) and the rule it breaks
   */
  public static NominalGrowth of(String percent) {
    return new NominalGrowth(Percent.of(percent, what(Basis.NOMINAL)));
  }

  /**
   * Growth of {@code percent} as an exact decimal: at most 4 decimals once trailing zeros are
   * ignored, not below -100.
   *
   * @throws IllegalArgumentException naming the value and the rule it breaks
   */
  public static NominalGrowth of(BigDecimal percent) {
    return new NominalGrowth(Percent.of(percent, what(Basis.NOMINAL)));
  }

  /**
   * Growth of a whole number of tenths of a percent, as figures are usually published:
   * {@code ofTenths(54)} is 5.4% nominal growth, {@code ofTenths(-3)} is -0.3%.
   *
   * @throws IllegalArgumentException if it is below -100% (-1000 tenths) or out of range
   */
  public static NominalGrowth ofTenths(long tenthsOfAPercent) {
    return of(Percent.ofTenths(tenthsOfAPercent));
  }

  /**
   * Growth at {@code rate}.
   *
   * @throws IllegalArgumentException if the rate is below -100%
   */
  public static NominalGrowth of(Percent rate) {
    return new NominalGrowth(rate);
  }

  /**
   * Reads the canonical form {@code "5.4% nominal"} exactly: the rate by the
   * {@linkplain org.citygdp.units number grammar}, {@code %}, one space and the basis.
   *
   * @throws IllegalArgumentException naming the text (shortened) and the rule it breaks
   */
  public static NominalGrowth parse(CharSequence text) {
    return new NominalGrowth(parseRate(text, Basis.NOMINAL));
  }

  @Override
  public Basis basis() {
    return Basis.NOMINAL;
  }

  /** How much faster (positive) or slower (negative) this growth is than {@code other}. */
  public PercentagePoints minus(NominalGrowth other) {
    return rate().minus(other.rate());
  }

  public NominalGrowth plus(PercentagePoints points) {
    return new NominalGrowth(rate().plus(points));
  }

  public boolean isFasterThan(NominalGrowth other) {
    return rate().isGreaterThan(other.rate());
  }

  public boolean isSlowerThan(NominalGrowth other) {
    return rate().isLessThan(other.rate());
  }

  @Override
  public int compareTo(NominalGrowth other) {
    return rate().compareTo(other.rate());
  }
}

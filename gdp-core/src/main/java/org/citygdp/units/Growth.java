package org.citygdp.units;

import com.google.errorprone.annotations.Immutable;
import java.io.Serializable;

/**
 * A growth rate with its basis. Published GDP growth is {@link RealGrowth real} (at comparable
 * prices); growth computed from current-price levels is {@link NominalGrowth nominal}. The two are
 * separate types so that they cannot be compared or subtracted by mistake: there is no method
 * taking one and the other.
 */
@Immutable
public abstract sealed class Growth implements Serializable permits RealGrowth, NominalGrowth {
  private static final long serialVersionUID = 1L;
  private static final Percent MINUS_100 = Percent.of(-100);

  /** The basis a growth rate was measured on. */
  public enum Basis {
    /** At comparable (constant) prices: the growth rate statistics bureaus publish. */
    REAL,
    /** At current prices: e.g. computed from two nominal GDP levels. */
    NOMINAL;

    String label() {
      return this == REAL ? "real" : "nominal";
    }
  }

  private final Percent rate;

  Growth(Percent rate) {
    if (Decimals.notNull("rate", rate).isLessThan(MINUS_100)) {
      throw new IllegalArgumentException(
          "growth rate '" + rate + "' is below -100%: a level cannot fall by more than all of it");
    }
    this.rate = rate;
  }

  /** The rate, in percent. */
  public Percent rate() {
    return rate;
  }

  /** Whether this is real or nominal growth. */
  public abstract Basis basis();

  /** The rate of {@code "5.4% real"}: the percent by the number grammar, then the basis. */
  static Percent parseRate(CharSequence text, Basis basis) {
    String what = basis.label() + " growth";
    String suffix = " " + basis.label();
    String s = Decimals.bounded(
        Decimals.notNull("text", text), Decimals.MAX_LENGTH + 1 + suffix.length(), what);
    if (!s.endsWith(suffix)) {
      throw Decimals.invalid(what, s, "must end with '" + suffix + "', as in '5.4%" + suffix + "'");
    }
    return Percent.parse(s.substring(0, s.length() - suffix.length()), what);
  }

  static String what(Basis basis) {
    return basis.label() + " growth in percent";
  }

  @Override
  public final boolean equals(Object o) {
    return o != null && o.getClass() == getClass() && ((Growth) o).rate.equals(rate);
  }

  @Override
  public final int hashCode() {
    return rate.hashCode() * 31 + basis().hashCode();
  }

  /** The canonical form, {@code "5.4% real"} or {@code "7.1% nominal"}. */
  @Override
  public final String toString() {
    return rate + " " + basis().label();
  }
}

/**
 * Exact, typed units: amounts of yuan, rates in {@link org.citygdp.units.Percent}, differences of
 * rates in {@link org.citygdp.units.PercentagePoints}, and growth that is either
 * {@link org.citygdp.units.RealGrowth real} (comparable prices, as published) or
 * {@link org.citygdp.units.NominalGrowth nominal} (computed from current-price levels).
 *
 * <p>Every type here is immutable and thread-safe, has static factories named for their meaning,
 * an exact {@code equals}, and a canonical, locale-free {@code toString} that {@code parse} reads back.
 *
 * <h2 id="number-grammar">Numbers written as text</h2>
 *
 * <p>Every factory and parser that reads a number from text ({@code Yuan.ofYi("52073.4")},
 * {@code RealGrowth.of("-4.7")}, {@code Percent.parse("5.4%")}, a dataset's {@code "value"}, …)
 * follows one grammar, checked in one place:
 *
 * <pre>
 * number   = [ "-" ] integer [ "." fraction ]
 * integer  = "0" | nonzero *digit        ; no leading zeros: "7", "0.7", never "07"
 * fraction = 1*digit                      ; at most the unit's decimals
 * digit    = "0" / "1" / ... / "9"        ; ASCII only
 * </pre>
 *
 * <ul>
 *   <li>Accepted: {@code "0"}, {@code "6"}, {@code "-4.7"}, {@code "10002.1"}, {@code "52073.40"},
 *       {@code "-0"} (zero).
 *   <li>Rejected: {@code "+5.4"} (no {@code '+'}), {@code " 10002.1 "} (no whitespace, not even
 *       around the number), {@code "1.00021e4"} (no exponent), {@code "10,002.1"} and
 *       {@code "10002,1"} (no separators; the decimal point is {@code '.'}), {@code "１０００２.１"}
 *       and {@code "١٠٠٠٢.١"} (ASCII digits only), {@code ".5"} and {@code "5."} (a digit on both
 *       sides of the point), {@code "07"} (no leading zeros), {@code "−4.7"} with a U+2212 minus
 *       sign, and any control or invisible character such as NUL.
 *   <li>Length: at most 32 characters (no value needs more than 21).
 *   <li>Decimals: at most the unit's scale, counting trailing zeros: 8 for 亿元
 *       ({@link org.citygdp.units.Yuan#ofYi(String)}), 9 for billions, 12 for trillions, 0 for
 *       whole yuan; 4 for percent, percentage points and growth; 4 for population in 万人, 0 for
 *       persons. The types are exact and never round.
 *   <li>Range: the value in the unit's smallest step must fit a {@code long}: about
 *       ±9.2 × 10<sup>18</sup> yuan (±92,233,720,368 亿元), ±922,337,203,685,477 percent. Growth
 *       is never below -100%, a population never negative.
 * </ul>
 *
 * <p>A number that breaks a rule gets an {@link java.lang.IllegalArgumentException} naming the
 * value, the text and the rule, for example
 * {@code amount in 亿元 '1.00021e4' is not a plain decimal ([-]digits[.digits], ASCII digits only):
 * it has an exponent ('e' at position 8); write 10002.1, not 1.00021e4}. The text is checked
 * character by character before any value is computed, so no input is slow or takes memory; a
 * message shows at most 40 characters of it, then {@code …} and its length, with control
 * characters written as {@code \u005Cu0000}.
 *
 * <p>The canonical forms add a unit around such a number, with nothing else around them:
 * {@code "CNY 5207.34bn"} (also {@code tn}, {@code yi} or no suffix for whole yuan),
 * {@code "5.4%"}, {@code "+1.4pp"} (the {@code '+'} only before a positive number),
 * {@code "5.4% real"}, {@code "7.1% nominal"}, {@code "17989500 persons"}.
 *
 * <p>Factories taking a {@link java.math.BigDecimal} get the same bounds on the value: at most
 * the unit's decimals once trailing zeros are ignored ({@code 5.40000} is 5.4%), at most 38
 * significant digits, within the range; the scale and size are looked at before any arithmetic.
 */
@NullMarked
package org.citygdp.units;

import org.jspecify.annotations.NullMarked;

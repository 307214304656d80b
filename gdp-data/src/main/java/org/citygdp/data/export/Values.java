package org.citygdp.data.export;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.citygdp.core.domain.City;
import org.citygdp.core.domain.Cluster;
import org.citygdp.core.domain.Source;
import org.citygdp.units.NominalGrowth;
import org.citygdp.units.Percent;
import org.citygdp.units.PercentagePoints;
import org.citygdp.units.Population;
import org.citygdp.units.RealGrowth;
import org.citygdp.units.Yuan;
import org.jspecify.annotations.Nullable;

/** How values are written: the units' exact decimals and names, and the domain's records. */
final class Values {
  private Values() {}

  /** The unit of a {@link Yuan} amount: 亿元, 10^8 yuan. */
  static final String YUAN = "100M CNY";
  static final String PERCENT = "%";
  static final String POINTS = "pp";
  static final String REAL = "% real";
  static final String NOMINAL = "% nominal";
  /** The unit of a {@link Population}: 万人, 10^4 persons. */
  static final String PERSONS = "10k persons";

  /** Whether {@code v} is one of the units' types. */
  static boolean isUnit(@Nullable Object v) {
    return v instanceof Yuan || v instanceof Percent || v instanceof PercentagePoints
        || v instanceof RealGrowth || v instanceof NominalGrowth || v instanceof Population;
  }

  /** The exact decimal of a unit value in its unit ({@link #unitOf}): {@code "5207.34"}. */
  static String decimal(Object v) {
    if (v instanceof Yuan y) {
      return y.toYi().toPlainString();
    }
    if (v instanceof Percent p) {
      return p.toBigDecimal().toPlainString();
    }
    if (v instanceof PercentagePoints p) {
      return p.toBigDecimal().toPlainString();
    }
    if (v instanceof RealGrowth g) {
      return g.rate().toBigDecimal().toPlainString();
    }
    if (v instanceof NominalGrowth g) {
      return g.rate().toBigDecimal().toPlainString();
    }
    if (v instanceof Population p) {
      return p.toTenThousands().toPlainString();
    }
    throw new IllegalArgumentException("not a unit value: " + v.getClass().getName());
  }

  static String unitOf(Object v) {
    return v instanceof Yuan ? YUAN : v instanceof Percent ? PERCENT
        : v instanceof PercentagePoints ? POINTS : v instanceof RealGrowth ? REAL
        : v instanceof NominalGrowth ? NOMINAL : PERSONS;
  }

  /** {@code {"value": "5207.34", "unit": "100M CNY"}}, or null. */
  static void unit(@Nullable Object v, JsonGenerator g) throws IOException {
    if (v == null) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    g.writeStringField("value", decimal(v));
    g.writeStringField("unit", unitOf(v));
    g.writeEndObject();
  }

  /** A unit field, left out when the value is absent. */
  static void unitField(String name, @Nullable Object v, JsonGenerator g) throws IOException {
    if (v != null) {
      g.writeFieldName(name);
      unit(v, g);
    }
  }

  /** A text field, left out when absent. */
  static void text(String name, @Nullable String v, JsonGenerator g) throws IOException {
    if (v != null) {
      g.writeStringField(name, v);
    }
  }

  /** A city, as the loading format writes it. */
  static void city(City c, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", c.id());
    g.writeStringField("nameEn", c.nameEn());
    g.writeStringField("nameZh", c.nameZh());
    g.writeStringField("pinyin", c.pinyin());
    g.writeStringField("province", c.province());
    g.writeStringField("region", c.region().name());
    g.writeStringField("rank", c.rank().name());
    g.writeStringField("divisionCode", c.divisionCode());
    if (!c.clusters().isEmpty()) {
      g.writeArrayFieldStart("clusters");
      for (Cluster k : c.clusters()) {
        g.writeString(k.id());
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  /** A cluster, as the loading format writes it. */
  static void cluster(Cluster k, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", k.id());
    g.writeStringField("nameEn", k.nameEn());
    g.writeStringField("nameZh", k.nameZh());
    text("plan", k.plan(), g);
    g.writeEndObject();
  }

  /** A source, as the loading format writes it. */
  static void source(Source s, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", s.id());
    g.writeStringField("publisher", s.publisher());
    g.writeStringField("title", s.title());
    text("url", s.url(), g);
    text("copy", s.copy(), g);
    text("publishedOn", s.published() == null ? null : s.published().toString(), g);
    g.writeStringField("grade", s.grade().name());
    g.writeStringField("type", s.sourceType().name());
    g.writeEndObject();
  }
}

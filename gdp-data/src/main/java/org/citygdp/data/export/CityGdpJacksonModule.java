package org.citygdp.data.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import org.citygdp.core.Aggregate;
import org.citygdp.core.Assumption;
import org.citygdp.core.CityHistory;
import org.citygdp.core.CitySelection;
import org.citygdp.core.Comparison;
import org.citygdp.core.Condition;
import org.citygdp.core.Conflict;
import org.citygdp.core.Contender;
import org.citygdp.core.Contenders;
import org.citygdp.core.Dataset;
import org.citygdp.core.Figure;
import org.citygdp.core.GroupTable;
import org.citygdp.core.Grouping;
import org.citygdp.core.GrowthChange;
import org.citygdp.core.GrowthChanges;
import org.citygdp.core.LeftOut;
import org.citygdp.core.Metric;
import org.citygdp.core.Milestone;
import org.citygdp.core.NationalShare;
import org.citygdp.core.NationalShares;
import org.citygdp.core.NationalStats;
import org.citygdp.core.Observation;
import org.citygdp.core.ProvenanceSummary;
import org.citygdp.core.Projection;
import org.citygdp.core.Rank;
import org.citygdp.core.RankChange;
import org.citygdp.core.SectorGrowth;
import org.citygdp.core.Table;
import org.citygdp.core.SeriesBreak;
import org.citygdp.core.Threshold;
import org.citygdp.core.Tier;
import org.citygdp.core.TierMove;
import org.citygdp.core.TierPyramid;
import org.citygdp.core.TierScheme;
import org.citygdp.core.YearView;
import org.citygdp.core.YearlyStats;
import org.citygdp.core.domain.City;
import org.citygdp.core.domain.Cluster;
import org.citygdp.core.domain.PublicationDate;
import org.citygdp.core.domain.Release;
import org.citygdp.core.domain.Sector;
import org.citygdp.core.domain.Source;
import org.citygdp.core.domain.SourceGrade;
import org.citygdp.units.NominalGrowth;
import org.citygdp.units.Percent;
import org.citygdp.units.PercentagePoints;
import org.citygdp.units.Population;
import org.citygdp.units.RealGrowth;
import org.citygdp.units.Yuan;

/**
 * A Jackson 2 module for every public value of citygdp: register it and any result or dataset
 * can be written as JSON.
 *
 * <pre>{@code
 * ObjectMapper json = new ObjectMapper().registerModule(new CityGdpJacksonModule());
 * json.writeValueAsString(Yuan.ofYi("5207.34"));   // {"value":"5207.34","unit":"100M CNY"}
 * json.writeValueAsString(y.stats("beijing"));     // the city, and each figure with its source
 * json.readValue("{\"value\":\"5.4\",\"unit\":\"% real\"}", RealGrowth.class);   // 5.4% real
 * }</pre>
 *
 * <h2>Units</h2>
 * Every unit is an object of two strings, the exact decimal and the unit: never a JSON number,
 * which readers take for a binary double, and never rounded.
 * <table>
 *   <caption>Units as JSON</caption>
 *   <tr><th>type</th><th>{@code unit}</th><th>example</th></tr>
 *   <tr><td>{@link Yuan}</td><td>{@code "100M CNY"} (亿元)</td>
 *       <td>{@code {"value":"5207.34","unit":"100M CNY"}}</td></tr>
 *   <tr><td>{@link RealGrowth}</td><td>{@code "% real"}</td>
 *       <td>{@code {"value":"5.4","unit":"% real"}}</td></tr>
 *   <tr><td>{@link NominalGrowth}</td><td>{@code "% nominal"}</td>
 *       <td>{@code {"value":"7.1","unit":"% nominal"}}</td></tr>
 *   <tr><td>{@link Percent}</td><td>{@code "%"}</td>
 *       <td>{@code {"value":"3.25","unit":"%"}}</td></tr>
 *   <tr><td>{@link PercentagePoints}</td><td>{@code "pp"}</td>
 *       <td>{@code {"value":"-0.2","unit":"pp"}}</td></tr>
 *   <tr><td>{@link Population}</td><td>{@code "10k persons"} (万人)</td>
 *       <td>{@code {"value":"2185.8","unit":"10k persons"}}</td></tr>
 * </table>
 * They are read back strictly: an object with exactly these two string fields, the unit exactly
 * as above (a {@code RealGrowth} is not read from {@code "%"}), the value by the units' number
 * grammar ({@code org.citygdp.units}); anything else fails with a {@code
 * MismatchedInputException} naming the type, the value and the rule.
 *
 * <h2>Values and results</h2>
 * {@link City}, {@link Cluster}, {@link Sector} and {@link Source} are written as in the loading
 * format ({@code DATA-FORMAT.md}), an {@link Observation} as there but with its value as a unit;
 * a {@link Metric} as its id, a {@link Condition} or {@link Grouping} as its description, a {@link PublicationDate} as
 * {@code "2026-01-23"}, {@code "2026-01"} or {@code "2026"}, enums by name. A {@link Figure} has
 * its metric, value, release, verification, note, own publication date and whole source.
 * {@link YearlyStats} and {@link NationalStats} hold their figures by metric id; a
 * {@link CitySelection} its stats in order; a {@link TierPyramid}, {@link GroupTable}, {@link
 * GrowthChanges} and {@link CityHistory} their rows; a {@link Table} its caption, headers and
 * rows of cell texts; {@link Aggregate} its value, the count of
 * cities counted and the ids of those missing; {@link Rank}, {@link NationalShare}(s), {@link
 * Contender}(s) and {@link SeriesBreak} their fields; a {@link Projection} its outcome with
 * {@code "kind": "projection, not a figure"}, its assumption, rate and the levels (figures with
 * their sources) it is computed from. A {@link Dataset} is written as one document in
 * the loading format ({@link DatasetExport#toJson}); a {@link YearView} or {@link Comparison} is
 * a view, not a value, and is refused with a message naming what to write instead.
 * Absent figures are left out; absent parts of a result are {@code null}.
 */
public final class CityGdpJacksonModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** The module, with a serializer for every public type and a deserializer for every unit. */
  public CityGdpJacksonModule() {
    super("citygdp", new Version(0, 1, 0, "SNAPSHOT", "org.citygdp", "gdp-data"));
    units();
    values();
    results();
  }

  // ---- units ----

  private void units() {
    unit(Yuan.class, Values.YUAN, Yuan::ofYi);
    unit(RealGrowth.class, Values.REAL, RealGrowth::of);
    unit(NominalGrowth.class, Values.NOMINAL, NominalGrowth::of);
    unit(Percent.class, Values.PERCENT, Percent::of);
    unit(PercentagePoints.class, Values.POINTS, PercentagePoints::of);
    unit(Population.class, Values.PERSONS, Population::ofTenThousands);
  }

  private <T> void unit(Class<T> type, String unit, Function<String, T> parse) {
    add(type, (v, g, p) -> Values.unit(v, g));
    addDeserializer(type, new UnitReader<>(type, unit, parse));
  }

  /** Reads {@code {"value": "…", "unit": "…"}} and nothing else. */
  private static final class UnitReader<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final String unit;
    private final transient Function<String, T> parse;

    UnitReader(Class<T> type, String unit, Function<String, T> parse) {
      super(type);
      this.unit = unit;
      this.parse = parse;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      Class<T> type = (Class<T>) handledType();
      String what = type.getSimpleName();
      String example = "{\"value\": \"…\", \"unit\": \"" + unit + "\"}";
      JsonToken t = p.currentToken();
      if (t == JsonToken.START_OBJECT) {
        t = p.nextToken();
      } else if (t != JsonToken.FIELD_NAME && t != JsonToken.END_OBJECT) {
        return ctxt.reportInputMismatch(type, "Invalid %s %s: must be an object %s", what,
            p.getText(), example);
      }
      String value = null;
      String unitRead = null;
      for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        String name = p.currentName();
        JsonToken v = p.nextToken();
        if (!name.equals("value") && !name.equals("unit")) {
          return ctxt.reportInputMismatch(type, "Invalid %s field '%s': must be an object of"
              + " exactly 'value' and 'unit', %s", what, name, example);
        }
        if (v != JsonToken.VALUE_STRING) {
          return ctxt.reportInputMismatch(type, "Invalid %s %s %s: must be a string (an exact"
              + " decimal, never a JSON number), as in %s", what, name, p.getText(), example);
        }
        if (name.equals("value") ? value != null : unitRead != null) {
          return ctxt.reportInputMismatch(type, "Invalid %s: field '%s' is given twice", what,
              name);
        }
        if (name.equals("value")) {
          value = p.getText();
        } else {
          unitRead = p.getText();
        }
      }
      if (value == null || unitRead == null) {
        return ctxt.reportInputMismatch(type, "Invalid %s: field '%s' is required, as in %s",
            what, value == null ? "value" : "unit", example);
      }
      if (!unitRead.equals(unit)) {
        return ctxt.reportInputMismatch(type, "Invalid %s unit '%s': must be '%s'", what,
            shorten(unitRead), unit);
      }
      try {
        return parse.apply(value);
      } catch (IllegalArgumentException e) {
        return ctxt.reportInputMismatch(type, "Invalid %s value: %s", what, e.getMessage());
      }
    }

    private static String shorten(String s) {
      return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
  }

  // ---- values ----

  private void values() {
    add(City.class, (v, g, p) -> Values.city(v, g));
    add(Cluster.class, (v, g, p) -> Values.cluster(v, g));
    add(Sector.class, (v, g, p) -> {
      g.writeStartObject();
      g.writeStringField("id", v.id());
      g.writeStringField("nameEn", v.nameEn());
      g.writeStringField("nameZh", v.nameZh());
      g.writeEndObject();
    });
    add(Source.class, (v, g, p) -> Values.source(v, g));
    add(Metric.class, (v, g, p) -> g.writeString(v.id()));
    add(PublicationDate.class, (v, g, p) -> g.writeString(v.toString()));
    add(Figure.class, (v, g, p) -> figure(v, g));
    add(Observation.class, (v, g, p) -> {
      g.writeStartObject();
      Values.text("city", v.cityId(), g);
      g.writeNumberField("year", v.year());
      g.writeStringField("metric", v.metric().id());
      Values.unitField("value", v.value(), g);
      g.writeStringField("release", v.release().name());
      g.writeStringField("source", v.sourceId());
      g.writeBooleanField("verified", v.verified());
      Values.text("note", v.note(), g);
      Values.text("publishedOn", v.publishedOn() == null ? null : v.publishedOn().toString(), g);
      g.writeEndObject();
    });
    // strategies describe themselves
    add(Condition.class, (v, g, p) -> g.writeString(v.toString()));
    add(Grouping.class, (v, g, p) -> g.writeString(v.toString()));
    add(Tier.class, (v, g, p) -> tier(v, g));
    add(Threshold.class, (v, g, p) -> {
      g.writeStartObject();
      g.writeStringField("label", v.label());
      Values.unitField("amount", v.amount(), g);
      g.writeEndObject();
    });
    add(TierScheme.class, (v, g, p) -> {
      g.writeStartObject();
      g.writeStringField("name", v.name());
      g.writeArrayFieldStart("tiers");
      for (Tier t : v.tiers()) {
        tier(t, g);
      }
      g.writeEndArray();
      g.writeEndObject();
    });
    add(Milestone.class, (v, g, p) -> {
      g.writeStartObject();
      g.writeStringField("label", v.label());
      Values.unitField("threshold", v.threshold(), g);
      g.writeNumberField("year", v.year());
      Values.unitField("gdp", v.gdp(), g);
      g.writeBooleanField("crossedThatYear", v.crossedThatYear());
      g.writeEndObject();
    });
    add(SectorGrowth.class, (v, g, p) -> sector(v, g));
    add(LeftOut.class, (v, g, p) -> {
      g.writeStartObject();
      Values.text("asOf", v.asOf() == null ? null : v.asOf().toString(), g);
      if (v.year() != null) {
        g.writeNumberField("year", v.year());
      }
      g.writeBooleanField("verifiedOnly", v.verifiedOnly());
      g.writeStringField("minimumGrade", v.minimumGrade().name());
      g.writeNumberField("publishedLater", v.publishedLater());
      g.writeNumberField("undated", v.undated());
      g.writeNumberField("belowGrade", v.belowGrade());
      g.writeNumberField("unverified", v.unverified());
      g.writeEndObject();
    });
    add(ProvenanceSummary.class, (v, g, p) -> {
      g.writeStartObject();
      g.writeNumberField("total", v.total());
      g.writeObjectFieldStart("byGrade");
      for (SourceGrade grade : SourceGrade.values()) {
        g.writeObjectFieldStart(grade.name());
        for (Release r : Release.values()) {
          g.writeNumberField(r.name(), v.count(grade, r));
        }
        g.writeEndObject();
      }
      g.writeEndObject();
      Values.unitField("officialShare", v.officialShare(), g);
      g.writeEndObject();
    });
  }

  private static void tier(Tier t, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("label", t.label());
    Values.unitField("lowerInclusive", t.lowerInclusive(), g);
    g.writeFieldName("upperExclusive");
    Values.unit(t.upperExclusive(), g);
    g.writeEndObject();
  }

  private static void figure(Figure<?> f, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("metric", f.metric().id());
    Values.unitField("value", f.value(), g);
    g.writeStringField("release", f.release().name());
    g.writeBooleanField("verified", f.verified());
    Values.text("note", f.note(), g);
    Values.text("publishedOn", f.publishedOn() == null ? null : f.publishedOn().toString(), g);
    g.writeFieldName("source");
    Values.source(f.source(), g);
    g.writeEndObject();
  }

  private static void sector(SectorGrowth s, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("sector", s.sector().id());
    Values.unitField("valueAdded", s.valueAdded().orElse(null), g);
    Values.unitField("realGrowth", s.realGrowth().orElse(null), g);
    Values.unitField("nominalGrowth", s.nominalGrowth().orElse(null), g);
    Values.unitField("growthContribution", s.growthContribution().orElse(null), g);
    Values.unitField("shareOfGdp", s.shareOfGdp().orElse(null), g);
    g.writeEndObject();
  }

  // ---- results ----

  private void results() {
    add(YearlyStats.class, (v, g, p) -> {
      g.writeStartObject();
      g.writeFieldName("city");
      Values.city(v.city(), g);
      g.writeNumberField("year", v.year());
      g.writeObjectFieldStart("figures");
      figures(v, g);
      g.writeEndObject();
      Values.unitField("gdpPerCapita", v.gdpPerCapita().orElse(null), g);
      g.writeEndObject();
    });
    add(NationalStats.class, (v, g, p) -> {
      g.writeStartObject();
      g.writeNumberField("year", v.year());
      g.writeObjectFieldStart("figures");
      for (Metric<?> m : new Metric<?>[] {Metric.GDP, Metric.REAL_GROWTH, Metric.POPULATION}) {
        Figure<?> f = v.figure(m).orElse(null);
        if (f != null) {
          g.writeFieldName(m.id());
          figure(f, g);
        }
      }
      g.writeEndObject();
      g.writeEndObject();
    });
    add(Aggregate.class, (v, g, p) -> {
      g.writeStartObject();
      g.writeFieldName("value");
      Object value = v.valueOrNull();
      if (value == null || Values.isUnit(value)) {
        Values.unit(value, g);
      } else {
        p.defaultSerializeValue(value, g);
      }
      g.writeNumberField("counted", v.counted());
      ids("missing", v.missing(), g);
      g.writeBooleanField("complete", v.isComplete());
      g.writeEndObject();
    });
    add(CitySelection.class, (v, g, p) -> {
      g.writeStartObject();
      g.writeNumberField("year", v.year());
      g.writeNumberField("count", v.count());
      g.writeArrayFieldStart("cities");
      for (YearlyStats s : v.stats()) {
        p.defaultSerializeValue(s, g);
      }
      g.writeEndArray();
      g.writeEndObject();
    });
    add(Table.class, (v, g, p) -> {
      g.writeStartObject();
      g.writeStringField("caption", v.caption());
      g.writeArrayFieldStart("headers");
      for (String h : v.headers()) {
        g.writeString(h);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("rows");
      for (java.util.List<String> row : v.rows()) {
        g.writeStartArray();
        for (String cell : row) {
          g.writeString(cell);
        }
        g.writeEndArray();
      }
      g.writeEndArray();
      g.writeEndObject();
    });
    add(TierPyramid.class, (v, g, p) -> {
      g.writeStartObject();
      g.writeNumberField("year", v.year());
      g.writeStringField("scheme", v.scheme().name());
      g.writeArrayFieldStart("tiers");
      for (Map.Entry<Tier, ? extends java.util.List<City>> e : v.asMap().entrySet()) {
        g.writeStartObject();
        g.writeStringField("label", e.getKey().label());
        Values.unitField("lowerInclusive", e.getKey().lowerInclusive(), g);
        g.writeFieldName("upperExclusive");
        Values.unit(e.getKey().upperExclusive(), g);
        g.writeNumberField("count", e.getValue().size());
        cities("cities", e.getValue(), g);
        g.writeEndObject();
      }
      g.writeEndArray();
      cities("missingGdp", v.missingGdp(), g);
      g.writeEndObject();
    });
    add(GroupTable.Row.class, (r, g, p) -> {
      g.writeStartObject();
      g.writeStringField("label", r.label());
      g.writeNumberField("year", r.members().year());
      g.writeNumberField("count", r.count());
      ids("cities", r.members().ids(), g);
      g.writeFieldName("gdp");
      p.defaultSerializeValue(r.gdp(), g);
      g.writeFieldName("weightedGrowth");
      p.defaultSerializeValue(r.weightedGrowth(), g);
      g.writeFieldName("shareOfNationalGdp");
      p.defaultSerializeValue(r.shareOfNationalGdp(), g);
      g.writeEndObject();
    });
    add(GroupTable.class, (v, g, p) -> {
      g.writeStartObject();
      g.writeStringField("grouping", v.grouping().toString());
      g.writeNumberField("year", v.year());
      g.writeArrayFieldStart("rows");
      for (GroupTable.Row r : v.rows()) {
        p.defaultSerializeValue(r, g);
      }
      g.writeEndArray();
      g.writeEndObject();
    });
    add(GrowthChange.class, (v, g, p) -> growthChange(v, g));
    add(GrowthChanges.class, (v, g, p) -> {
      g.writeStartObject();
      g.writeNumberField("earlierYear", v.earlierYear());
      g.writeNumberField("laterYear", v.laterYear());
      g.writeArrayFieldStart("rows");
      for (GrowthChange r : v.rows()) {
        growthChange(r, g);
      }
      g.writeEndArray();
      g.writeEndObject();
    });
    add(TierMove.class, (v, g, p) -> {
      g.writeStartObject();
      g.writeFieldName("city");
      Values.city(v.city(), g);
      g.writeFieldName("from");
      if (v.from() == null) {
        g.writeNull();
      } else {
        tier(v.from(), g);
      }
      g.writeFieldName("to");
      if (v.to() == null) {
        g.writeNull();
      } else {
        tier(v.to(), g);
      }
      g.writeEndObject();
    });
    add(RankChange.class, (v, g, p) -> {
      g.writeStartObject();
      g.writeFieldName("city");
      Values.city(v.city(), g);
      g.writeNumberField("earlierRank", v.earlierRank());
      g.writeNumberField("laterRank", v.laterRank());
      g.writeNumberField("places", v.places());
      g.writeEndObject();
    });
    add(Conflict.class, (v, g, p) -> {
      g.writeStartObject();
      g.writeFieldName("city");
      if (v.city() == null) {
        g.writeNull();
      } else {
        Values.city(v.city(), g);
      }
      g.writeNumberField("year", v.year());
      g.writeStringField("metric", v.metric().id());
      g.writeStringField("release", v.release().name());
      g.writeArrayFieldStart("figures");
      for (Figure<?> f : v.figures()) {
        figure(f, g);
      }
      g.writeEndArray();
      g.writeEndObject();
    });
    add(CityHistory.class, (v, g, p) -> {
      g.writeStartObject();
      g.writeFieldName("city");
      Values.city(v.city(), g);
      TreeSet<Integer> years = new TreeSet<>(v.series(Metric.GDP).keySet());
      years.addAll(v.series(Metric.REAL_GROWTH).keySet());
      years.addAll(v.series(Metric.POPULATION).keySet());
      g.writeArrayFieldStart("years");
      for (int y : years) {
        YearlyStats s = v.stats(y);
        g.writeStartObject();
        g.writeNumberField("year", y);
        g.writeObjectFieldStart("figures");
        figures(s, g);
        g.writeEndObject();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("milestones");
      for (Milestone m : v.milestones()) {
        p.defaultSerializeValue(m, g);
      }
      g.writeEndArray();
      g.writeEndObject();
    });
    add(Rank.class, (v, g, p) -> {
      g.writeStartObject();
      g.writeFieldName("city");
      Values.city(v.city(), g);
      g.writeStringField("metric", v.metric().id());
      g.writeNumberField("year", v.year());
      g.writeNumberField("position", v.position());
      g.writeNumberField("ranked", v.ranked());
      g.writeBooleanField("tied", v.tied());
      g.writeStringField("among", v.among());
      g.writeEndObject();
    });
    add(NationalShare.class, (v, g, p) -> nationalShare(v, g, p));
    add(NationalShares.class, (v, g, p) -> {
      g.writeStartObject();
      g.writeStringField("selection", v.selection());
      g.writeArrayFieldStart("years");
      for (NationalShare s : v.years()) {
        nationalShare(s, g, p);
      }
      g.writeEndArray();
      g.writeEndObject();
    });
    add(Contender.class, (v, g, p) -> contender(v, g));
    add(Contenders.class, (v, g, p) -> {
      g.writeStartObject();
      g.writeNumberField("year", v.year());
      g.writeFieldName("threshold");
      p.defaultSerializeValue(v.threshold(), g);
      g.writeArrayFieldStart("rows");
      for (Contender c : v.rows()) {
        contender(c, g);
      }
      g.writeEndArray();
      cities("withoutLevel", v.withoutLevel(), g);
      g.writeEndObject();
    });
    add(SeriesBreak.class, (v, g, p) -> {
      g.writeStartObject();
      g.writeNumberField("year", v.year());
      g.writeStringField("name", v.name());
      g.writeEndObject();
    });
    add(Assumption.OwnAverage.class, (v, g, p) -> assumption(v, g));
    add(Assumption.GivenRate.class, (v, g, p) -> assumption(v, g));
    add(Projection.class, (v, g, p) -> {
      g.writeStartObject();
      g.writeStringField("kind", "projection, not a figure");
      g.writeFieldName("city");
      Values.city(v.city(), g);
      g.writeFieldName("threshold");
      p.defaultSerializeValue(v.threshold(), g);
      g.writeFieldName("assumption");
      assumption(v.assumption(), g);
      g.writeNumberField("baseYear", v.baseYear());
      g.writeFieldName("rate");
      Values.unit(v.rate().orElse(null), g);
      g.writeStringField("outcome", v.outcome().name());
      g.writeFieldName("crossingYear");
      if (v.crossingYear().isPresent()) {
        g.writeNumber(v.crossingYear().get());
      } else {
        g.writeNull();
      }
      g.writeFieldName("projectedLevel");
      Values.unit(v.projectedLevel().orElse(null), g);
      g.writeStringField("reason", v.reason());
      g.writeObjectFieldStart("levels");
      for (Map.Entry<Integer, Figure<Yuan>> e : v.levels().entrySet()) {
        g.writeFieldName(e.getKey().toString());
        figure(e.getValue(), g);
      }
      g.writeEndObject();
      g.writeEndObject();
    });
    add(Dataset.class, (v, g, p) -> DatasetExport.writeDocument(Reachable.of(v), g));
    refuse(YearView.class, "write year.cities(), year.tiers(), year.stats(id) or"
        + " year.national()");
    refuse(Comparison.class, "write its growthChanges(), tierMoves() or rankChanges(metric)");
  }

  private static void nationalShare(NationalShare s, JsonGenerator g, SerializerProvider p)
      throws IOException {
    g.writeStartObject();
    g.writeNumberField("year", s.year());
    g.writeStringField("selection", s.selection());
    g.writeNumberField("cityCount", s.cityCount());
    g.writeFieldName("gdp");
    p.defaultSerializeValue(s.gdp(), g);
    g.writeFieldName("national");
    if (s.national().isPresent()) {
      figure(s.national().get(), g);
    } else {
      g.writeNull();
    }
    g.writeFieldName("share");
    Values.unit(s.share().orElse(null), g);
    g.writeEndObject();
  }

  private static void contender(Contender c, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeNumberField("position", c.position());
    g.writeFieldName("city");
    Values.city(c.city(), g);
    g.writeNumberField("year", c.year());
    g.writeFieldName("level");
    figure(c.level(), g);
    Values.unitField("gap", c.gap(), g);
    g.writeFieldName("gapPercent");
    Values.unit(c.gapPercent().orElse(null), g);
    g.writeEndObject();
  }

  private static void assumption(Assumption a, JsonGenerator g) throws IOException {
    g.writeStartObject();
    if (a instanceof Assumption.OwnAverage o) {
      g.writeStringField("kind", "ownAverage");
      g.writeNumberField("years", o.years());
    } else if (a instanceof Assumption.GivenRate r) {
      g.writeStringField("kind", "nominalGrowth");
      Values.unitField("rate", r.rate(), g);
    }
    g.writeStringField("description", a.toString());
    g.writeEndObject();
  }

  /** The figures a view shows for one city and year, by metric id: city-wide, then sectors. */
  private static void figures(YearlyStats s, JsonGenerator g) throws IOException {
    for (Metric<?> m : new Metric<?>[] {Metric.GDP, Metric.REAL_GROWTH, Metric.POPULATION}) {
      figureField(s, m, g);
    }
    for (SectorGrowth sg : s.sectors()) {
      Sector sector = sg.sector();
      figureField(s, Metric.valueAdded(sector), g);
      figureField(s, Metric.realGrowth(sector), g);
      figureField(s, Metric.nominalGrowth(sector), g);
      figureField(s, Metric.growthContribution(sector), g);
    }
  }

  private static void figureField(YearlyStats s, Metric<?> m, JsonGenerator g)
      throws IOException {
    Figure<?> f = s.figure(m).orElse(null);
    if (f != null) {
      g.writeFieldName(m.id());
      figure(f, g);
    }
  }

  private static void growthChange(GrowthChange r, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeFieldName("city");
    Values.city(r.city(), g);
    g.writeFieldName("earlier");
    Values.unit(r.earlier(), g);
    g.writeFieldName("later");
    Values.unit(r.later(), g);
    g.writeFieldName("change");
    Values.unit(r.change().orElse(null), g);
    g.writeEndObject();
  }

  private static void cities(String name, Iterable<City> cities, JsonGenerator g)
      throws IOException {
    g.writeArrayFieldStart(name);
    for (City c : cities) {
      Values.city(c, g);
    }
    g.writeEndArray();
  }

  private static void ids(String name, Iterable<String> ids, JsonGenerator g) throws IOException {
    g.writeArrayFieldStart(name);
    for (String id : ids) {
      g.writeString(id);
    }
    g.writeEndArray();
  }

  // ---- plumbing ----

  /** Writes one value. */
  @FunctionalInterface
  private interface Body<T> {
    void write(T value, JsonGenerator g, SerializerProvider p) throws IOException;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private <T> void add(Class<T> type, Body<T> body) {
    addSerializer((Class) type, new Writer<>(type, body));
  }

  private <T> void refuse(Class<T> type, String instead) {
    add(type, (v, g, p) -> p.reportMappingProblem("A %s is a view, not a value: %s",
        type.getSimpleName(), instead));
  }

  private static final class Writer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Body<T> body;

    Writer(Class<T> type, Body<T> body) {
      super(type);
      this.body = body;
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializerProvider p) throws IOException {
      body.write(value, g, p);
    }
  }
}

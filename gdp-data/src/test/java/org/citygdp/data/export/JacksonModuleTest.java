package org.citygdp.data.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;
import java.lang.module.ModuleReader;
import java.lang.module.ResolvedModule;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.citygdp.core.Dataset;
import org.citygdp.core.Grouping;
import org.citygdp.core.Metric;
import org.citygdp.core.Threshold;
import org.citygdp.core.YearView;
import org.citygdp.data.ChinaCities;
import org.citygdp.units.NominalGrowth;
import org.citygdp.units.Percent;
import org.citygdp.units.PercentagePoints;
import org.citygdp.units.Population;
import org.citygdp.units.RealGrowth;
import org.citygdp.units.Yuan;
import org.junit.jupiter.api.Test;

class JacksonModuleTest {
  private final ObjectMapper json = new ObjectMapper().registerModule(new CityGdpJacksonModule());
  private final Dataset small = SmallDataset.build();

  private JsonNode tree(Object value) throws IOException {
    return json.readTree(json.writeValueAsString(value));
  }

  @Test
  void units_are_exact_decimal_strings_with_the_unit_named() throws IOException {
    assertThat(json.writeValueAsString(Yuan.ofYi("5207.34")))
        .isEqualTo("{\"value\":\"5207.34\",\"unit\":\"100M CNY\"}");
    assertThat(json.writeValueAsString(Yuan.ofYuan(1)))
        .isEqualTo("{\"value\":\"0.00000001\",\"unit\":\"100M CNY\"}");
    assertThat(json.writeValueAsString(Yuan.ofYuan(Long.MAX_VALUE)))
        .isEqualTo("{\"value\":\"92233720368.54775807\",\"unit\":\"100M CNY\"}");
    assertThat(json.writeValueAsString(RealGrowth.of("5.4")))
        .isEqualTo("{\"value\":\"5.4\",\"unit\":\"% real\"}");
    assertThat(json.writeValueAsString(NominalGrowth.of("-7.1")))
        .isEqualTo("{\"value\":\"-7.1\",\"unit\":\"% nominal\"}");
    assertThat(json.writeValueAsString(Percent.of("3.25")))
        .isEqualTo("{\"value\":\"3.25\",\"unit\":\"%\"}");
    assertThat(json.writeValueAsString(PercentagePoints.of("-0.2")))
        .isEqualTo("{\"value\":\"-0.2\",\"unit\":\"pp\"}");
    assertThat(json.writeValueAsString(Population.ofTenThousands("2185.8")))
        .isEqualTo("{\"value\":\"2185.8\",\"unit\":\"10k persons\"}");
  }

  @Test
  void units_read_back_to_equal_values() throws IOException {
    List<Object> values = List.of(Yuan.ofYi("5207.34"), Yuan.ofYuan(-1), Yuan.ofYuan(Long.MIN_VALUE),
        RealGrowth.of("-100"), NominalGrowth.of("12.3456"), Percent.of("0"),
        PercentagePoints.of("1.4"), Population.ofPersons(17_989_500));
    for (Object v : values) {
      assertThat(json.readValue(json.writeValueAsString(v), v.getClass())).isEqualTo(v);
    }
    Map<String, Yuan> map = Map.of("beijing", Yuan.ofYi("52073.4"));
    assertThat(json.readValue(json.writeValueAsString(map), new TypeReference<Map<String, Yuan>>() {}))
        .isEqualTo(map);
    assertThat(json.readValue("null", Yuan.class)).isNull();
  }

  @Test
  void units_are_read_strictly() {
    String[][] bad = {
        {"{\"value\":\"5.4\",\"unit\":\"%\"}", "Invalid RealGrowth unit '%': must be '% real'"},
        {"{\"value\":5.4,\"unit\":\"% real\"}", "must be a string (an exact decimal, never a JSON number)"},
        {"{\"value\":\"5.4\"}", "field 'unit' is required"},
        {"{\"unit\":\"% real\"}", "field 'value' is required"},
        {"{\"value\":\"5.4\",\"unit\":\"% real\",\"basis\":\"x\"}", "Invalid RealGrowth field 'basis'"},
        {"{\"value\":\"5.4\",\"value\":\"5.5\",\"unit\":\"% real\"}", "field 'value' is given twice"},
        {"{\"value\":\"5.4e0\",\"unit\":\"% real\"}", "exponent"},
        {"{\"value\":\"+5.4\",\"unit\":\"% real\"}", "Invalid RealGrowth value"},
        {"{\"value\":\"5.44444\",\"unit\":\"% real\"}", "Invalid RealGrowth value"},
        {"{\"value\":\"-100.1\",\"unit\":\"% real\"}", "below -100%"},
        {"\"5.4% real\"", "must be an object {\"value\": \"…\", \"unit\": \"% real\"}"},
        {"5.4", "must be an object"},
    };
    for (String[] b : bad) {
      assertThatThrownBy(() -> json.readValue(b[0], RealGrowth.class)).as(b[0])
          .isInstanceOf(MismatchedInputException.class).hasMessageContaining(b[1]);
    }
    assertThatThrownBy(() -> json.readValue("{\"value\":\"1\",\"unit\":\"CNY\"}", Yuan.class))
        .hasMessageContaining("Invalid Yuan unit 'CNY': must be '100M CNY'");
    assertThatThrownBy(() -> json.readValue("{\"value\":\"0.000000001\",\"unit\":\"100M CNY\"}",
        Yuan.class)).hasMessageContaining("Invalid Yuan value");
    assertThatThrownBy(() -> json.readValue("{\"value\":\"-1\",\"unit\":\"10k persons\"}",
        Population.class)).hasMessageContaining("Invalid Population value");
  }

  @Test
  void stats_carry_each_figure_with_its_source() throws IOException {
    JsonNode alpha = tree(small.year(2025).stats("alpha"));
    assertThat(alpha.at("/city/id").asText()).isEqualTo("alpha");
    assertThat(alpha.at("/city/clusters/0").asText()).isEqualTo("C1");
    assertThat(alpha.at("/year").asInt()).isEqualTo(2025);
    assertThat(alpha.at("/figures/gdp/value").toString())
        .isEqualTo("{\"value\":\"11000.5\",\"unit\":\"100M CNY\"}");
    assertThat(alpha.at("/figures/gdp/release").asText()).isEqualTo("PRELIMINARY");
    assertThat(alpha.at("/figures/gdp/verified").asBoolean()).isTrue();
    assertThat(alpha.at("/figures/gdp/publishedOn").asText()).isEqualTo("2026-02-28");
    assertThat(alpha.at("/figures/gdp/source/id").asText()).isEqualTo("nbs-2025");
    assertThat(alpha.at("/figures/gdp/source/grade").asText()).isEqualTo("PRIMARY");
    assertThat(alpha.at("/figures/gdp/source/url").asText()).isEqualTo("https://example.org/nbs-2025");
    assertThat(alpha.at("/figures/real_growth/value/value").asText()).isEqualTo("5");
    assertThat(alpha.at("/figures/real_growth.tertiary/value").toString())
        .isEqualTo("{\"value\":\"6.2\",\"unit\":\"% real\"}");
    assertThat(alpha.at("/figures/population/value/unit").asText()).isEqualTo("10k persons");
    // 11000.5 亿元 over 12,005,000 persons: 91,632.65… yuan, rounded half-even to the yuan
    assertThat(alpha.at("/gdpPerCapita/value").asText()).isEqualTo("0.00091633");
    assertThat(alpha.get("figures").size()).isEqualTo(4);

    JsonNode beta = tree(small.year(2025).stats("beta"));
    assertThat(beta.at("/figures/gdp/verified").asBoolean()).isFalse();
    assertThat(beta.at("/figures/gdp/note").asText()).isEqualTo(SmallDataset.NEWSPAPER);
    assertThat(beta.at("/figures/gdp/source/publishedOn").asText()).isEqualTo("2026-01");
    assertThat(beta.at("/figures/gdp/source/grade").asText()).isEqualTo("SECONDARY");
    assertThat(beta.has("gdpPerCapita")).isFalse();
    assertThat(beta.at("/figures/population").isMissingNode()).isTrue();
  }

  @Test
  void results_are_written_with_their_rows() throws IOException {
    YearView y = small.year(2025);
    JsonNode sum = tree(y.cities().sum(Metric.GDP));
    assertThat(sum.toString()).isEqualTo("{\"value\":{\"value\":\"20999.8\",\"unit\":\"100M CNY\"},"
        + "\"counted\":2,\"missing\":[],\"complete\":true}");
    JsonNode population = tree(y.cities().sum(Metric.valueAdded(org.citygdp.core.domain.Sector.TERTIARY)));
    assertThat(population.toString())
        .isEqualTo("{\"value\":null,\"counted\":0,\"missing\":[\"alpha\",\"beta\"],\"complete\":false}");

    JsonNode members = tree(y.members(Threshold.TRILLION_CLUB));
    assertThat(members.at("/count").asInt()).isEqualTo(1);
    assertThat(members.at("/cities/0/city/id").asText()).isEqualTo("alpha");

    JsonNode table = tree(y.members(Threshold.TRILLION_CLUB).table(Metric.GDP));
    assertThat(table.at("/caption").asText()).isEqualTo("1 city in 2025");
    assertThat(table.at("/headers").toString())
        .isEqualTo("[\"#\",\"id\",\"city\",\"城市\",\"GDP (亿元)\"]");
    assertThat(table.at("/rows/0/1").asText()).isEqualTo("alpha");

    JsonNode pyramid = tree(y.tiers());
    assertThat(pyramid.at("/tiers/0/label").asText()).isEqualTo("5T");
    assertThat(pyramid.at("/tiers/0/upperExclusive").isNull()).isTrue();
    assertThat(pyramid.at("/tiers/4/label").asText()).isEqualTo("1T");
    assertThat(pyramid.at("/tiers/4/lowerInclusive/value").asText()).isEqualTo("10000");
    assertThat(pyramid.at("/tiers/4/upperExclusive/value").asText()).isEqualTo("20000");
    assertThat(pyramid.at("/tiers/4/cities/0/id").asText()).isEqualTo("alpha");
    assertThat(pyramid.at("/tiers/4/count").asInt()).isEqualTo(1);

    JsonNode changes = tree(small.compare(2025, 2024).growthChanges());
    assertThat(changes.at("/earlierYear").asInt()).isEqualTo(2024);
    assertThat(changes.at("/laterYear").asInt()).isEqualTo(2025);
    assertThat(changes.at("/rows/0/city/id").asText()).isEqualTo("beta");
    assertThat(changes.at("/rows/0/change").toString())
        .isEqualTo("{\"value\":\"-0.3\",\"unit\":\"pp\"}");
    assertThat(changes.at("/rows/1/earlier/value").asText()).isEqualTo("5.4");
    assertThat(changes.at("/rows/1/later/value").asText()).isEqualTo("5");
    assertThat(changes.at("/rows/1/change/value").asText()).isEqualTo("-0.4");

    JsonNode groups = tree(y.cities().groupBy(Grouping.REGION));
    assertThat(groups.at("/grouping").asText()).isEqualTo("region");
    assertThat(groups.at("/year").asInt()).isEqualTo(2025);
    assertThat(groups.at("/rows/0/label").asText()).isEqualTo("Eastern");
    assertThat(groups.at("/rows/0/cities").toString()).isEqualTo("[\"alpha\"]");
    assertThat(groups.at("/rows/0/gdp/value/value").asText()).isEqualTo("11000.5");
    assertThat(groups.at("/rows/0/weightedGrowth/value").toString())
        .isEqualTo("{\"value\":\"5\",\"unit\":\"% real\"}");
    assertThat(groups.at("/rows/1/weightedGrowth/value/value").asText()).isEqualTo("5.8");
    assertThat(groups.at("/rows/1/shareOfNationalGdp/value/unit").asText()).isEqualTo("%");

    JsonNode history = tree(small.city("alpha"));
    assertThat(history.at("/years/0/year").asInt()).isEqualTo(2024);
    assertThat(history.at("/years/0/figures/gdp/value/value").asText()).isEqualTo("10002.1");
    assertThat(history.at("/years/1/figures/gdp/source/id").asText()).isEqualTo("nbs-2025");
    assertThat(history.at("/milestones/0/label").asText()).isEqualTo("1T");
    assertThat(history.at("/milestones/0/year").asInt()).isEqualTo(2024);

    JsonNode national = tree(y.national().orElseThrow());
    assertThat(national.at("/figures/gdp/value/value").asText()).isEqualTo("1349084");
  }

  @Test
  void a_dataset_is_the_loading_document_and_a_view_is_refused() throws IOException {
    assertThat(json.readTree(json.writeValueAsString(small)))
        .isEqualTo(json.readTree(DatasetExport.toJson(small)));
    assertThatThrownBy(() -> json.writeValueAsString(small.year(2025)))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("A YearView is a view, not a value: write year.cities()");
    assertThatThrownBy(() -> json.writeValueAsString(small.compare(2025, 2024)))
        .hasMessageContaining("A Comparison is a view, not a value");
  }

  @Test
  void every_result_of_the_bundled_data_is_written() throws IOException {
    Dataset china = ChinaCities.load();
    YearView y = china.year(2025);
    List<Object> results = List.of(y.cities(), y.members(Threshold.TRILLION_CLUB).stats(),
        y.tiers(), y.cities().groupBy(Grouping.CLUSTER), china.compare(2025, 2024).growthChanges(),
        china.compare(2025, 2024).tierMoves(), china.compare(2025, 2024).rankChanges(Metric.GDP),
        china.city("beijing"), china.conflicts(), china.leftOut(), china.provenance(),
        china.sources(), china.clusters(), Threshold.TRILLION_CLUB,
        org.citygdp.core.TierScheme.TRILLIONS, y.stats("shenzhen").sectors(),
        y.members(Threshold.TRILLION_CLUB).weightedGrowth(),
        y.cluster(org.citygdp.core.domain.Cluster.GREATER_BAY_AREA).shareOfNationalGdp(),
        y.rank("suzhou", Metric.GDP).orElseThrow(), y.contenders(Threshold.TRILLION_CLUB).top(3),
        china.shareOfNationalGdp(Threshold.TRILLION_CLUB), y.concentration(10),
        china.seriesBreaks(), y.contenders(Threshold.TRILLION_CLUB).top(3)
            .outlook(org.citygdp.core.Assumption.ownAverage(1)));
    for (Object r : results) {
      // no bean fallback (a Yuan as {"zero":false,...}, a result as {}); a city-year may have no
      // figures
      String text = json.writeValueAsString(r).replace("\"figures\":{}", "");
      assertThat(text.contains("\"zero\"") || text.contains("{}"))
          .as(r.getClass().getSimpleName()).isFalse();
    }
    assertThat(json.writeValueAsString(china.city("xiamen").outlook(Threshold.TRILLION_CLUB,
        org.citygdp.core.Assumption.ownAverage(1)))).contains(
        "\"kind\":\"projection, not a figure\"", "\"outcome\":\"CROSSES\"",
        "\"crossingYear\":2028", "\"rate\":{\"value\":\"4.5565\",\"unit\":\"% nominal\"}",
        "\"kind\":\"ownAverage\",\"years\":1");
    assertThat(json.writeValueAsString(y.cities())).contains("\"unit\":\"100M CNY\"",
        "\"grade\":\"PRIMARY\"", "\"publisher\"");
  }

  /**
   * Every public class of the core's exported packages has one of the module's serializers,
   * unless it is an exception, an enum (written by name), a builder or an interface: a new public
   * type must be given one (or Jackson would write it as a bean, e.g. a Yuan as {"zero":false}).
   */
  @Test
  void every_public_type_has_a_serializer() throws Exception {
    Module core = Yuan.class.getModule();
    List<Class<?>> types = new ArrayList<>();
    if (core.isNamed()) {
      ResolvedModule m = ModuleLayer.boot().configuration().findModule(core.getName()).orElse(
          core.getLayer().configuration().findModule(core.getName()).orElseThrow());
      try (ModuleReader reader = m.reference().open(); Stream<String> names = reader.list()) {
        for (String n : names.filter(s -> s.endsWith(".class") && !s.equals("module-info.class"))
            .toList()) {
          String cls = n.substring(0, n.length() - 6).replace('/', '.');
          String pkg = cls.substring(0, cls.lastIndexOf('.'));
          if (core.isExported(pkg)) {
            types.add(Class.forName(cls, false, Yuan.class.getClassLoader()));
          }
        }
      }
    } else {
      return; // on the class path the packages cannot be listed; the module path run covers it
    }
    Set<String> notValues = Set.of("Builder");
    List<String> without = new ArrayList<>();
    for (Class<?> t : types) {
      boolean publicType = Modifier.isPublic(t.getModifiers())
          && (t.getEnclosingClass() == null || Modifier.isPublic(t.getEnclosingClass().getModifiers()));
      if (!publicType || t.isInterface() || t.isEnum() || t.isAnnotation() || t.isAnonymousClass()
          || Throwable.class.isAssignableFrom(t) || notValues.contains(t.getSimpleName())
          || Modifier.isAbstract(t.getModifiers()) && t.isSealed()) {
        continue;
      }
      JsonSerializer<Object> s = json.getSerializerProviderInstance().findValueSerializer(t);
      if (!s.getClass().getName().startsWith(CityGdpJacksonModule.class.getName())) {
        without.add(t.getName());
      }
    }
    assertThat(types).hasSizeGreaterThan(40);
    assertThat(without).as("public types without a serializer of the module").isEmpty();
  }
}

package org.citygdp.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.citygdp.core.domain.AdminRank;
import org.citygdp.core.domain.City;
import org.citygdp.core.domain.Region;
import org.citygdp.core.domain.Release;
import org.citygdp.core.domain.SourceGrade;
import org.citygdp.core.internal.TextTable;
import org.junit.jupiter.api.Test;

/** How results print: decimals on the point, units in headers, long cells wrapped, views on one line. */
class TableTest {
  private final Dataset ds = Fixture.dataset();

  @Test
  void numbers_align_on_the_decimal_point() {
    TextTable t = new TextTable(List.of("city", "GDP (亿元)", "growth (%)"), false, true, true)
        .row(List.of("a", "1573.782", "4"))
        .row(List.of("b", "5207.34", "5.2"))
        .row(List.of("c", "—", "—"));
    assertThat(t.render()).isEqualTo(""
        + "city  GDP (亿元)  growth (%)\n"
        + "----  ----------  ----------\n"
        + "a       1573.782         4\n"
        + "b       5207.34          5.2\n"
        + "c          —             —\n");
  }

  @Test
  void a_long_text_cell_wraps_after_a_comma_and_a_long_word_is_cut() {
    String names = String.join(", ", java.util.Collections.nCopies(12, "Shanghai 上海"));
    List<String> lines = TextTable.wrap(names);
    assertThat(lines).hasSizeGreaterThan(1);
    lines.forEach(l -> assertThat(TextTable.width(l)).isLessThanOrEqualTo(TextTable.MAX_CELL_WIDTH));
    assertThat(String.join(" ", lines)).isEqualTo(names);
    assertThat(TextTable.wrap("x".repeat(70))).containsExactly("x".repeat(59) + "…");
    assertThat(TextTable.cut("上海上海", 4)).isEqualTo("上…");
  }

  @Test
  void a_wrapped_row_keeps_the_other_columns_on_its_first_line() {
    String names = String.join(", ", java.util.Collections.nCopies(12, "Suzhou 苏州"));
    String out = new TextTable(List.of("tier", "cities", "members"), false, true, false)
        .row(List.of("1T", "12", names)).render();
    String[] lines = out.split("\n");
    assertThat(lines.length).isGreaterThan(3);
    assertThat(lines[2]).startsWith("1T        12  Suzhou 苏州, ");
    assertThat(lines[3]).startsWith("              Suzhou");
    for (String l : lines) {
      assertThat(TextTable.width(l)).isLessThanOrEqualTo(4 + 2 + 6 + 2 + TextTable.MAX_CELL_WIDTH);
    }
  }

  @Test
  void amounts_print_in_yi_yuan_with_the_unit_in_the_header() {
    Table t = ds.year(2024).cities().orderByDescending(Metric.GDP).top(2).table(Metric.GDP);
    assertThat(t.headers()).containsExactly("#", "id", "city", "城市", "GDP (亿元)");
    assertThat(t.rows()).extracting(r -> r.get(4)).containsExactly("52000", "30000");
    assertThat(t.size()).isEqualTo(2);
    assertThat(t.toString()).startsWith("2 cities in 2024\n#  id");
  }

  @Test
  void a_year_view_prints_on_one_line() {
    assertThat(ds.year(2024).toString())
        .isEqualTo("Year 2024: 4 of 5 cities with a GDP figure (latest release, any grade)")
        .doesNotContain("\n");
    assertThat(ds.atLeast(SourceGrade.PRIMARY).asOf(java.time.LocalDate.of(2025, 3, 1)).year(2024)
        .toString()).endsWith("(as of 2025-03-01, grade PRIMARY or stronger)");
  }

  @Test
  void a_long_list_of_cities_without_gdp_prints_its_first_names_and_a_count() {
    Dataset.Builder b = Dataset.builder().source(Fixture.OFF);
    for (int i = 0; i < 12; i++) {
      String id = "c" + (char) ('a' + i);
      b.city(City.builder(id).names("C" + (char) ('a' + i), "城").pinyin("C").province("P")
          .region(Region.EASTERN).rank(AdminRank.PREFECTURE).divisionCode("1000" + (10 + i))
          .build());
    }
    b.figure("ca", 2024, Metric.GDP, org.citygdp.units.Yuan.ofYi("1"), Release.PRELIMINARY, "off");
    String out = b.build().year(2024).tiers().toString();
    assertThat(out).contains("GDP missing: Cb, Cc, Cd, Ce, Cf, Cg, Ch, Ci and 3 more (missingGdp())\n");
    assertThat(ds.year(2024).tiers().toString()).contains("GDP missing: Epsilon\n");
  }

  @Test
  void histories_groups_and_growth_changes_are_tables() {
    Table h = ds.city("alpha").table();
    assertThat(h.caption()).isEqualTo("Alpha 甲城 (alpha)");
    assertThat(h.headers()).containsExactly("year", "GDP (亿元)", "real growth (%)");
    assertThat(ds.year(2024).cities().groupBy(Grouping.REGION).table().headers())
        .contains("GDP (亿元)");
    assertThat(ds.compare(2024, 2023).growthChanges().table().headers())
        .containsExactly("id", "city", "城市", "2023 (%)", "2024 (%)", "change (pp)");
    assertThat(ds.year(2024).tiers().table().caption()).startsWith("Tier pyramid 2024");
  }
}

package org.citygdp.data.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.util.List;
import java.util.Map;
import org.citygdp.core.Dataset;
import org.citygdp.core.Grouping;
import org.citygdp.core.Threshold;
import org.citygdp.core.YearView;
import org.citygdp.data.ChinaCities;
import org.junit.jupiter.api.Test;

/** CSV of the table-shaped results of {@link SmallDataset}, worked out by hand. */
class CsvExportTest {
  private final Dataset small = SmallDataset.build();
  private final YearView y = small.year(2025);

  @Test
  void a_selection_has_a_row_per_city_with_provenance_and_units_in_the_header() {
    assertThat(CsvExport.of(y.cities())).isEqualTo("""
        year,city_id,city,city_zh,province,region,gdp_100m_cny,gdp_release,gdp_source,gdp_grade,\
        gdp_verified,real_growth_pct,real_growth_release,real_growth_source,real_growth_grade,\
        real_growth_verified,population_10k_persons,population_release,population_source,\
        population_grade,population_verified
        2025,alpha,Alpha,甲,Anhui,EASTERN,11000.5,PRELIMINARY,nbs-2025,PRIMARY,true,5,PRELIMINARY,\
        nbs-2025,PRIMARY,true,1200.5,PRELIMINARY,nbs-2025,PRIMARY,true
        2025,beta,Beta,乙,Sichuan,WESTERN,9999.3,PRELIMINARY,paper-2025,SECONDARY,false,5.8,\
        PRELIMINARY,paper-2025,SECONDARY,false,,,,,
        """);
  }

  @Test
  void a_pyramid_has_a_row_per_city_in_a_tier() {
    // Beta's 9999.3 亿元 is below the lowest tier: in no tier, and not missing
    assertThat(CsvExport.of(y.tiers())).isEqualTo("""
        year,tier,tier_lower_100m_cny,tier_upper_100m_cny,city_id,city,city_zh
        2025,1T,10000,20000,alpha,Alpha,甲
        """);
  }

  @Test
  void growth_changes_largest_rise_first() {
    assertThat(CsvExport.of(small.compare(2025, 2024).growthChanges())).isEqualTo("""
        earlier_year,later_year,city_id,city,city_zh,earlier_real_growth_pct,\
        later_real_growth_pct,change_pp
        2024,2025,beta,Beta,乙,6.1,5.8,-0.3
        2024,2025,alpha,Alpha,甲,5.4,5,-0.4
        """);
  }

  @Test
  void a_group_table_has_a_row_per_group() {
    // shares of the national 1349084 亿元: 11000.5 -> 0.8154%, 9999.3 -> 0.7412% (half-even)
    assertThat(CsvExport.of(y.cities().groupBy(Grouping.REGION))).isEqualTo("""
        year,grouping,group,cities,gdp_100m_cny,gdp_counted,gdp_missing,weighted_real_growth_pct,\
        weighted_real_growth_counted,weighted_real_growth_missing,share_of_national_gdp_pct
        2025,region,Eastern,1,11000.5,1,,5,1,,0.8154
        2025,region,Western,1,9999.3,1,,5.8,1,,0.7412
        """);
  }

  @Test
  void a_history_has_a_row_per_year() {
    assertThat(CsvExport.of(small.city("alpha"))).isEqualTo("""
        city_id,year,gdp_100m_cny,gdp_release,gdp_source,gdp_grade,real_growth_pct,\
        real_growth_release,real_growth_source,real_growth_grade,population_10k_persons,\
        population_release,population_source,population_grade
        alpha,2024,10002.1,FINAL,nbs-2025,PRIMARY,5.4,FINAL,nbs-2025,PRIMARY,,,,
        alpha,2025,11000.5,PRELIMINARY,nbs-2025,PRIMARY,5,PRELIMINARY,nbs-2025,PRIMARY,1200.5,\
        PRELIMINARY,nbs-2025,PRIMARY
        """);
  }

  @Test
  void the_bundled_club_reads_back_as_csv_with_exact_values() throws Exception {
    Dataset china = ChinaCities.load();
    YearView y2025 = china.year(2025);
    String csv = CsvExport.of(y2025.members(Threshold.TRILLION_CLUB));
    CsvMapper mapper = new CsvMapper();
    try (MappingIterator<Map<String, String>> rows = mapper.readerForMapOf(String.class)
        .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
      List<Map<String, String>> all = rows.readAll();
      assertThat(all).hasSize(y2025.members(Threshold.TRILLION_CLUB).count()).hasSizeGreaterThan(20);
      Map<String, String> beijing = all.stream().filter(r -> r.get("city_id").equals("beijing"))
          .findFirst().orElseThrow();
      assertThat(beijing.get("gdp_100m_cny")).isEqualTo("52073.4");
      assertThat(beijing.get("real_growth_pct")).isEqualTo("5.4");
      assertThat(beijing.get("gdp_grade")).isEqualTo("OFFICIAL_MEDIA");
    }
  }

  @Test
  void other_results_are_not_tables() {
    assertThatThrownBy(() -> CsvExport.of((Object) small.year(2025).stats("alpha")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a YearlyStats is not table-shaped");
  }
}

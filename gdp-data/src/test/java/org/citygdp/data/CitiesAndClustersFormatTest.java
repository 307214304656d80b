package org.citygdp.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.citygdp.core.Dataset;
import org.citygdp.core.InvalidDataException;
import org.citygdp.core.domain.AdminRank;
import org.citygdp.core.domain.City;
import org.citygdp.core.domain.Cluster;
import org.citygdp.core.domain.SourceType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A city's pinyin, the new ranks, and a cluster's plan, in JSON, CSV and the snapshot (#12). */
class CitiesAndClustersFormatTest {
  @TempDir Path dir;

  private static final String SOURCE = "{\"id\": \"plan-2016\", \"publisher\": \"NDRC\","
      + " \"title\": \"Delta plan\", \"url\": \"https://example.org/plan-2016\","
      + " \"publishedOn\": \"2016-06\", \"grade\": \"PRIMARY\", \"type\": \"GOVERNMENT_REPORT\"}";

  private static String document(String plan, String pinyin) {
    return "{\"clusters\": [{\"id\": \"DELTA\", \"nameEn\": \"Delta\", \"nameZh\": \"三角洲\""
        + plan + "}],\n"
        + " \"cities\": [{\"id\": \"taizhou_js\", \"nameEn\": \"Taizhou\", \"nameZh\": \"泰州\""
        + pinyin + ", \"province\": \"Jiangsu\", \"region\": \"EASTERN\", \"rank\": \"PREFECTURE\","
        + " \"divisionCode\": \"321200\", \"clusters\": [\"DELTA\"]},\n"
        + "  {\"id\": \"yanbian\", \"nameEn\": \"Yanbian\", \"nameZh\": \"延边\", \"province\":"
        + " \"Jilin\", \"region\": \"NORTHEAST\", \"rank\": \"AUTONOMOUS_PREFECTURE\","
        + " \"divisionCode\": \"222400\"}],\n"
        + " \"sources\": [" + SOURCE + "]}";
  }

  private static Dataset load(String json) {
    return DatasetLoader.fromStream(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "doc.json").load();
  }

  @Test
  void should_read_the_pinyin_the_ranks_and_the_plan() {
    Dataset ds = load(document(", \"plan\": \"plan-2016\"", ", \"pinyin\": \"Taizhou\""));
    City taizhou = ds.cities().get(0);
    assertThat(taizhou.pinyin()).isEqualTo("Taizhou");
    // no pinyin: the English name stands for it
    assertThat(ds.cities().get(1).pinyin()).isEqualTo("Yanbian");
    assertThat(ds.cities().get(1).rank()).isEqualTo(AdminRank.AUTONOMOUS_PREFECTURE);
    assertThat(ds.plan(Cluster.of("DELTA", "Delta", "三角洲")))
        .hasValueSatisfying(s -> assertThat(s.sourceType()).isEqualTo(SourceType.GOVERNMENT_REPORT));
    assertThat(ds.clusters()).singleElement()
        .satisfies(c -> assertThat(c.planId()).contains("plan-2016"));
  }

  @Test
  void should_reject_a_plan_that_names_no_source_naming_the_nearest() {
    assertThatThrownBy(() -> load(document(", \"plan\": \"plan-2061\"", "")))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("Invalid plan 'plan-2061' at doc.json, line 1, column")
        .hasMessageContaining("/clusters/0/plan: must name a source defined in the dataset"
            + " (nearest known: plan-2016)");
    assertThatThrownBy(() -> load(document(", \"plan\": 7", "")))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("/clusters/0/plan");
    assertThatThrownBy(() -> load(document("", ", \"pinyin\": \"\"")))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("/cities/0/id: city pinyin '' must not be blank");
    assertThatThrownBy(() -> load(document("", ", \"rank\": \"COUNTY\"")))
        .isInstanceOf(InvalidDataException.class);
  }

  @Test
  void should_read_the_same_from_csv() throws IOException {
    Files.writeString(dir.resolve("dataset.json"), "{\"clusters\": \"clusters.csv\","
        + " \"cities\": \"cities.csv\", \"sources\": [\"sources.json\"]}");
    Files.writeString(dir.resolve("clusters.csv"), "id,nameEn,nameZh,plan\n"
        + "DELTA,Delta,三角洲,plan-2016\n");
    Files.writeString(dir.resolve("cities.csv"), "id,nameEn,nameZh,pinyin,province,region,rank,"
        + "divisionCode,clusters\n"
        + "taizhou_js,Taizhou,泰州,Taizhou,Jiangsu,EASTERN,PREFECTURE,321200,DELTA\n"
        + "yanbian,Yanbian,延边,,Jilin,NORTHEAST,AUTONOMOUS_PREFECTURE,222400,\n");
    Files.writeString(dir.resolve("sources.json"), "[" + SOURCE + "]");
    Dataset csv = DatasetLoader.fromDirectory(dir).load();
    Dataset json = load(document(", \"plan\": \"plan-2016\"", ", \"pinyin\": \"Taizhou\""));
    assertThat(csv.cities()).isEqualTo(json.cities());
    assertThat(csv.cities().get(0).pinyin()).isEqualTo("Taizhou");
    assertThat(csv.clusters().get(0).isSameDefinition(json.clusters().get(0))).isTrue();
  }

  @Test
  void should_keep_the_pinyin_and_the_plan_in_the_snapshot() throws IOException {
    String doc = document(", \"plan\": \"plan-2016\"", ", \"pinyin\": \"Taizhou\"");
    DatasetLoader loader = DatasetLoader.fromStream(
        new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8)), "doc.json");
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    Snapshot.write(loader.read(), loader.description(), bytes);
    Dataset back = Snapshot.read(new ByteArrayInputStream(bytes.toByteArray()),
        loader.description(), "test.snapshot").build(java.util.List.of());
    assertThat(back.cities().get(0).pinyin()).isEqualTo("Taizhou");
    assertThat(back.clusters().get(0).planId()).contains("plan-2016");
    assertThat(back.cities().get(1).rank()).isEqualTo(AdminRank.AUTONOMOUS_PREFECTURE);
  }
}

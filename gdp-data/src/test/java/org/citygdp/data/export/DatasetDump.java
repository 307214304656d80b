package org.citygdp.data.export;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.citygdp.core.Conflict;
import org.citygdp.core.Dataset;
import org.citygdp.core.Figure;
import org.citygdp.core.Metric;
import org.citygdp.core.NationalStats;
import org.citygdp.core.SectorGrowth;
import org.citygdp.core.Threshold;
import org.citygdp.core.YearView;
import org.citygdp.core.YearlyStats;
import org.citygdp.core.domain.City;
import org.citygdp.core.domain.Cluster;
import org.citygdp.core.domain.Sector;
import org.citygdp.core.domain.Source;

/**
 * Everything the public API shows of a dataset, as text: two datasets are equal for the export's
 * purpose when their dumps are. Written independently of the exporter (it probes every sector
 * any city-year names, sorted by id, and every year of the national benchmark).
 */
final class DatasetDump {
  private DatasetDump() {}

  static String of(Dataset d) {
    StringBuilder sb = new StringBuilder(d.toString()).append('\n');
    sb.append("figures: ").append(d.figureCount()).append('\n');
    sb.append("series breaks: ").append(d.seriesBreaks()).append('\n');
    for (Cluster k : d.clusters()) {
      sb.append("cluster ").append(k.id()).append('|').append(k.nameEn()).append('|')
          .append(k.nameZh()).append('|').append(k.plan()).append('\n');
    }
    for (City c : d.cities()) {
      sb.append("city ").append(c.id()).append('|').append(c.nameEn()).append('|')
          .append(c.nameZh()).append('|').append(c.pinyin()).append('|').append(c.province())
          .append('|').append(c.region()).append('|').append(c.rank()).append('|')
          .append(c.divisionCode()).append('|').append(c.clusters()).append('\n');
    }
    for (Source s : d.sources()) {
      sb.append("source ").append(s.id()).append('|').append(s.publisher()).append('|')
          .append(s.title()).append('|').append(s.url()).append('|').append(s.copy())
          .append('|').append(s.published()).append('|').append(s.grade()).append('|')
          .append(s.sourceType()).append('\n');
    }
    sb.append("years ").append(d.years()).append('\n');
    Set<Sector> sectors = new java.util.TreeSet<>((a, b) -> a.id().compareTo(b.id()));
    for (int y : d.years()) {
      for (City c : d.cities()) {
        for (SectorGrowth g : d.year(y).stats(c.id()).sectors()) {
          sectors.add(g.sector());
        }
      }
    }
    List<Metric<?>> metrics = new java.util.ArrayList<>(
        List.of(Metric.GDP, Metric.REAL_GROWTH, Metric.POPULATION));
    for (Sector s : sectors) {
      metrics.addAll(List.of(Metric.valueAdded(s), Metric.realGrowth(s), Metric.nominalGrowth(s),
          Metric.growthContribution(s)));
    }
    for (int y : d.years()) {
      YearView v = d.year(y);
      sb.append("year ").append(y).append(" members ")
          .append(v.members(Threshold.TRILLION_CLUB).ids()).append('\n').append(v.tiers());
      for (City c : d.cities()) {
        YearlyStats s = v.stats(c.id());
        Set<String> ids = new LinkedHashSet<>();
        s.sectors().forEach(g -> ids.add(g.sector().id()));
        sb.append(y).append(' ').append(c.id()).append(" sectors ").append(ids).append('\n');
        for (Metric<?> m : metrics) {
          for (Figure<?> f : s.figures(m)) {
            sb.append("  ").append(figure(f)).append('\n');
          }
        }
      }
    }
    for (int y = Dataset.MIN_YEAR; y <= Dataset.MAX_YEAR; y++) {
      Optional<NationalStats> n = d.national(y);
      if (n.isPresent()) {
        for (Metric<?> m : metrics) {
          for (Figure<?> f : n.get().figures(m)) {
            sb.append("national ").append(y).append(' ').append(figure(f)).append('\n');
          }
        }
      }
    }
    // the order of conflicts of different metrics follows the order a loader meets the metrics
    // (national figures first), which the loading format does not hold: compared as a set
    List<String> conflicts = new java.util.ArrayList<>();
    for (Conflict k : d.conflicts()) {
      StringBuilder c = new StringBuilder("conflict " + k);
      k.figures().forEach(f -> c.append("\n  ").append(figure(f)));
      conflicts.add(c.toString());
    }
    java.util.Collections.sort(conflicts);
    conflicts.forEach(c -> sb.append(c).append('\n'));
    return sb.toString();
  }

  static String figure(Figure<?> f) {
    return f.metric().id() + "|" + f.metric().label() + "|" + f.value() + "|" + f.source().id()
        + "|" + f.release() + "|" + f.verified() + "|" + f.note() + "|" + f.publishedOn();
  }
}

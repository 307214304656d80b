package org.citygdp.bench.impl;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.citygdp.core.GroupTable;
import org.citygdp.core.GrowthChanges;
import org.citygdp.core.TierPyramid;
import org.citygdp.core.domain.City;
import org.citygdp.units.PercentagePoints;

/** Converts citygdp's results to the peers' result types, to check that all agree. */
public final class Canon {
  private Canon() {}

  public static Results.Tiers tiers(TierPyramid p) {
    List<String> labels = new ArrayList<>();
    List<List<String>> members = new ArrayList<>();
    p.asMap().forEach((tier, cities) -> {
      labels.add(tier.label());
      members.add(cities.stream().map(City::id).toList());
    });
    return new Results.Tiers(labels, members, p.missingGdp().stream().map(City::id).toList());
  }

  public static Results.Groups groups(List<GroupTable> byClusterThenRegion) {
    return new Results.Groups(rows(byClusterThenRegion.get(0)), rows(byClusterThenRegion.get(1)));
  }

  private static List<Results.GroupRow> rows(GroupTable t) {
    return t.rows().stream().map(r -> new Results.GroupRow(r.label(), r.count(),
        r.gdp().value().map(y -> y.toYuan()).orElse(0L),
        r.weightedGrowth().value().map(g -> g.rate().toBigDecimal().doubleValue())
            .orElse(Double.NaN),
        // a group without any GDP figure: no share, which the peers' arithmetic makes 0 of GDP 0
        r.shareOfNationalGdp().value().map(s -> s.toBigDecimal().doubleValue())
            .orElse(r.gdp().value().isEmpty() ? 0.0 : Double.NaN))).toList();
  }

  /** The changes of {@code changes}, read row by row, in the order of {@code ids}. */
  public static Results.Changes changes(GrowthChanges changes, List<String> ids) {
    long[] out = new long[ids.size()];
    java.util.Arrays.fill(out, Results.Changes.MISSING);
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      index.put(ids.get(i), i);
    }
    // read by position, as the benchmark reads it
    for (int i = 0; i < changes.size(); i++) {
      PercentagePoints pp = changes.changeOrNull(i);
      if (pp != null) {
        out[index.get(changes.id(i))] = pp.unscaledValue();
      }
    }
    return new Results.Changes(ids, out);
  }
}

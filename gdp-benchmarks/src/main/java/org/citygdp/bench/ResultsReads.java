package org.citygdp.bench;

import java.util.List;
import org.citygdp.bench.impl.Results;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Reads the peers' answers ({@link Results}) whole into a {@link Blackhole}, as {@link
 * CitygdpReads} reads citygdp's: every id, every row, every value.
 */
final class ResultsReads {
  private ResultsReads() {}

  static void ids(List<String> ids, Blackhole bh) {
    for (String id : ids) {
      bh.consume(id);
    }
  }

  static void tiers(Results.Tiers t, Blackhole bh) {
    for (List<String> members : t.members()) {
      ids(members, bh);
    }
    ids(t.missingGdp(), bh);
  }

  static void groups(Results.Groups g, Blackhole bh) {
    for (List<Results.GroupRow> rows : List.of(g.byCluster(), g.byRegion())) {
      for (Results.GroupRow r : rows) {
        bh.consume(r.label());
        bh.consume(r.count());
        bh.consume(r.gdp());
        bh.consume(r.weightedGrowth());
        bh.consume(r.share());
      }
    }
  }

  static void changes(Results.Changes c, Blackhole bh) {
    List<String> ids = c.cityIds();
    long[] change = c.change();
    for (int i = 0; i < change.length; i++) {
      bh.consume(ids.get(i));
      bh.consume(change[i]);
    }
  }

  static void asOfVsLatest(Results.AsOfVsLatest r, Blackhole bh) {
    ids(r.asOf(), bh);
    ids(r.latest(), bh);
  }
}

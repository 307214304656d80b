package org.citygdp.bench;

import java.util.List;
import org.citygdp.core.GroupTable;
import org.citygdp.core.GrowthChanges;
import org.citygdp.core.TierPyramid;
import org.citygdp.core.domain.City;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Reads citygdp's answers the way a user does, into a {@link Blackhole}: ids, rows and values,
 * every one of them, so that no lazy part of a result escapes the timed call.
 */
final class CitygdpReads {
  private CitygdpReads() {}

  static void ids(List<String> ids, Blackhole bh) {
    for (String id : ids) {
      bh.consume(id);
    }
  }

  static void tiers(TierPyramid p, Blackhole bh) {
    p.asMap().forEach((tier, cities) -> {
      bh.consume(tier.label());
      for (City c : cities) {
        bh.consume(c.id());
      }
    });
    for (City c : p.missingGdp()) {
      bh.consume(c.id());
    }
  }

  static void groups(List<GroupTable> tables, Blackhole bh) {
    for (GroupTable t : tables) {
      for (GroupTable.Row r : t.rows()) {
        bh.consume(r.label());
        bh.consume(r.count());
        bh.consume(r.gdp().valueOrNull());
        bh.consume(r.weightedGrowth().valueOrNull());
        bh.consume(r.shareOfNationalGdp().valueOrNull());
      }
    }
  }

  /** Every row: its city's id and its change (missing: null), read by position. */
  static void changes(GrowthChanges changes, Blackhole bh) {
    int n = changes.size();
    for (int i = 0; i < n; i++) {
      bh.consume(changes.id(i));
      bh.consume(changes.changeOrNull(i));
    }
  }
}

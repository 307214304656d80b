package org.citygdp.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.citygdp.core.domain.AdminRank;
import org.citygdp.core.domain.City;
import org.citygdp.core.domain.Cluster;
import org.citygdp.core.domain.PublicationDate;
import org.citygdp.core.domain.Region;
import org.citygdp.core.domain.Release;
import org.citygdp.core.domain.Sector;
import org.citygdp.core.domain.Source;
import org.citygdp.core.domain.SourceGrade;
import org.citygdp.core.domain.SourceType;
import org.citygdp.units.Percent;
import org.citygdp.units.Population;
import org.citygdp.units.RealGrowth;
import org.citygdp.units.Yuan;

/**
 * For tests that call the whole public API by reflection: the public classes of the package, one
 * receiver per class and one argument per parameter type, all from {@link Fixture}.
 */
final class ApiSamples {
  private ApiSamples() {}

  static final Dataset DS = Fixture.dataset();

  /** One receiver per public class, made fresh for each call (builders are mutable). */
  static final Map<Class<?>, Supplier<Object>> RECEIVERS = new HashMap<>();

  /** One non-null argument per parameter type. */
  static final Map<Class<?>, Supplier<Object>> SAMPLES = new LinkedHashMap<>();

  static {
    YearView y = DS.year(2024);
    Comparison c = DS.compare(2024, 2023);
    RECEIVERS.put(Dataset.class, () -> DS);
    RECEIVERS.put(Dataset.Builder.class, Fixture::builder);
    RECEIVERS.put(YearView.class, () -> y);
    RECEIVERS.put(CitySelection.class, y::cities);
    RECEIVERS.put(Comparison.class, () -> c);
    RECEIVERS.put(CityHistory.class, () -> DS.city("alpha"));
    RECEIVERS.put(YearlyStats.class, () -> y.stats("alpha"));
    RECEIVERS.put(NationalStats.class, () -> DS.national(2024).orElseThrow());
    RECEIVERS.put(GroupTable.class, () -> y.cities().groupBy(Grouping.REGION));
    RECEIVERS.put(GroupTable.Row.class,
        () -> y.cities().groupBy(Grouping.REGION).rows().get(0));
    RECEIVERS.put(TierPyramid.class, y::tiers);
    RECEIVERS.put(TierScheme.class, () -> TierScheme.TRILLIONS);
    RECEIVERS.put(GrowthChanges.class, c::growthChanges);
    RECEIVERS.put(Aggregate.class, () -> y.cities().sum(Metric.GDP));
    RECEIVERS.put(Condition.class, Condition::always);
    RECEIVERS.put(Metric.class, () -> Metric.GDP);
    RECEIVERS.put(Grouping.class, () -> Grouping.REGION);
    RECEIVERS.put(City.class, () -> DS.cities().get(0));
    RECEIVERS.put(City.Builder.class, () -> City.builder("x").names("X", "X").province("P")
        .region(Region.EASTERN).divisionCode("100000"));
    RECEIVERS.put(Source.class, () -> Fixture.OFF);
    RECEIVERS.put(Source.Builder.class, () -> Source.builder("x").publisher("P").title("T")
        .url("https://example.org/x").grade(SourceGrade.PRIMARY));
    RECEIVERS.put(InvalidDataException.Builder.class, () -> InvalidDataException.in("file.json"));
    RECEIVERS.put(Observation.class, () -> Observation.of("alpha", 2024, Metric.GDP,
        Yuan.ofYi("1"), Release.PRELIMINARY, "off"));
    RECEIVERS.put(PublicationDate.class, () -> PublicationDate.of(LocalDate.of(2025, 1, 1)));
    RECEIVERS.put(Cluster.class, () -> Fixture.DELTA);
    RECEIVERS.put(Sector.class, () -> Sector.TERTIARY);
    RECEIVERS.put(Threshold.class, () -> Threshold.TRILLION_CLUB);
    RECEIVERS.put(Tier.class, () -> TierScheme.TRILLIONS.tiers().get(0));
    RECEIVERS.put(LeftOut.class, () -> DS.asOf(LocalDate.of(2025, 1, 1)).leftOut());
    RECEIVERS.put(Figure.class, () -> y.stats("alpha").figure(Metric.GDP).orElseThrow());
    RECEIVERS.put(Conflict.class, () -> DS.conflicts().get(0));
    RECEIVERS.put(TierMove.class, () -> c.tierMoves().get(0));
    RECEIVERS.put(RankChange.class, () -> c.rankChanges(Metric.GDP).get(0));
    RECEIVERS.put(Milestone.class, () -> DS.city("alpha").milestones().get(0));
    RECEIVERS.put(GrowthChange.class, () -> c.growthChanges().rows().get(0));
    RECEIVERS.put(ProvenanceSummary.class, DS::provenance);
    RECEIVERS.put(SectorGrowth.class, () -> y.stats("alpha").sectors().get(0));
    RECEIVERS.put(SourceGrade.class, () -> SourceGrade.PRIMARY);
    RECEIVERS.put(Table.class, () -> y.cities().table());
    RECEIVERS.put(Projection.class, () -> DS.city("delta").outlook(Threshold.TRILLION_CLUB,
        Assumption.ownAverage(1)));
    RECEIVERS.put(SeriesBreak.class, () -> SeriesBreak.CENSUS_2023);
    RECEIVERS.put(Assumption.OwnAverage.class, () -> Assumption.ownAverage(1));
    RECEIVERS.put(Assumption.GivenRate.class,
        () -> Assumption.nominalGrowth(org.citygdp.units.NominalGrowth.of("5")));
    RECEIVERS.put(Rank.class, () -> y.rank("alpha", Metric.GDP).orElseThrow());
    RECEIVERS.put(NationalShare.class, () -> y.concentration(2));
    RECEIVERS.put(NationalShares.class, () -> DS.concentration(2));
    RECEIVERS.put(Contenders.class, () -> y.contenders(Threshold.atLeast(Yuan.ofTrillions(4))));
    RECEIVERS.put(Contender.class, () -> y.contenders(Threshold.atLeast(Yuan.ofTrillions(4)))
        .rows().get(0));

    SAMPLES.put(String.class, () -> "alpha");
    SAMPLES.put(CharSequence.class, () -> "2025-01-01");
    SAMPLES.put(Metric.class, () -> Metric.GDP);
    SAMPLES.put(Yuan.class, () -> Yuan.ofYi("1"));
    SAMPLES.put(Comparable.class, () -> Yuan.ofYi("1"));
    SAMPLES.put(Object.class, () -> Yuan.ofYi("1"));
    SAMPLES.put(RealGrowth.class, () -> RealGrowth.of("5"));
    SAMPLES.put(Percent.class, () -> Percent.of("5"));
    SAMPLES.put(Population.class, () -> Population.ofPersons(1));
    SAMPLES.put(Release.class, () -> Release.PRELIMINARY);
    SAMPLES.put(SourceGrade.class, () -> SourceGrade.PRIMARY);
    SAMPLES.put(SourceType.class, () -> SourceType.STATISTICAL_COMMUNIQUE);
    SAMPLES.put(Region.class, () -> Region.EASTERN);
    SAMPLES.put(AdminRank.class, () -> AdminRank.PREFECTURE);
    SAMPLES.put(Cluster.class, () -> Fixture.DELTA);
    SAMPLES.put(Sector.class, () -> Sector.TERTIARY);
    SAMPLES.put(Threshold.class, () -> Threshold.TRILLION_CLUB);
    SAMPLES.put(TierScheme.class, () -> TierScheme.TRILLIONS);
    SAMPLES.put(Tier.class, () -> TierScheme.TRILLIONS.tiers().get(0));
    SAMPLES.put(Grouping.class, () -> Grouping.REGION);
    SAMPLES.put(Condition.class, Condition::always);
    SAMPLES.put(CitySelection.class, () -> DS.year(2024).cities());
    SAMPLES.put(LocalDate.class, () -> LocalDate.of(2025, 1, 1));
    SAMPLES.put(PublicationDate.class, () -> PublicationDate.of(LocalDate.of(2025, 1, 1)));
    SAMPLES.put(Observation.class, () -> Observation.of("alpha", 2024, Metric.GDP,
        Yuan.ofYi("1"), Release.PRELIMINARY, "off"));
    SAMPLES.put(City.class, () -> DS.cities().get(0));
    SAMPLES.put(Source.class, () -> Fixture.OFF);
    SAMPLES.put(Figure.class, () -> DS.year(2024).stats("alpha").figure(Metric.GDP)
        .orElseThrow());
    SAMPLES.put(Aggregate.class, () -> DS.year(2024).cities().sum(Metric.GDP));
    SAMPLES.put(Assumption.class, () -> Assumption.ownAverage(1));
    SAMPLES.put(SeriesBreak.class, () -> SeriesBreak.CENSUS_2023);
    SAMPLES.put(org.citygdp.units.NominalGrowth.class,
        () -> org.citygdp.units.NominalGrowth.of("5"));
    SAMPLES.put(Integer.class, () -> 2024);
    SAMPLES.put(Function.class, () -> (Function<String, Sector>) id -> Sector.TERTIARY);
    SAMPLES.put(ImmutableList.class, ImmutableList::of);
    SAMPLES.put(ImmutableSet.class, ImmutableSet::of);
    SAMPLES.put(ImmutableSortedSet.class, ImmutableSortedSet::of);
    SAMPLES.put(List.class, List::of);
    SAMPLES.put(Set.class, Set::of);
    SAMPLES.put(Collection.class, List::of);
    SAMPLES.put(Iterable.class, List::of);
  }

  /**
   * The public classes of the exported packages ({@code org.citygdp.core} and its {@code domain}),
   * by the class files next to Dataset's.
   */
  static List<Class<?>> publicClasses() throws IOException, URISyntaxException,
      ClassNotFoundException {
    Path root = Path.of(Dataset.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Class<?>> out = new ArrayList<>();
    for (String pkg : List.of("org.citygdp.core", "org.citygdp.core.domain")) {
      Path dir = root.resolve(pkg.replace('.', '/'));
      TreeSet<String> names = new TreeSet<>();
      try (Stream<Path> files = Files.list(dir)) {
        files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".class"))
            .filter(n -> !n.equals("package-info.class")).forEach(names::add);
      }
      for (String name : names) {
        Class<?> type = Class.forName(pkg + "." + name.substring(0, name.length() - 6));
        if (Modifier.isPublic(type.getModifiers()) && !Throwable.class.isAssignableFrom(type)
            && !type.isInterface() && !type.isAnnotation()
            && (type.getEnclosingClass() == null || Modifier.isStatic(type.getModifiers()))) {
          out.add(type);
        }
      }
    }
    assertThat(out).as("public classes found").hasSizeGreaterThan(30);
    return out;
  }

  static Object sample(Class<?> type) {
    if (type == int.class) {
      return 2024;
    }
    if (type == long.class) {
      return 1L;
    }
    if (type == boolean.class) {
      return false;
    }
    if (type.isArray()) {
      return java.lang.reflect.Array.newInstance(type.getComponentType(), 0);
    }
    Supplier<Object> s = SAMPLES.get(type);
    if (s == null) {
      throw new IllegalStateException("no sample argument in the test for " + type);
    }
    return s.get();
  }

}

package org.citygdp.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.citygdp.core.domain.City;
import org.citygdp.core.domain.Cluster;
import org.citygdp.core.domain.Region;
import org.citygdp.core.domain.Release;
import org.citygdp.units.Yuan;
import org.junit.jupiter.api.Test;

/**
 * What the API returns cannot be changed, and what it is given cannot change it afterwards: every
 * collection or map a public method returns refuses changes, and the lists, sets and arrays a
 * caller passes in are copied (issue #10).
 */
class ImmutabilityTest {

  @Test
  void should_return_only_unmodifiable_collections_from_every_public_method() throws Exception {
    List<String> modifiable = new ArrayList<>();
    int checked = 0;
    for (Class<?> type : ApiSamples.publicClasses()) {
      for (Method m : type.getDeclaredMethods()) {
        boolean collection = Collection.class.isAssignableFrom(m.getReturnType())
            || Map.class.isAssignableFrom(m.getReturnType());
        if (!Modifier.isPublic(m.getModifiers()) || m.isSynthetic() || m.isBridge()
            || !collection) {
          continue;
        }
        Object receiver = null;
        if (!Modifier.isStatic(m.getModifiers())) {
          receiver = ApiSamples.RECEIVERS.get(type).get();
        }
        Object[] args = new Object[m.getParameterCount()];
        for (int i = 0; i < args.length; i++) {
          args[i] = ApiSamples.sample(m.getParameterTypes()[i]);
        }
        Object result;
        try {
          result = m.invoke(receiver, args);
        } catch (InvocationTargetException e) {
          continue; // a sample the method rejects (an unknown tier label, say): nothing returned
        }
        checked++;
        if (!refusesChanges(result)) {
          modifiable.add(type.getSimpleName() + "." + m.getName() + " returned a modifiable "
              + result.getClass().getName());
        }
      }
    }
    assertThat(modifiable).isEmpty();
    assertThat(checked).as("collections checked").isGreaterThanOrEqualTo(30);
  }

  private static boolean refusesChanges(Object result) {
    try {
      if (result instanceof Map<?, ?> map) {
        map.clear();
      } else {
        ((Collection<?>) result).clear();
      }
      return false;
    } catch (UnsupportedOperationException expected) {
      return true;
    }
  }

  @Test
  void should_copy_the_collections_it_is_given() {
    Set<Cluster> clusters = new HashSet<>(Set.of(Fixture.DELTA));
    City city = City.builder("x").names("X", "X").province("P").region(Region.EASTERN)
        .divisionCode("100000").clusters(clusters).build();
    clusters.clear();
    assertThat(city.clusters()).containsExactly(Fixture.DELTA);

    String[] ids = {"alpha"};
    Condition c = Condition.idIn(ids);
    ids[0] = "beta";
    assertThat(Fixture.dataset().year(2024).cities().where(c).ids()).containsExactly("alpha");

    List<Tier> tiers = new ArrayList<>(TierScheme.TRILLIONS.tiers());
    TierScheme scheme = TierScheme.of("mine", tiers);
    tiers.clear();
    assertThat(scheme.tiers()).hasSize(5);

    Yuan[] bounds = {Yuan.ofTrillions(1), Yuan.ofTrillions(2)};
    TierScheme two = TierScheme.of("two", bounds);
    bounds[1] = Yuan.ofTrillions(3);
    assertThat(two.classify(Yuan.ofTrillions(2)).map(Tier::label)).contains(">= CNY 2000bn");
  }

  @Test
  void should_not_change_a_built_dataset_when_its_builder_goes_on() {
    Dataset.Builder b = Fixture.builder();
    List<City> more = new ArrayList<>();
    Dataset first = b.cities(more).build();
    more.add(Fixture.city("zeta", "Zeta", "己城", Region.WESTERN));

    b.city(Fixture.city("eta", "Eta", "庚城", Region.WESTERN))
        .figure("eta", 2024, Metric.GDP, Yuan.ofYi("1"), Release.PRELIMINARY, "off");
    Dataset second = b.build();

    assertThat(first.cities()).extracting(City::id)
        .containsExactly("alpha", "beta", "delta", "epsilon", "gamma");
    assertThat(first.figureCount()).isEqualTo(second.figureCount() - 1);
    assertThat(second.cities()).extracting(City::id).contains("eta").doesNotContain("zeta");
  }

  @Test
  void should_keep_selections_independent_of_each_other() {
    YearView y = Fixture.dataset().year(2024);
    CitySelection all = y.cities();
    CitySelection top = all.orderByDescending(Metric.GDP).top(2);
    CitySelection some = all.where(Condition.inRegion(Region.EASTERN));

    assertThat(all.ids()).containsExactly("alpha", "beta", "delta", "epsilon", "gamma");
    assertThat(top.ids()).containsExactly("alpha", "beta");
    assertThat(some.ids()).containsExactly("alpha", "beta");
    // the order a selection is sorted by is cached per view; one sort must not reorder another
    assertThat(all.orderBy(Metric.GDP).ids())
        .containsExactly("delta", "gamma", "beta", "alpha", "epsilon");
    assertThat(all.orderByDescending(Metric.GDP).ids())
        .containsExactly("alpha", "beta", "gamma", "delta", "epsilon");
    assertThatThrownBy(() -> all.ids().add("x")).isInstanceOf(UnsupportedOperationException.class);
    assertThat(Arrays.asList(all.cities().toArray())).hasSize(5);
  }
}

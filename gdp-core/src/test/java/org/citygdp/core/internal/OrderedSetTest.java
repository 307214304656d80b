package org.citygdp.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.Set;
import org.citygdp.core.domain.City;
import org.citygdp.core.domain.Cluster;
import org.citygdp.core.domain.Region;
import org.junit.jupiter.api.Test;

/** The set a city keeps its clusters in (issue #11): order, repeats, equality, immutability. */
class OrderedSetTest {

  @Test
  void should_keep_the_first_order_and_drop_repeats() {
    OrderedSet<String> s = OrderedSet.copyOf("xs", List.of("b", "a", "b", "c", "a"));
    assertThat(s).containsExactly("b", "a", "c");
    assertThat(s.size()).isEqualTo(3);
    assertThat(s.get(1)).isEqualTo("a");
    assertThat(s.contains("c")).isTrue();
    assertThat(s.contains("d")).isFalse();
    assertThat(s.contains(null)).isFalse();
  }

  @Test
  void should_equal_any_set_with_the_same_elements_and_hash_alike() {
    OrderedSet<String> s = OrderedSet.copyOf("xs", List.of("b", "a"));
    Set<String> other = new HashSet<>(List.of("a", "b"));
    assertThat(s).isEqualTo(other);
    assertThat(other).isEqualTo(s);
    assertThat(s.hashCode()).isEqualTo(other.hashCode());
    assertThat(s).isNotEqualTo(Set.of("a"));
    assertThat(OrderedSet.of()).isEqualTo(Set.of()).hasSize(0);
    assertThat(s.toString()).isEqualTo("[b, a]");
  }

  @Test
  void should_name_a_null_element() {
    assertThatThrownBy(() -> OrderedSet.copyOf("clusters", Arrays.asList("a", null)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("clusters[1] must not be null");
  }

  @Test
  void should_refuse_every_change() {
    OrderedSet<String> s = OrderedSet.copyOf("xs", List.of("a", "b"));
    assertThatThrownBy(() -> s.add("c")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> s.remove("a")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> s.addAll(List.of("c")))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> s.removeAll(List.of("a")))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> s.retainAll(List.of("a")))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> s.removeIf(x -> true))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(s::clear).isInstanceOf(UnsupportedOperationException.class);
    Iterator<String> it = s.iterator();
    it.next();
    assertThatThrownBy(it::remove).isInstanceOf(UnsupportedOperationException.class);
    it.next();
    assertThatThrownBy(it::next).isInstanceOf(NoSuchElementException.class);
    Object[] copy = s.toArray();
    copy[0] = "z";
    assertThat(s).containsExactly("a", "b");
    assertThat(s).containsExactly("a", "b");
  }

  @Test
  void should_agree_with_a_linked_hash_set_on_generated_lists_small_and_large() {
    Random random = new Random(11);
    for (int round = 0; round < 300; round++) {
      int n = random.nextInt(round < 150 ? 10 : 60);
      List<Integer> given = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        given.add(random.nextInt(1 + n / 2 + random.nextInt(8)));
      }
      Set<Integer> reference = new LinkedHashSet<>(given);
      OrderedSet<Integer> s = OrderedSet.copyOf("xs", given);
      assertThat(s).as("%s", given).containsExactlyElementsOf(reference);
      assertThat(s).isEqualTo(reference);
      assertThat(s.hashCode()).isEqualTo(reference.hashCode());
      for (int probe = -1; probe <= n + 8; probe++) {
        assertThat(s.contains(probe)).as("%s contains %d", given, probe)
            .isEqualTo(reference.contains(probe));
      }
    }
  }

  @Test
  void should_give_a_city_its_clusters_in_the_order_given_without_repeats() {
    Cluster yrd = Cluster.of("YRD", "Yangtze River Delta", "长三角");
    Cluster ppp = Cluster.of("PRD", "Pearl River", "珠三角");
    City c = City.builder("xian").names("Xi'an", "西安").province("Shaanxi")
        .region(Region.WESTERN).divisionCode("610100").clusters(ppp, yrd, ppp).build();
    assertThat(c.clusters()).containsExactly(ppp, yrd).isInstanceOf(OrderedSet.class);
    assertThat(c.isIn(yrd)).isTrue();
    assertThat(c).isEqualTo(new City(c.id(), c.nameEn(), c.nameZh(), c.pinyin(), c.province(),
        c.region(), c.rank(), c.divisionCode(), new LinkedHashSet<>(List.of(yrd, ppp))));
    assertThatThrownBy(() -> c.clusters().add(yrd))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}

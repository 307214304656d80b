package org.citygdp.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;

/**
 * The keys of the engine's caches: a view key and a provenance key are equal exactly when all
 * their parts are (a cache that confused two views would answer for the wrong one), and an
 * undated view key ignores the date it was given.
 */
class EngineKeysTest {
  @Test
  void should_compare_view_keys_by_every_part() {
    EqualsVerifier.forClass(Corpus.ViewKey.class).verify();
    Corpus.ViewKey latest = new Corpus.ViewKey(false, 20_000, false, 3);
    assertThat(latest).isEqualTo(new Corpus.ViewKey(false, 19_000, false, 3))
        .hasSameHashCodeAs(new Corpus.ViewKey(false, 19_000, false, 3));
    assertThat(latest.dated()).isFalse();
    Corpus.ViewKey dated = new Corpus.ViewKey(true, 20_000, false, 3);
    assertThat(dated.dated()).isTrue();
    assertThat(dated).isNotEqualTo(latest)
        .isNotEqualTo(new Corpus.ViewKey(true, 20_001, false, 3))
        .isNotEqualTo(new Corpus.ViewKey(true, 20_000, true, 3))
        .isNotEqualTo(new Corpus.ViewKey(true, 20_000, false, 2))
        .isEqualTo(new Corpus.ViewKey(true, 20_000, false, 3));
  }

  @Test
  void should_compare_provenance_keys_by_every_part() throws ClassNotFoundException {
    EqualsVerifier.forClass(Class.forName("org.citygdp.core.engine.Corpus$ProvKey")).verify();
  }
}

/**
 * citygdp core: exact units, the domain and the fluent query API. Depends at run time on Guava.
 */
@org.jspecify.annotations.NullMarked
module org.citygdp.core {
  requires transitive com.google.common;
  requires transitive org.jspecify;
  requires static com.google.errorprone.annotations;

  exports org.citygdp.core;
  exports org.citygdp.core.domain;
  exports org.citygdp.units;
  // not exported: org.citygdp.core.engine (the columnar machinery) and org.citygdp.core.internal
}

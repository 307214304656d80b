/**
 * citygdp core: exact units, the domain and the fluent query API. Depends at run time on Guava.
 */
@org.jspecify.annotations.NullMarked
module org.citygdp.core {
  requires transitive com.google.common;
  requires transitive org.jspecify;
  requires static com.google.errorprone.annotations;

  exports org.citygdp.core;
  exports org.citygdp.units;
}

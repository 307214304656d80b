/**
 * citygdp data: the bundled datasets, the JSON loader and the trillion-yuan club report.
 */
@org.jspecify.annotations.NullMarked
module org.citygdp.data {
  requires transitive org.citygdp.core;
  requires com.fasterxml.jackson.core;

  exports org.citygdp.data;}

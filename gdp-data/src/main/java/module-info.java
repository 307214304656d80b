/**
 * citygdp data: the bundled datasets, the JSON and CSV loader and the trillion-yuan club report.
 */
@org.jspecify.annotations.NullMarked
module org.citygdp.data {
  requires transitive org.citygdp.core;
  requires com.fasterxml.jackson.core;
  // user data is read into databind's tree model and from CSV; no class is bound or opened to
  // Jackson, and no polymorphic typing is enabled (issue #10)
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.csv;

  exports org.citygdp.data;
}

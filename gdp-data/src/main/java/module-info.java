/**
 * citygdp data: the bundled datasets, the JSON and CSV loader, the trillion-yuan club report, and
 * export to JSON and CSV ({@code org.citygdp.data.export}).
 */
@org.jspecify.annotations.NullMarked
module org.citygdp.data {
  requires transitive org.citygdp.core;
  requires com.fasterxml.jackson.core;
  // user data is read into databind's tree model and from CSV; no class is bound or opened to
  // Jackson, and no polymorphic typing is enabled (issue #10). The export module's serializers
  // write every value by hand: nothing is opened to Jackson for export either (issue #13)
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.csv;

  // the report's command line (ClubReport.main): picocli is optional, so a library user does not
  // carry it; on the module path run the report with --add-modules info.picocli (issue #13)
  requires static info.picocli;
  // and its chart (--chart=FILE), drawn by JFreeChart, optional too: --add-modules
  // org.jfree.jfreechart,java.desktop
  requires static org.jfree.jfreechart;
  requires static java.desktop;

  exports org.citygdp.data;
  exports org.citygdp.data.export;
  opens org.citygdp.data.cli to info.picocli;
}

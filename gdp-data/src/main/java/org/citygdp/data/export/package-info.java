/**
 * Getting data out: JSON and CSV of every public value and result, and whole datasets in the
 * loading format.
 *
 * <pre>{@code
 * ObjectMapper json = new ObjectMapper().registerModule(new CityGdpJacksonModule());
 * json.writeValueAsString(y.stats("beijing"));        // figures with their sources
 * json.readValue("{\"value\":\"5207.34\",\"unit\":\"100M CNY\"}", Yuan.class);
 *
 * CsvExport.of(y.members(Threshold.TRILLION_CLUB));   // a header row, units in the column names
 *
 * DatasetExport.writeJson(china, out);                 // DatasetLoader.fromStream reads it back
 * DatasetExport.writeCsv(china, Path.of("china-csv")); // DatasetLoader.fromDirectory reads it back
 * }</pre>
 *
 * <p>{@link org.citygdp.data.export.CityGdpJacksonModule} writes units as exact decimal strings
 * with the unit named, reads them back strictly, and writes every result with the provenance of
 * its figures. {@link org.citygdp.data.export.CsvExport} writes the table-shaped results.
 * {@link org.citygdp.data.export.DatasetExport} writes a whole dataset so that loading it gives
 * the same dataset, or refuses with an {@link org.citygdp.data.export.ExportException}.
 */
@NullMarked
package org.citygdp.data.export;

import org.jspecify.annotations.NullMarked;

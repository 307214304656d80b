/**
 * Bundled, sourced datasets and their loaders.
 *
 * <pre>{@code
 * Dataset china = ChinaCities.load();                       // the bundled trillion-yuan cities
 * Dataset mine = DatasetLoader.fromDirectory(Path.of("my-data")).load();  // your JSON or CSV files
 * Dataset both = ChinaCities.loader().merge(DatasetLoader.fromDirectory(Path.of("my-data"))).load();
 * Dataset one = DatasetLoader.fromStream(in, "my-data.json").load();       // one JSON document
 * }</pre>
 *
 * <p>The file formats are documented in the module's {@code DATA-FORMAT.md}. Loading validates
 * everything and fails as a whole with an {@link org.citygdp.core.InvalidDataException} listing
 * every problem found (up to 50), each naming the file, the line and column, the JSON pointer or
 * CSV row, the field, the value and the rule: never a half-loaded dataset. Only regular files
 * inside the dataset's directory are read, each of bounded size, in UTF-8.
 */
@NullMarked
package org.citygdp.data;

import org.jspecify.annotations.NullMarked;

/**
 * Bundled, sourced datasets and their loaders.
 *
 * <pre>{@code
 * Dataset china = ChinaCities.load();                       // the bundled trillion-yuan cities
 * Dataset mine = DatasetLoader.fromDirectory(Path.of("my-data")).load();  // same format, your files
 * }</pre>
 *
 * <p>The file format is documented in the module's {@code DATA-FORMAT.md}. Loading validates
 * everything and fails as a whole with an {@link org.citygdp.core.InvalidDataException} naming the
 * file, the position, the field, the value and the rule: never a half-loaded dataset.
 */
@NullMarked
package org.citygdp.data;

import org.jspecify.annotations.NullMarked;

package org.citygdp.core;

import org.jspecify.annotations.Nullable;

/**
 * The base of every exception this library throws on purpose. Unchecked. Its kinds:
 * {@link InvalidDataException} (input broke a rule; a loader lists every problem it found, each
 * located), {@link UnknownCityException} (an id or name that is not in the dataset, with the
 * nearest known cities), {@link AmbiguousCityException} (a name several cities share, with every
 * candidate), {@link YearNotCoveredException} and {@link MissingFigureException}.
 *
 * <pre>{@code
 * try {
 *   DatasetLoader.fromDirectory(Path.of("my-data")).load();
 * } catch (CityGdpException e) {
 *   System.err.println(e.getMessage());   // bounded in length, names the place and the rule
 * }
 * }</pre>
 */
public class CityGdpException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public CityGdpException(String message) {
    super(message);
  }

  public CityGdpException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}

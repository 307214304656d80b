package org.citygdp.core;

/**
 * A figure that a query needs was not published (or not in this view), e.g. the national growth
 * of a year with no national benchmark. Missing figures are never replaced by zeros.
 */
public class MissingFigureException extends CityGdpException {
  private static final long serialVersionUID = 1L;

  public MissingFigureException(String message) {
    super(message);
  }
}

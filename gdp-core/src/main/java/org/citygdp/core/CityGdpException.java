package org.citygdp.core;

/** The base of every exception this library throws on purpose. Unchecked. */
public class CityGdpException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public CityGdpException(String message) {
    super(message);
  }

  public CityGdpException(String message, Throwable cause) {
    super(message, cause);
  }
}

package org.citygdp.data.export;

import org.citygdp.core.CityGdpException;

/**
 * A dataset or result that cannot be exported whole: a filtered view of a dataset, a figure the
 * public API does not reach, a definition the loading format cannot hold. Nothing is written
 * when it is thrown by {@link DatasetExport}: never a partial dataset.
 */
public final class ExportException extends CityGdpException {
  private static final long serialVersionUID = 1L;

  /** An export refused for the reason {@code message} gives. */
  public ExportException(String message) {
    super(message);
  }
}

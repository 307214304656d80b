package org.citygdp.data;

/**
 * One file of a dataset, read, size-checked and decoded from strict UTF-8: its name as the manifest
 * gives it, the name error messages use, and its text. Not part of the API.
 */
final class DataFile {
  /** The name relative to the dataset, as the manifest gives it, e.g. {@code figures/xian.json}. */
  final String name;
  /** The name errors use: the dataset's description and the name, e.g. a full path. */
  final String source;
  final String text;
  final boolean csv;

  DataFile(String name, String source, String text) {
    this.name = name;
    this.source = source;
    this.text = text;
    this.csv = name.endsWith(".csv");
  }

  @Override
  public String toString() {
    return source;
  }
}

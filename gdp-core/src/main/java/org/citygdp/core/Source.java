package org.citygdp.core;

import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where figures came from: publisher, title, URL, publication date, whether it is an official
 * publication, and what kind of document it is.
 *
 * <pre>{@code
 * Source s = Source.builder("xian-2025-communique")
 *     .publisher("Xi'an Municipal Bureau of Statistics")
 *     .title("2025年西安市国民经济和社会发展统计公报")
 *     .url("https://tjj.xa.gov.cn/")
 *     .publishedOn(LocalDate.of(2026, 5, 15))
 *     .official(true).sourceType(SourceType.STATISTICAL_COMMUNIQUE)
 *     .build();
 * }</pre>
 */
public record Source(
    String id,
    String publisher,
    String title,
    @Nullable String url,
    @Nullable LocalDate publishedOn,
    boolean official,
    SourceType sourceType,
    @Nullable String seenIn) {

  /**
   * Validates the id ({@code [a-z0-9][a-z0-9-]*}), that publisher and title are given, and that
   * the source can be found again: by its {@code url}, or by {@code seenIn} (where a stored copy
   * was read) when the original has no known address.
   */
  public Source {
    Checks.matches("source id", id, Checks.SOURCE_ID, "lower-case ASCII with hyphens");
    Checks.notBlank("source publisher", publisher);
    Checks.notBlank("source title", title);
    if ((url == null || url.isBlank()) && (seenIn == null || seenIn.isBlank())) {
      throw new IllegalArgumentException("source '" + id + "' must have a url or a seenIn");
    }
  }

  public static Builder builder(String id) {
    return new Builder(id);
  }

  /** The publication date, if known. Figures whose date is unknown are left out of as-of views. */
  public Optional<LocalDate> publicationDate() {
    return Optional.ofNullable(publishedOn);
  }

  /** The address of the original document, if known. */
  public Optional<String> address() {
    return Optional.ofNullable(url);
  }

  /** Where the stored copy was read, if not at {@link #url()}. */
  public Optional<String> seenInCopy() {
    return Optional.ofNullable(seenIn);
  }

  /** One line for footnotes: publisher, title, date and URL. */
  public String citation() {
    return publisher + ", \"" + title + "\"" + (publishedOn == null ? "" : ", " + publishedOn)
        + ", " + (url != null ? url : "seen in " + seenIn) + (official ? "" : " (secondary)");
  }

  @Override
  public String toString() {
    return id;
  }

  /** A builder of {@link Source}. */
  public static final class Builder {
    private final String id;
    private String publisher = "";
    private String title = "";
    private @Nullable String url;
    private @Nullable LocalDate publishedOn;
    private boolean official;
    private SourceType sourceType = SourceType.SECONDARY_COMPILATION;
    private @Nullable String seenIn;

    private Builder(String id) {
      this.id = id;
    }

    public Builder publisher(String publisher) {
      this.publisher = publisher;
      return this;
    }

    public Builder title(String title) {
      this.title = title;
      return this;
    }

    public Builder url(@Nullable String url) {
      this.url = url;
      return this;
    }

    public Builder publishedOn(@Nullable LocalDate publishedOn) {
      this.publishedOn = publishedOn;
      return this;
    }

    public Builder official(boolean official) {
      this.official = official;
      return this;
    }

    public Builder sourceType(SourceType sourceType) {
      this.sourceType = sourceType;
      return this;
    }

    public Builder seenIn(@Nullable String seenIn) {
      this.seenIn = seenIn;
      return this;
    }

    public Source build() {
      return new Source(id, publisher, title, url, publishedOn, official, sourceType, seenIn);
    }
  }
}

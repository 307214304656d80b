package org.citygdp.core.domain;

import java.time.LocalDate;
import java.util.Optional;
import org.citygdp.core.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * A document figures were read in: its publisher, title, publication date, an address a reader
 * can open (the document's own page, or an exact copy in a public repository at a commit), its
 * {@link SourceGrade grade} and what kind of document it is.
 *
 * <pre>{@code
 * Source s = Source.builder("xinhua-2026-01-23-dalian")
 *     .publisher("Xinhua News Agency")
 *     .title("Dalian's GDP tops 1 trillion yuan")
 *     .url("https://www.news.cn/20260123/a36afd014c954dab96e08c009002db2e/c.html")
 *     .publishedOn(LocalDate.of(2026, 1, 23))
 *     .grade(SourceGrade.OFFICIAL_MEDIA).sourceType(SourceType.NEWS_AGENCY)
 *     .build();
 * s.citation();   // Xinhua News Agency, "Dalian's GDP tops …", 2026-01-23, https://… [OFFICIAL_MEDIA]
 * }</pre>
 *
 * @param url the document's own address ({@code http} or {@code https}, not a site's home page),
 *     or {@code null} when {@code copy} is given
 * @param copy an exact copy in a public repository, {@code owner/repo@<40-hex commit>:path}, or
 *     {@code null}
 * @param published when the document was published, or {@code null} if unknown (its figures are
 *     then in no as-of view)
 */
public record Source(
    String id,
    String publisher,
    String title,
    @Nullable String url,
    @Nullable String copy,
    @Nullable PublicationDate published,
    SourceGrade grade,
    SourceType sourceType) {

  /** The longest address accepted. */
  public static final int MAX_ADDRESS_LENGTH = 2000;

  /**
   * Validates the id ({@code [a-z0-9][a-z0-9-]*}), that publisher and title are given, and that
   * the document can be opened: by its {@code url}, by an exact {@code copy}, or both.
   *
   * @throws IllegalArgumentException naming the field, the value and the rule
   */
  public Source {
    Checks.notNull("id", id);
    Checks.notNull("publisher", publisher);
    Checks.notNull("title", title);
    Checks.notNull("grade", grade);
    Checks.notNull("sourceType", sourceType);
    Checks.matches("source id", id, Checks.SOURCE_ID, "lower-case ASCII with hyphens");
    Checks.notBlank("source publisher", publisher);
    Checks.notBlank("source title", title);
    if (url == null && copy == null) {
      throw new IllegalArgumentException("source '" + Checks.shown(id)
          + "' must have a url or a copy (owner/repo@commit:path) that a reader can open");
    }
    if (url != null) {
      checkUrl(id, url);
    }
    if (copy != null) {
      checkCopy(id, copy);
    }
  }

  private static void checkUrl(String id, String url) {
    String rule = "must be an http(s) address of the document itself (not a site's home page), "
        + "without spaces, at most " + MAX_ADDRESS_LENGTH + " characters";
    int scheme = url.startsWith("https://") ? 8 : url.startsWith("http://") ? 7 : -1;
    boolean ok = scheme > 0 && url.length() <= MAX_ADDRESS_LENGTH;
    for (int i = 0; ok && i < url.length(); i++) {
      char c = url.charAt(i);
      ok = c > ' ' && c != 0x7f;
    }
    int slash = ok ? url.indexOf('/', scheme) : -1;
    int query = ok ? url.indexOf('?', scheme) : -1;
    int hostEnd = slash < 0 ? (query < 0 ? url.length() : query)
        : (query < 0 ? slash : Math.min(slash, query));
    ok = ok && hostEnd > scheme && url.charAt(scheme) != '.'
        && hostEnd < url.length() && !url.substring(hostEnd).equals("/");
    if (!ok) {
      throw new IllegalArgumentException(
          "source '" + Checks.shown(id) + "' url '" + shorten(url) + "' " + rule);
    }
  }

  private static void checkCopy(String id, String copy) {
    int at = copy.indexOf('@');
    int colon = at < 0 ? -1 : copy.indexOf(':', at);
    String repo = at < 0 ? "" : copy.substring(0, at);
    int slash = repo.indexOf('/');
    boolean ok = copy.length() <= MAX_ADDRESS_LENGTH && slash > 0 && slash == repo.lastIndexOf('/')
        && slash < repo.length() - 1 && colon == at + 41 && colon < copy.length() - 1;
    for (int i = 0; ok && i < repo.length(); i++) {
      char c = repo.charAt(i);
      ok = c == '/' || c == '-' || c == '_' || c == '.' || c >= 'a' && c <= 'z'
          || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
    for (int i = at + 1; ok && i < colon; i++) {
      char c = copy.charAt(i);
      ok = c >= '0' && c <= '9' || c >= 'a' && c <= 'f';
    }
    for (int i = colon + 1; ok && i < copy.length(); i++) {
      ok = copy.charAt(i) > ' ';
    }
    if (!ok) {
      throw new IllegalArgumentException("source '" + Checks.shown(id) + "' copy '" + shorten(copy)
          + "' must be owner/repo@<40-hex commit>:path, naming an exact copy in a public repository");
    }
  }

  private static String shorten(String s) {
    return s.length() > 80 ? s.substring(0, 80) + "…" : s;
  }

  public static Builder builder(String id) {
    return new Builder(Checks.notNull("id", id));
  }

  /** The publication date, if known. Figures whose date is unknown are in no as-of view. */
  public Optional<PublicationDate> publicationDate() {
    return Optional.ofNullable(published);
  }

  /** The address of the document itself, if it has one. */
  public Optional<String> address() {
    return Optional.ofNullable(url);
  }

  /** The exact copy in a public repository ({@code owner/repo@commit:path}), if there is one. */
  public Optional<String> exactCopy() {
    return Optional.ofNullable(copy);
  }

  /**
   * Where a reader opens the document: its own address, or else the copy's address on GitHub
   * ({@code https://github.com/owner/repo/blob/commit/path}).
   */
  public String link() {
    if (url != null) {
      return url;
    }
    String c = java.util.Objects.requireNonNull(copy);
    int at = c.indexOf('@');
    int colon = c.indexOf(':', at);
    return "https://github.com/" + c.substring(0, at) + "/blob/" + c.substring(at + 1, colon)
        + "/" + c.substring(colon + 1);
  }

  /** Whether the grade is {@link SourceGrade#PRIMARY} or {@link SourceGrade#OFFICIAL_MEDIA}. */
  public boolean official() {
    return grade.isOfficial();
  }

  /** One line for footnotes: publisher, title, date, where to open it, and the grade. */
  public String citation() {
    return publisher + ", \"" + title + "\"" + (published == null ? ", undated" : ", " + published)
        + ", " + link() + (url != null && copy != null ? " (exact copy: " + copy + ")" : "")
        + " [" + grade + "]";
  }

  @Override
  public String toString() {
    return id;
  }

  /** A builder of {@link Source}. Publisher, title, grade and an address are required. */
  public static final class Builder {
    private final String id;
    private String publisher = "";
    private String title = "";
    private @Nullable String url;
    private @Nullable String copy;
    private @Nullable PublicationDate published;
    private @Nullable SourceGrade grade;
    private SourceType sourceType = SourceType.SECONDARY_COMPILATION;

    private Builder(String id) {
      this.id = id;
    }

    public Builder publisher(String publisher) {
      this.publisher = Checks.notNull("publisher", publisher);
      return this;
    }

    public Builder title(String title) {
      this.title = Checks.notNull("title", title);
      return this;
    }

    public Builder url(@Nullable String url) {
      this.url = url;
      return this;
    }

    /** An exact copy in a public repository: {@code owner/repo@<40-hex commit>:path}. */
    public Builder copy(@Nullable String copy) {
      this.copy = copy;
      return this;
    }

    /** Published on this day. */
    public Builder publishedOn(@Nullable LocalDate day) {
      this.published = day == null ? null : PublicationDate.of(day);
      return this;
    }

    /** Published on this date, known to the day, the month or the year. */
    public Builder published(@Nullable PublicationDate date) {
      this.published = date;
      return this;
    }

    public Builder grade(SourceGrade grade) {
      this.grade = Checks.notNull("grade", grade);
      return this;
    }

    public Builder sourceType(SourceType sourceType) {
      this.sourceType = Checks.notNull("sourceType", sourceType);
      return this;
    }

    /** @throws IllegalArgumentException if a rule of {@link Source} is broken or no grade is set */
    public Source build() {
      if (grade == null) {
        throw new IllegalArgumentException("source '" + Checks.shown(id) + "' must have a grade "
            + "(PRIMARY, OFFICIAL_MEDIA, SECONDARY or COMPILATION)");
      }
      return new Source(id, publisher, title, url, copy, published, grade, sourceType);
    }
  }
}

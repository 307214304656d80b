package org.citygdp.core.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Pins Source's address rules at their edges (the 2000-character limit, the characters an
 * owner/repo may hold, the 40-hex commit, a path without spaces), the shortened address in the
 * message, and the accessors, link and citation of a source with an address, a copy or both.
 */
class SourceTest {
  private static final String HEX = "1dce311a9ab55b0ff528b60ad6f4202e9790051e";
  private static final String URL_RULE = "must be an http(s) address of the document itself (not"
      + " a site's home page), without spaces, at most 2000 characters";
  private static final String COPY_RULE = "must be owner/repo@<40-hex commit>:path, naming an"
      + " exact copy in a public repository";

  private static String times(int n, String s) {
    return String.join("", Collections.nCopies(n, s));
  }

  private static Source.Builder base() {
    return Source.builder("x").publisher("P").title("T").grade(SourceGrade.SECONDARY);
  }

  private static Source withUrl(String url) {
    return base().url(url).build();
  }

  private static Source withCopy(String copy) {
    return base().copy(copy).build();
  }

  @Test
  void http_and_https_addresses_of_a_document_are_accepted() {
    for (String ok : new String[] {"https://x.org/a", "http://x.org/a", "https://x.org?id=3",
        "http://x.org?id=3", "https://x.org/?id=3", "https://x.org/a?b=/c"}) {
      assertThat(withUrl(ok).address()).as(ok).isEqualTo(Optional.of(ok));
    }
  }

  @Test
  void other_schemes_and_home_pages_are_refused() {
    for (String bad : new String[] {"ftp://ab.org/x", "file://ab.org/x", "https://x.org",
        "https://x.org/", "http://x.org/", "https://.x.org/a", "https://?a=1", "https:/x.org/a",
        "https://x.org/a\tb", "https://x.org/a\u007fb"}) {
      assertThatThrownBy(() -> withUrl(bad)).as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("source 'x' url '" + bad + "' " + URL_RULE);
    }
  }

  @Test
  void an_address_of_2000_characters_is_accepted_and_of_2001_refused() {
    String head = "https://x.org/";
    String at = head + times(2000 - head.length(), "a");
    assertThat(withUrl(at).link()).isEqualTo(at);
    assertThatThrownBy(() -> withUrl(at + "a")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("source 'x' url '" + (at + "a").substring(0, 80) + "…' " + URL_RULE);
  }

  @Test
  void an_address_in_the_message_is_cut_after_80_characters() {
    String eighty = "ftp://" + times(74, "a");
    assertThatThrownBy(() -> withUrl(eighty))
        .hasMessage("source 'x' url '" + eighty + "' " + URL_RULE);
    assertThatThrownBy(() -> withUrl(eighty + "b"))
        .hasMessage("source 'x' url '" + eighty + "…' " + URL_RULE);
    String copy = "o/r@" + HEX + ":" + times(34, "a") + " b";
    assertThat(copy).hasSize(81);
    assertThatThrownBy(() -> withCopy(copy))
        .hasMessage("source 'x' copy '" + copy.substring(0, 80) + "…' " + COPY_RULE);
    assertThatThrownBy(() -> withCopy(copy.substring(1)))
        .hasMessage("source 'x' copy '" + copy.substring(1) + "' " + COPY_RULE);
  }

  @Test
  void a_copy_repository_may_hold_letters_digits_and_four_marks() {
    for (String repo : new String[] {"o/r", "aAzZ09-_.x/r.git", "Zz/a0", "9/Z", "A_b/c-d.e"}) {
      String copy = repo + "@" + HEX + ":p";
      assertThat(withCopy(copy).exactCopy()).as(copy).isEqualTo(Optional.of(copy));
    }
  }

  @Test
  void a_copy_repository_with_any_other_character_is_refused() {
    for (String repo : new String[] {"o`/r", "o{/r", "o[/r", "o@x/r", "o:/r", "o!/r", "o /r",
        "o/r~", "o\u00e9/r", "o,/r", "o+/r"}) {
      String copy = repo + "@" + HEX + ":p";
      assertThatThrownBy(() -> withCopy(copy)).as(copy)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("source 'x' copy '" + copy + "' " + COPY_RULE);
    }
  }

  @Test
  void a_copy_needs_one_owner_one_repo_a_40_hex_commit_and_a_path() {
    for (String bad : new String[] {"/r@" + HEX + ":p", "o/@" + HEX + ":p", "/@" + HEX + ":p",
        "o/r/s@" + HEX + ":p", "or@" + HEX + ":p", "o/r@" + HEX + ":", "o/r@" + HEX + "0:p",
        "o/r@" + HEX.substring(1) + ":p", "o/r@" + HEX.toUpperCase() + ":p",
        "o/r@" + times(40, "g") + ":p", "o/r@" + HEX.substring(0, 39) + "-:p",
        "o/r@" + HEX + ":a b", "o/r@" + HEX + ": ", "o/r@" + HEX + ":a\nb", "o/r" + HEX + ":p"}) {
      assertThatThrownBy(() -> withCopy(bad)).as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("copy");
    }
    assertThat(withCopy("o/r@" + HEX + ":a").exactCopy()).contains("o/r@" + HEX + ":a");
    assertThat(withCopy("o/r@" + HEX + ":a:b@c").exactCopy()).contains("o/r@" + HEX + ":a:b@c");
  }

  @Test
  void a_copy_of_2000_characters_is_accepted_and_of_2001_refused() {
    String head = "o/r@" + HEX + ":";
    String at = head + times(2000 - head.length(), "p");
    assertThat(withCopy(at).exactCopy()).contains(at);
    assertThatThrownBy(() -> withCopy(at + "p")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("copy");
  }

  @Test
  void a_source_with_an_address_links_to_it() {
    Source s = Source.builder("xinhua-1").publisher("Xinhua").title("Dalian tops")
        .url("https://www.news.cn/a.html").grade(SourceGrade.OFFICIAL_MEDIA)
        .sourceType(SourceType.NEWS_AGENCY).build();
    assertThat(s.address()).isEqualTo(Optional.of("https://www.news.cn/a.html"));
    assertThat(s.exactCopy()).isEmpty();
    assertThat(s.publicationDate()).isEmpty();
    assertThat(s.link()).isEqualTo("https://www.news.cn/a.html");
    assertThat(s.official()).isTrue();
    assertThat(s.citation())
        .isEqualTo("Xinhua, \"Dalian tops\", undated, https://www.news.cn/a.html [OFFICIAL_MEDIA]");
    assertThat(s).hasToString("xinhua-1");
  }

  @Test
  void a_source_with_both_links_to_its_address_and_cites_the_copy() {
    String copy = "o/r@" + HEX + ":raw/a.html";
    Source s = Source.builder("s-2").publisher("P").title("T").url("https://x.org/a")
        .copy(copy).publishedOn(LocalDate.of(2026, 1, 23)).grade(SourceGrade.PRIMARY).build();
    assertThat(s.address()).contains("https://x.org/a");
    assertThat(s.exactCopy()).contains(copy);
    assertThat(s.publicationDate()).contains(PublicationDate.parse("2026-01-23"));
    assertThat(s.link()).isEqualTo("https://x.org/a");
    assertThat(s.official()).isTrue();
    assertThat(s.citation()).isEqualTo("P, \"T\", 2026-01-23, https://x.org/a (exact copy: "
        + copy + ") [PRIMARY]");
    assertThat(s).hasToString("s-2");
  }

  @Test
  void a_source_with_only_a_copy_links_to_it_on_github() {
    Source s = base().copy("own-er/re.po@" + HEX + ":dir/a.html")
        .published(PublicationDate.ofYear(2025)).build();
    assertThat(s.address()).isEmpty();
    assertThat(s.link())
        .isEqualTo("https://github.com/own-er/re.po/blob/" + HEX + "/dir/a.html");
    assertThat(s.official()).isFalse();
    assertThat(s.citation()).isEqualTo("P, \"T\", 2025, https://github.com/own-er/re.po/blob/"
        + HEX + "/dir/a.html [SECONDARY]");
    assertThat(base().grade(SourceGrade.COMPILATION).url("https://x.org/a").build().official())
        .isFalse();
  }
}

package org.citygdp.data;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * The byte-level rules every dataset file follows, checked before any parser sees it: UTF-8
 * without a byte-order mark (no UTF-16 or UTF-32), no NUL anywhere, valid UTF-8 sequences only;
 * and the character rules every text value follows. Not part of the API.
 */
final class TextCheck {
  private TextCheck() {}

  /** A rule broken at a byte offset of a file. */
  static final class Bad extends Exception {
    private static final long serialVersionUID = 1L;
    final int line;
    final int column;
    final String rule;

    Bad(int line, int column, String rule) {
      super(rule, null, false, false);
      this.line = line;
      this.column = column;
      this.rule = rule;
    }
  }

  static final String UTF8_ONLY = "files must be UTF-8, without a byte-order mark";

  /**
   * The text of a file's bytes.
   *
   * @throws Bad naming the place and the rule if the bytes are not BOM-less UTF-8 without NUL
   */
  static String decode(byte[] b) throws Bad {
    int n = b.length;
    if (n >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xFF) == 0xFE && (b[3] & 0xFF) == 0xFF
        || n >= 4 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE && b[2] == 0 && b[3] == 0) {
      throw new Bad(1, 1, "is UTF-32 (it starts with a UTF-32 byte-order mark); " + UTF8_ONLY);
    }
    if (n >= 2 && ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF
        || (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE)) {
      throw new Bad(1, 1, "is UTF-16 (it starts with a UTF-16 byte-order mark); " + UTF8_ONLY);
    }
    if (n >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      throw new Bad(1, 1, "starts with a UTF-8 byte-order mark; " + UTF8_ONLY);
    }
    for (int i = 0; i < n; i++) {
      if (b[i] == 0) {
        String guess = utf16or32(b);
        if (guess != null) {
          throw new Bad(1, 1, "looks like " + guess + " (NUL bytes between characters); "
              + UTF8_ONLY);
        }
        int[] at = lineAndColumn(b, i);
        throw new Bad(at[0], at[1], "must not contain NUL characters (U+0000)");
      }
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(b);
    CharBuffer out = CharBuffer.allocate(n);
    java.nio.charset.CoderResult r = decoder.decode(in, out, true);
    if (r.isError()) {
      int[] at = lineAndColumn(b, in.position());
      throw new Bad(at[0], at[1], "is not valid UTF-8 (byte 0x"
          + Integer.toHexString(b[in.position()] & 0xFF).toUpperCase(java.util.Locale.ROOT)
          + "); " + UTF8_ONLY);
    }
    r = decoder.flush(out);
    out.flip();
    return out.toString();
  }

  /** "UTF-16" or "UTF-32" if the NUL bytes fall where those encodings put them in ASCII text. */
  private static @Nullable String utf16or32(byte[] b) {
    int n = Math.min(b.length, 64) & ~3;
    if (n < 4) {
      return null;
    }
    boolean utf32be = true;
    boolean utf32le = true;
    boolean utf16be = true;
    boolean utf16le = true;
    for (int i = 0; i < n; i += 4) {
      utf32be &= b[i] == 0 && b[i + 1] == 0 && b[i + 2] == 0 && b[i + 3] != 0;
      utf32le &= b[i] != 0 && b[i + 1] == 0 && b[i + 2] == 0 && b[i + 3] == 0;
      utf16be &= b[i] == 0 && b[i + 1] != 0 && b[i + 2] == 0 && b[i + 3] != 0;
      utf16le &= b[i] != 0 && b[i + 1] == 0 && b[i + 2] != 0 && b[i + 3] == 0;
    }
    return utf32be || utf32le ? "UTF-32" : utf16be || utf16le ? "UTF-16" : null;
  }

  /** The line and column (in characters, from 1) of a byte offset in UTF-8 text. */
  static int[] lineAndColumn(byte[] b, int offset) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < b.length; i++) {
      if (b[i] == '\n') {
        line++;
        column = 1;
      } else if ((b[i] & 0xC0) != 0x80) { // not a continuation byte: a new character
        column++;
      }
    }
    return new int[] {line, column};
  }

  /** The line and column (from 1) of a character offset in text. */
  static int[] lineAndColumn(String text, int offset) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new int[] {line, column};
  }

  /**
   * The rule a text value breaks, or {@code null}: no NUL, no other control characters except
   * tab, line feed and carriage return, no lone surrogates (an escaped {@code \}{@code ud800} in
   * JSON).
   */
  static @Nullable String textRule(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == 0) {
        return "must not contain NUL characters (U+0000)";
      }
      if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
        return "must not contain control characters (U+" + String.format("%04X", (int) c) + ")";
      }
      if (Character.isHighSurrogate(c) && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return "must be valid Unicode, but holds a lone surrogate (U+"
            + String.format("%04X", (int) c) + ")";
      }
    }
    return null;
  }
}

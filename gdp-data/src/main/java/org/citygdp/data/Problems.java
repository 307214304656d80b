package org.citygdp.data;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.citygdp.core.InvalidDataException;
import org.jspecify.annotations.Nullable;

/**
 * The problems one load finds, each with its place, up to {@link InvalidDataException#MAX_PROBLEMS}:
 * the next one stops the load. JSON places are found (line and column) only when the problems are
 * thrown, in one pass over each file concerned. Not part of the API.
 */
final class Problems {
  private static final class Pending {
    final Ref ref;
    final String field;
    final @Nullable Object value;
    final String rule;
    final @Nullable Ref other;
    final String ruleAfter;
    final @Nullable Throwable cause;

    Pending(Ref ref, String field, @Nullable Object value, String rule, @Nullable Ref other,
        String ruleAfter, @Nullable Throwable cause) {
      this.ref = ref;
      this.field = field;
      this.value = value;
      this.rule = rule;
      this.other = other;
      this.ruleAfter = ruleAfter;
      this.cause = cause;
    }
  }

  private final List<Pending> pending = new ArrayList<>();
  private final List<InvalidDataException> ready = new ArrayList<>();

  boolean isEmpty() {
    return pending.isEmpty() && ready.isEmpty();
  }

  int size() {
    return pending.size() + ready.size();
  }

  /** A problem with {@code field} at {@code ref}. */
  void add(Ref ref, String field, @Nullable Object value, String rule) {
    add(ref, field, value, rule, null, "", null);
  }

  void add(Ref ref, String field, @Nullable Object value, String rule,
      @Nullable Throwable cause) {
    add(ref, field, value, rule, null, "", cause);
  }

  /**
   * A problem whose rule names another place, written between {@code rule} and {@code ruleAfter}
   * once it is located: a duplicate names its first definition.
   */
  void add(Ref ref, String field, @Nullable Object value, String rule, @Nullable Ref other,
      String ruleAfter, @Nullable Throwable cause) {
    pending.add(new Pending(ref, field, value, rule, other, ruleAfter, cause));
    stopIfFull();
  }

  /** A problem already located, e.g. one the dataset builder found. */
  void add(InvalidDataException e) {
    ready.add(e);
    stopIfFull();
  }

  private void stopIfFull() {
    if (size() > InvalidDataException.MAX_PROBLEMS) {
      throw exception(true);
    }
  }

  /** Throws everything found so far, if anything. */
  void throwIfAny() {
    if (!isEmpty()) {
      throw exception(false);
    }
  }

  private InvalidDataException exception(boolean more) {
    locateJson();
    List<InvalidDataException> all = new ArrayList<>();
    for (Pending p : pending) {
      String rule = p.other == null ? p.rule : p.rule + p.other.describe() + p.ruleAfter;
      InvalidDataException.Builder b = InvalidDataException.in(p.ref.file.source)
          .line(p.ref.line).column(p.ref.column).row(p.ref.row).pointer(p.ref.pointer)
          .cause(p.cause);
      all.add(b.invalid(p.field, p.value, rule));
    }
    all.addAll(ready);
    if (all.size() > InvalidDataException.MAX_PROBLEMS) {
      all = all.subList(0, InvalidDataException.MAX_PROBLEMS);
      more = true;
    }
    return InvalidDataException.of(all, more);
  }

  /** Gives every JSON place its line and column: one pass over each file concerned. */
  private void locateJson() {
    Map<DataFile, Set<String>> wanted = new LinkedHashMap<>();
    List<Ref> refs = new ArrayList<>();
    for (Pending p : pending) {
      refs.add(p.ref);
      if (p.other != null) {
        refs.add(p.other);
      }
    }
    for (Ref r : refs) {
      if (r.pointer != null && r.line == 0) {
        wanted.computeIfAbsent(r.file, f -> new HashSet<>()).add(r.pointer);
      }
    }
    for (Map.Entry<DataFile, Set<String>> e : wanted.entrySet()) {
      Map<String, int[]> found = Json.locate(e.getKey(), e.getValue());
      for (Ref r : refs) {
        if (r.file == e.getKey() && r.pointer != null && r.line == 0) {
          int[] at = found.get(r.pointer);
          if (at != null) {
            r.line = at[0];
            r.column = at[1];
          }
        }
      }
    }
  }

  /** A rule from an exception's message, never null (the class name if it has none). */
  static String messageOf(Throwable t) {
    String m = t.getMessage();
    return m != null ? m : t.getClass().getSimpleName();
  }
}

package dev.zonelint.lint;

import dev.zonelint.diag.Diagnostic;
import dev.zonelint.diag.Location;
import dev.zonelint.diag.Related;
import dev.zonelint.diag.Severity;
import dev.zonelint.parse.InlineComment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Inline suppressions, ESLint-style, in zone comments:
 *
 * <ul>
 *   <li>{@code ; zonelint-disable-next-line RULE[,RULE] -- reason}: the next record's line
 *   <li>{@code ; zonelint-disable-line RULE}: the comment's own line
 *   <li>{@code ; zonelint-disable RULE} ... {@code ; zonelint-enable RULE}: a region; before the
 *       file's first record, the whole file
 * </ul>
 *
 * A line is covered when the finding or one of its related locations is on it.
 *
 * <p>A directive that suppresses nothing, names an unknown rule or is malformed is reported as
 * {@code unused-suppression}. Parser findings cannot be suppressed: a zone that does not load is
 * never clean.
 */
public final class Suppressions {
  public static final String UNUSED = "unused-suppression";
  private static final Set<String> UNSUPPRESSIBLE = Set.of("syntax", "include", "generate", UNUSED);
  private static final String DISABLE_NEXT_LINE = "zonelint-disable-next-line";
  private static final String DISABLE_LINE = "zonelint-disable-line";
  private static final String DISABLE = "zonelint-disable";
  private static final String ENABLE = "zonelint-enable";

  /** One rule silenced over lines {@code from..to} of a file. */
  private static final class Range {
    final String path;
    final String rule;
    final int from;
    int to;
    final Location at;
    boolean used;

    Range(String path, String rule, int from, int to, Location at) {
      this.path = path;
      this.rule = rule;
      this.from = from;
      this.to = to;
      this.at = at;
    }
  }

  private final List<Range> ranges = new ArrayList<>();
  private final List<Diagnostic> malformed = new ArrayList<>();

  private Suppressions() {}

  /** Reads the directives; {@code knownRules} are the ids a directive may name. */
  public static Suppressions of(List<InlineComment> comments, Set<String> knownRules) {
    Suppressions s = new Suppressions();
    Map<String, Range> open = new HashMap<>();
    for (InlineComment c : comments) {
      s.read(c, knownRules, open);
    }
    return s;
  }

  private void read(InlineComment c, Set<String> knownRules, Map<String, Range> open) {
    Location at = new Location(c.path(), c.line(), c.column());
    String text = c.text();
    int reason = text.indexOf("--");
    String body = (reason < 0 ? text : text.substring(0, reason)).strip();
    int space = body.indexOf(' ');
    String kind = space < 0 ? body : body.substring(0, space);
    String list = space < 0 ? "" : body.substring(space + 1);
    if (!List.of(DISABLE_NEXT_LINE, DISABLE_LINE, DISABLE, ENABLE).contains(kind)) {
      malformed.add(
          unused(
              at,
              "unknown directive '" + kind + "'",
              "use zonelint-disable-next-line, zonelint-disable-line, zonelint-disable or"
                  + " zonelint-enable"));
      return;
    }
    List<String> rules = new ArrayList<>();
    for (String part : list.split("[,\\s]+")) {
      String id = part.toLowerCase(Locale.ROOT);
      if (id.isEmpty()) {
        continue;
      }
      if (!knownRules.contains(id)) {
        malformed.add(unused(at, "unknown rule '" + part + "' in " + kind, "see `zonelint rules`"));
      } else if (UNSUPPRESSIBLE.contains(id)) {
        malformed.add(
            unused(at, id + " cannot be suppressed", "fix the record: the zone does not load"));
      } else {
        rules.add(id);
      }
    }
    if (rules.isEmpty() && list.isBlank()) {
      malformed.add(unused(at, kind + " names no rule", "name the rule ids, comma-separated"));
    }
    for (String rule : rules) {
      String key = c.path() + "\n" + rule;
      switch (kind) {
        case DISABLE_NEXT_LINE:
          ranges.add(new Range(c.path(), rule, c.nextLine(), c.nextLine(), at));
          break;
        case DISABLE_LINE:
          ranges.add(new Range(c.path(), rule, c.line(), c.line(), at));
          break;
        case DISABLE:
          if (!open.containsKey(key)) {
            Range r =
                new Range(c.path(), rule, c.beforeRecords() ? 0 : c.line(), Integer.MAX_VALUE, at);
            ranges.add(r);
            open.put(key, r);
          }
          break;
        default:
          Range r = open.remove(key);
          if (r == null) {
            malformed.add(
                unused(
                    at,
                    ENABLE + " " + rule + " without a zonelint-disable before it",
                    "remove it"));
          } else {
            r.to = c.line();
          }
      }
    }
  }

  /**
   * The findings not suppressed, plus an {@code unused-suppression} finding for each malformed
   * directive and each directive of a rule that ran but matched nothing.
   *
   * @param ran whether a rule ran; directives of other rules are not judged unused
   */
  public List<Diagnostic> apply(List<Diagnostic> findings, Predicate<String> ran) {
    if (ranges.isEmpty() && malformed.isEmpty()) {
      return findings;
    }
    List<Diagnostic> kept = new ArrayList<>(findings.size());
    for (Diagnostic d : findings) {
      if (!suppresses(d)) {
        kept.add(d);
      }
    }
    kept.addAll(leftovers(ran));
    return kept;
  }

  /**
   * The {@code unused-suppression} findings once every finding has been offered to {@link
   * #suppresses}: malformed directives, and directives of a rule that ran but matched nothing.
   *
   * @param ran whether a rule ran; directives of other rules are not judged unused
   */
  public List<Diagnostic> leftovers(Predicate<String> ran) {
    List<Diagnostic> out = new ArrayList<>(malformed);
    for (Range r : ranges) {
      if (!r.used && ran.test(r.rule)) {
        out.add(
            unused(
                r.at,
                "this suppression of " + r.rule + " matches no finding",
                "remove the comment: the finding it silenced is gone"));
      }
    }
    return out;
  }

  /** Whether any comment suppresses this rule somewhere (malformed ones suppress nothing). */
  boolean mentions(String rule) {
    for (Range r : ranges) {
      if (r.rule.equals(rule)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a range covers the finding or one of its related locations: a finding about a pair of
   * records (a CNAME and the TXT beside it) is silenced from either record's line. Notes the ranges
   * used; not thread-safe.
   */
  public boolean suppresses(Diagnostic d) {
    boolean hit = false;
    for (Range r : ranges) {
      if (r.rule.equals(d.rule()) && covers(r, d)) {
        r.used = true;
        hit = true;
      }
    }
    return hit;
  }

  private static boolean covers(Range r, Diagnostic d) {
    if (covers(r, d.location())) {
      return true;
    }
    for (Related related : d.related()) {
      if (covers(r, related.location())) {
        return true;
      }
    }
    return false;
  }

  private static boolean covers(Range r, Location at) {
    return r.path.equals(at.path()) && at.line() >= r.from && at.line() <= r.to;
  }

  private static Diagnostic unused(Location at, String message, String help) {
    return new Diagnostic(UNUSED, Severity.INFO, at, "", "", message, help, List.of());
  }
}

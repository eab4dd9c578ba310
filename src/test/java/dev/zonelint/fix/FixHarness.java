package dev.zonelint.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zonelint.diag.Diagnostic;
import dev.zonelint.parse.ParseOptions;
import dev.zonelint.zone.ZoneRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.xbill.DNS.Name;

/**
 * Runs the fixer on zone text in memory and checks the invariants every fix must keep: the fixed
 * zone parses as well as the original did, the fixed findings are gone and no new ones of the
 * fixable rules appear, nothing is lost that the fixes do not list, and fixing again changes
 * nothing.
 */
final class FixHarness {
  static final Name ORIGIN = Name.fromConstantString("example.com.");

  private static final String MOVED_TO = " -> moved to ";

  private FixHarness() {}

  /** One round: the plan and the fixed text of the top-level file (unchanged if no fix). */
  static final class Round {
    private final ZoneFix fix;
    private final byte[] after;

    Round(ZoneFix fix, byte[] after) {
      this.fix = fix;
      this.after = after;
    }

    ZoneFix fix() {
      return fix;
    }

    byte[] after() {
      return after;
    }
  }

  static Round fix(byte[] text, Path file, FixOptions options) {
    try {
      ZoneFix fix = ZoneFix.of(text, file, parseOptions(file), options);
      byte[] after = fix.apply(null).getOrDefault(0, text);
      return new Round(fix, after);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ParseOptions parseOptions(Path file) {
    return new ParseOptions(
        ORIGIN,
        file.toString(),
        Path.of("").toAbsolutePath(),
        ParseOptions.DEFAULT_MAX_GENERATE,
        ParseOptions.DEFAULT_MAX_RECORDS);
  }

  /** Fixes {@code text} and asserts every invariant; returns the fixed text. */
  static byte[] fixAndCheck(byte[] text, Path file, FixOptions options) {
    Round first = fix(text, file, options);
    Round again = fix(first.after(), file, options);
    String context = "\n--- before\n" + latin1(text) + "\n--- after\n" + latin1(first.after());

    List<String> changed = new ArrayList<>();
    List<Diagnostic> resolved = new ArrayList<>();
    // A moved record keeps the findings the move does not fix, under its new owner.
    Map<String, String> movedFrom = new HashMap<>();
    for (Fix f : first.fix().plan().fixes()) {
      for (String c : f.changed()) {
        // The last arrow: a TXT's text may hold one too, a name cannot.
        String record = c.substring(0, c.lastIndexOf(" -> "));
        changed.add(ownerWithoutCase(record));
        int to = c.lastIndexOf(MOVED_TO);
        if (to >= 0) {
          String[] fields = record.split(" ", 4);
          movedFrom.put(lower(c.substring(to + MOVED_TO.length())) + " " + fields[2], fields[0]);
        }
      }
      resolved.addAll(f.findings());
    }
    ZoneFix after = again.fix();
    assertTrue(
        parseProblems(after) <= parseProblems(first.fix()),
        () ->
            "the fixed zone has new parse problems: "
                + after.diagnostics().stream()
                    .filter(d -> d.rule().equals("syntax") || d.rule().equals("include"))
                    .map(d -> d.location().line() + ": " + d.message())
                    .toList()
                + context);

    Map<String, Integer> records =
        counts(after.zone().records().stream().map(FixHarness::record).toList());
    for (ZoneRecord r : first.fix().zone().records()) {
      if (!changed.remove(ownerWithoutCase(r.toString()))) {
        assertTrue(
            records.merge(record(r), -1, Integer::sum) >= 0, () -> "record lost: " + r + context);
      }
    }

    Map<String, Integer> left = counts(fixable(first.fix()));
    for (Diagnostic d : resolved) {
      left.merge(key(d), -1, Integer::sum);
    }
    for (String found : fixable(after)) {
      String[] f = found.split(" ", 3);
      String from = movedFrom.get(f[1] + " " + f[2]);
      String k = from == null ? found : key(f[0], from, f[2]);
      assertTrue(
          left.merge(k, -1, Integer::sum) >= 0,
          () ->
              "finding not fixed: "
                  + k
                  + "\n--- fixable before: "
                  + located(first.fix())
                  + "\n--- fixable after: "
                  + located(after)
                  + context);
    }
    assertEquals(
        latin1(first.after()), latin1(again.after()), "a second fix changed the zone" + context);
    return first.after();
  }

  /**
   * A record as data: owner names compare without case (a node is printed with the spelling seen
   * first, which a fix may change).
   */
  private static String record(ZoneRecord r) {
    return r.owner().canonicalize() + " " + r.ttl() + " " + r.typeName() + " " + r.rdataText();
  }

  private static long parseProblems(ZoneFix fix) {
    return fix.diagnostics().stream()
        .filter(d -> d.rule().equals("syntax") || d.rule().equals("include"))
        .count();
  }

  /** The findings of the rules the fixer repairs, as rule, owner and type. */
  private static List<String> fixable(ZoneFix fix) {
    List<String> out = new ArrayList<>();
    for (Diagnostic d : fix.diagnostics()) {
      if (Fixer.RULES.contains(d.rule())) {
        out.add(key(d));
      }
    }
    return out;
  }

  private static List<String> located(ZoneFix fix) {
    List<String> out = new ArrayList<>();
    for (Diagnostic d : fix.diagnostics()) {
      if (Fixer.RULES.contains(d.rule())) {
        out.add(d.location().line() + ":" + key(d));
      }
    }
    return out;
  }

  /** A finding as rule, owner and type; owners compare without case, as in {@link #record}. */
  private static String key(Diagnostic d) {
    return key(d.rule(), d.owner(), d.type());
  }

  private static String key(String rule, String owner, String type) {
    return rule + " " + lower(owner) + " " + type;
  }

  /**
   * A record as shown in a fix's changed list, its owner in lower case: a later round prints the
   * node with the spelling it sees first, which an earlier round's move may have changed.
   */
  private static String ownerWithoutCase(String record) {
    int space = record.indexOf(' ');
    return space < 0 ? record : lower(record.substring(0, space)) + record.substring(space);
  }

  private static String lower(String name) {
    return name.toLowerCase(java.util.Locale.ROOT);
  }

  private static Map<String, Integer> counts(List<String> items) {
    Map<String, Integer> out = new HashMap<>();
    for (String s : items) {
      out.merge(s, 1, Integer::sum);
    }
    return out;
  }

  static String latin1(byte[] b) {
    return new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
  }
}

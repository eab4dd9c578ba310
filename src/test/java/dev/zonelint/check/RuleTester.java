package dev.zonelint.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zonelint.diag.Diagnostic;
import dev.zonelint.lint.Suppressions;
import dev.zonelint.parse.ParseOptions;
import dev.zonelint.parse.ParseResult;
import dev.zonelint.parse.ZoneParser;
import dev.zonelint.provider.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.xbill.DNS.Name;

/**
 * Table tests for one rule (ESLint's RuleTester, PMD's test-code tables): each row is a zone
 * snippet and the exact diagnostics (rule, line, optionally column) it must produce. Parser
 * diagnostics count too, so a row with a typo fails instead of passing silently.
 */
public final class RuleTester {
  /** A clean apex for snippets: lines 1 to 7. Records appended start on line 8. */
  public static final String APEX =
      """
      $ORIGIN example.com.
      $TTL 3600
      @    SOA  ns1 hostmaster 2024010101 7200 3600 1209600 3600
      @    NS   ns1
      @    NS   ns2
      ns1  A    192.0.2.1
      ns2  A    192.0.2.2
      """;

  private static final Set<String> KNOWN =
      RuleRegistry.builtIn().rules().stream()
          .map(r -> r.info().id())
          .collect(Collectors.toUnmodifiableSet());

  private final Rule rule;
  private final List<DynamicTest> tests = new ArrayList<>();
  private Name origin = Name.fromConstantString("example.com.");
  private CheckOptions options = CheckOptions.DEFAULTS;
  private String previous = APEX;

  private RuleTester(Rule rule) {
    this.rule = rule;
  }

  public static RuleTester of(Rule rule) {
    return new RuleTester(rule);
  }

  /** An expected diagnostic; column 0 means any column. */
  public record Expect(int line, int column, String rule) {}

  public static Expect expect(int line, String rule) {
    return new Expect(line, 0, rule);
  }

  public static Expect expect(int line, int column, String rule) {
    return new Expect(line, column, rule);
  }

  public RuleTester origin(String name) {
    this.origin = Name.fromConstantString(name);
    return this;
  }

  public RuleTester options(CheckOptions newOptions) {
    this.options = newOptions;
    return this;
  }

  /** The previous version a {@link VersionRule} compares the next rows with (default: APEX). */
  public RuleTester previous(String zone) {
    this.previous = zone;
    return this;
  }

  /** Checks the following rows under a provider profile. */
  public RuleTester provider(Provider provider) {
    this.options = new CheckOptions(options.maxCnameChain(), options.spfKnown(), provider);
    return this;
  }

  /** A snippet that must produce no diagnostic at all. */
  public RuleTester valid(String name, String zone) {
    return invalid("valid: " + name, zone);
  }

  /** A snippet that must produce exactly these diagnostics. */
  public RuleTester invalid(String name, String zone, Expect... expected) {
    Rule r = rule;
    Name o = origin;
    CheckOptions opts = options;
    String before = rule instanceof VersionRule ? previous : null;
    tests.add(
        DynamicTest.dynamicTest(name, () -> verify(r, o, opts, zone, before, List.of(expected))));
    return this;
  }

  public Stream<DynamicTest> stream() {
    return tests.stream();
  }

  /** Runs one rule over zone text and returns parser plus rule diagnostics, sorted. */
  public static List<Diagnostic> run(Rule rule, Name origin, CheckOptions options, String zone) {
    return run(rule, origin, options, zone, null);
  }

  /**
   * Like {@link #run(Rule, Name, CheckOptions, String)}, and if {@code previous} is not null also
   * compares the zone with that previous version (for {@link VersionRule}s).
   */
  public static List<Diagnostic> run(
      Rule rule, Name origin, CheckOptions options, String zone, String previous) {
    ParseResult parsed = parse(origin, zone, "test.zone");
    List<Diagnostic> found = new ArrayList<>(parsed.diagnostics());
    Checker checker = new Checker(List.of(rule), options);
    found.addAll(checker.check(parsed.zone()));
    if (previous != null) {
      found.addAll(
          checker.checkChange(parse(origin, previous, "HEAD:test.zone").zone(), parsed.zone()));
    }
    // As in a real run, with only this rule enabled.
    List<Diagnostic> all =
        new ArrayList<>(
            Suppressions.of(parsed.comments(), KNOWN)
                .apply(found, id -> id.equals(rule.info().id())));
    all.sort(Diagnostic.ORDER);
    return all;
  }

  /** Parses zone text as a file of that display path. */
  static ParseResult parse(Name origin, String zone, String displayPath) {
    try {
      ParseOptions parse =
          new ParseOptions(
              origin,
              displayPath,
              Path.of("").toAbsolutePath(),
              ParseOptions.DEFAULT_MAX_GENERATE,
              ParseOptions.DEFAULT_MAX_RECORDS);
      return ZoneParser.parse(
          new ByteArrayInputStream(zone.getBytes(StandardCharsets.UTF_8)),
          Path.of("test.zone"),
          parse);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void verify(
      Rule rule,
      Name origin,
      CheckOptions options,
      String zone,
      String previous,
      List<Expect> expected) {
    List<Diagnostic> actual = run(rule, origin, options, zone, previous);
    int lines = zone.split("\n", -1).length;
    for (Diagnostic d : actual) {
      assertFalse(d.message().endsWith("."), "message ends with a period: " + d.message());
      assertFalse(d.message().isBlank(), "empty message");
      assertTrue(
          d.location().line() >= 1 && d.location().line() <= lines,
          "line outside the snippet: " + d);
    }
    List<String> want = new ArrayList<>();
    for (Expect e : expected) {
      want.add(e.line() + " " + e.rule());
    }
    List<String> got = new ArrayList<>();
    for (Diagnostic d : actual) {
      got.add(d.location().line() + " " + d.rule());
    }
    want.sort(Comparator.naturalOrder());
    got.sort(Comparator.naturalOrder());
    assertEquals(want, got, () -> "diagnostics differ; actual:\n" + describe(actual));
    for (Expect e : expected) {
      if (e.column() > 0) {
        assertTrue(
            actual.stream()
                .anyMatch(
                    d ->
                        d.rule().equals(e.rule())
                            && d.location().line() == e.line()
                            && d.location().column() == e.column()),
            () -> "no " + e + " at that column; actual:\n" + describe(actual));
      }
    }
  }

  private static String describe(List<Diagnostic> ds) {
    StringBuilder out = new StringBuilder();
    for (Diagnostic d : ds) {
      out.append("  ")
          .append(d.location())
          .append(' ')
          .append(d.rule())
          .append(": ")
          .append(d.message())
          .append('\n');
    }
    return out.toString();
  }
}

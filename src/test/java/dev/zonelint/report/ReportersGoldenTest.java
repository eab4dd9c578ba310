package dev.zonelint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zonelint.check.RuleRegistry;
import dev.zonelint.diag.Diagnostic;
import dev.zonelint.diag.Location;
import dev.zonelint.diag.Related;
import dev.zonelint.diag.Severity;
import dev.zonelint.lint.FileReport;
import dev.zonelint.zone.OriginSource;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every CI format on the same findings, compared with golden files: names that need escaping (a
 * space, {@code %}, {@code :} and {@code ,} in a path; quotes, {@code <&>} and a line break in a
 * message), related locations, identical findings that need distinct fingerprints, a file with no
 * findings and one outside the repository root.
 */
class ReportersGoldenTest {
  private static final Path ROOT = Path.of("/repo");
  private static final RepoPaths PATHS = new RepoPaths(ROOT);

  static List<FileReport> reports() {
    String a = "/repo/zones/db.example.com";
    String b = "zones/odd name %1,a:b.zone";
    Diagnostic cname =
        new Diagnostic(
            "cname-and-other-data",
            Severity.ERROR,
            new Location(a, 6, 1),
            "www.example.com.",
            "TXT",
            "www.example.com. has a CNAME and other data",
            "keep either the CNAME or the other records",
            List.of(new Related(new Location(a, 5, 1), "the CNAME is here")));
    Diagnostic ttl =
        new Diagnostic(
            "ttl-mismatch",
            Severity.WARNING,
            new Location(a, 9, 12),
            "mail.example.com.",
            "A",
            "records of one set have different TTLs: \"300\" <&> 600",
            "",
            List.of());
    Diagnostic info1 =
        new Diagnostic(
            "spf-permissive-all",
            Severity.INFO,
            new Location(b, 3, 5),
            "example.org.",
            "TXT",
            "100% of senders pass\nsecond line",
            "end with -all",
            List.of());
    Diagnostic info2 =
        new Diagnostic(
            "spf-permissive-all",
            Severity.INFO,
            new Location(b, 4, 5),
            "example.org.",
            "TXT",
            "100% of senders pass\nsecond line",
            "end with -all",
            List.of());
    Diagnostic outside =
        new Diagnostic(
            "syntax",
            Severity.ERROR,
            new Location("/elsewhere/x.zone", 1, 1),
            "",
            "",
            "bad",
            "",
            List.of());
    return List.of(
        new FileReport(a, "example.com.", OriginSource.FILE_NAME, 9, List.of(cname, ttl)),
        new FileReport(b, "example.org.", OriginSource.DIRECTIVE, 4, List.of(info1, info2)),
        new FileReport("zones/clean.zone", "example.net.", OriginSource.SOA, 3, List.of()),
        new FileReport("/elsewhere/x.zone", "", OriginSource.NONE, 0, List.of(outside)));
  }

  static String render(Reporter reporter) throws IOException {
    StringWriter text = new StringWriter();
    try (PrintWriter out = new PrintWriter(text)) {
      reporter.report(reports(), out);
    }
    return text.toString();
  }

  @Test
  void github() throws IOException {
    Golden.assertMatches("golden-github.txt", render(new GithubReporter(PATHS)));
  }

  @Test
  void gitlab() throws IOException {
    Golden.assertMatches("golden-gitlab.json", render(new GitlabReporter(PATHS)));
  }

  @Test
  void junit() throws IOException {
    List<String> rulesRun = List.of("syntax", "cname-and-other-data", "ttl-mismatch");
    Golden.assertMatches("golden-junit.xml", render(new JunitReporter(rulesRun, PATHS)));
  }

  /** Only the results: the rule list follows the rule docs and is checked by SarifSchemaTest. */
  @Test
  void sarifResults() throws IOException {
    String sarif = render(new SarifReporter(RuleRegistry.builtIn(), PATHS));
    JsonNode results = new ObjectMapper().readTree(sarif).path("runs").path(0).path("results");
    for (JsonNode r : results) {
      ((com.fasterxml.jackson.databind.node.ObjectNode) r).remove("ruleIndex");
    }
    Golden.assertMatches(
        "golden-sarif-results.json",
        new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(results) + "\n");
  }

  @Test
  void fingerprintsIgnoreLinesButSeparateRepeats() throws IOException {
    JsonNode issues = new ObjectMapper().readTree(render(new GitlabReporter(PATHS)));
    String first = issues.get(2).get("fingerprint").asText();
    String second = issues.get(3).get("fingerprint").asText();
    assertEquals(32, first.length());
    assertEquals(false, first.equals(second), "identical findings get distinct fingerprints");
  }
}

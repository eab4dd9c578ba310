package dev.zonelint.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zonelint.check.RuleRegistry;
import dev.zonelint.check.RuleTester;
import dev.zonelint.diag.Diagnostic;
import dev.zonelint.diag.Severity;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inline suppressions, table-driven: each row is records appended to a clean apex (lines 1-7, so
 * the first appended line is 8) and the findings left, as {@code rule@line}.
 */
class SuppressionsTest {
  /** www's CNAME and TXT collide: cname-and-other-data fires on the TXT's line. */
  private static final String COLLISION = "www CNAME x.example.net.\nwww TXT \"hello\"\n";

  private record Row(String name, String zone, List<String> expected) {}

  private static final List<Row> ROWS =
      List.of(
          new Row("no comment", COLLISION, List.of("cname-and-other-data@9")),
          new Row(
              "next line",
              """
              www CNAME x.example.net.
              ; zonelint-disable-next-line cname-and-other-data -- legacy, ticket 12
              www TXT "hello"
              """,
              List.of()),
          new Row(
              "next line skips blank lines and other comments",
              """
              www CNAME x.example.net.
              ; zonelint-disable-next-line cname-and-other-data

              ; why: legacy
              www TXT "hello"
              """,
              List.of()),
          new Row(
              "next line, above the related record",
              """
              ; zonelint-disable-next-line cname-and-other-data -- vendor needs both
              www CNAME x.example.net.
              www TXT "hello"
              """,
              List.of()),
          new Row(
              "same line",
              """
              www CNAME x.example.net.
              www TXT "hello" ; zonelint-disable-line cname-and-other-data
              """,
              List.of()),
          new Row(
              "two rules, comma-separated, one unused",
              """
              www CNAME x.example.net.
              www TXT "hello" ; zonelint-disable-line cname-and-other-data, cname-chain
              """,
              List.of("unused-suppression@9")),
          new Row(
              "region",
              "; zonelint-disable cname-and-other-data\n"
                  + COLLISION
                  + "; zonelint-enable cname-and-other-data\n"
                  + "mail CNAME y.example.net.\nmail TXT \"x\"\n",
              List.of("cname-and-other-data@13")),
          new Row(
              "region without enable runs to the end",
              "ftp A 192.0.2.7\n; zonelint-disable cname-and-other-data\n" + COLLISION,
              List.of()),
          new Row(
              "wrong line",
              "; zonelint-disable-next-line cname-and-other-data\nftp A 192.0.2.7\n" + COLLISION,
              List.of("unused-suppression@8", "cname-and-other-data@11")),
          new Row(
              "unknown rule",
              "www A 192.0.2.9 ; zonelint-disable-line no-such-rule\n",
              List.of("unused-suppression@8")),
          new Row(
              "misspelt directive",
              "; zonelint-disabel cname-chain\nwww A 192.0.2.9\n",
              List.of("unused-suppression@8")),
          new Row(
              "parser findings stay",
              "www A 300.1.1.1 ; zonelint-disable-line syntax\n",
              List.of("syntax@8", "unused-suppression@8")),
          new Row(
              "enable without disable",
              "; zonelint-enable cname-chain\nwww A 192.0.2.9\n",
              List.of("unused-suppression@8")),
          new Row(
              "ordinary comments are not directives",
              "; zonelint is great\nwww A 192.0.2.9 ; disable-line cname-chain\n",
              List.of()));

  private static List<Diagnostic> lint(String zone, LintOptions options) throws IOException {
    ZoneLint lint = new ZoneLint(RuleRegistry.builtIn(), options);
    return lint.check(
            new ByteArrayInputStream(zone.getBytes(StandardCharsets.UTF_8)),
            Path.of("example.com.zone"),
            "example.com.zone")
        .diagnostics();
  }

  private static List<String> found(List<Diagnostic> diagnostics) {
    return diagnostics.stream().map(d -> d.rule() + "@" + d.location().line()).toList();
  }

  @TestFactory
  Stream<DynamicTest> table() {
    return ROWS.stream()
        .map(
            row ->
                DynamicTest.dynamicTest(
                    row.name(),
                    () ->
                        assertEquals(
                            row.expected(),
                            found(lint(RuleTester.APEX + row.zone(), LintOptions.defaults())),
                            row.zone())));
  }

  @Test
  void fileWideBeforeTheFirstRecordCoversZoneLevelFindings() throws IOException {
    String zone =
        """
        ; zonelint-disable missing-apex-ns -- served by the provider's name servers
        $ORIGIN example.com.
        @ SOA ns1 hostmaster 1 7200 3600 1209600 3600
        """;
    assertEquals(List.of(), found(lint(zone, LintOptions.defaults())));
  }

  @Test
  void includedFilesHaveTheirOwnSuppressions(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("example.com.zone"), RuleTester.APEX + "$INCLUDE hosts.inc\n");
    Files.writeString(
        dir.resolve("hosts.inc"),
        """
        ; zonelint-disable cname-and-other-data -- whole included file
        www CNAME x.example.net.
        www TXT "hello"
        ftp A 192.0.2.7 ; zonelint-disable-line cname-chain
        """);
    FileReport report =
        new ZoneLint(RuleRegistry.builtIn(), LintOptions.defaults())
            .check(dir.resolve("example.com.zone"), dir.resolve("example.com.zone").toString());
    assertEquals(List.of("unused-suppression@4"), found(report.diagnostics()));
    assertTrue(report.diagnostics().get(0).location().path().endsWith("hosts.inc"));
  }

  @Test
  void suppressionsOfDisabledRulesAreNotJudged() throws IOException {
    LintOptions options =
        LintOptions.defaults()
            .withSelection(new RuleSelection(Set.of("cname-and-other-data"), Map.of()));
    String zone =
        RuleTester.APEX + "www A 192.0.2.9 ; zonelint-disable-line cname-and-other-data\n";
    assertEquals(List.of(), found(lint(zone, options)));
  }

  @Test
  void unusedSuppressionIsInfoAndTakesASeverityOverride() throws IOException {
    String zone = RuleTester.APEX + "www A 192.0.2.9 ; zonelint-disable-line cname-chain\n";
    assertEquals(Severity.INFO, lint(zone, LintOptions.defaults()).get(0).severity());
    LintOptions strict =
        LintOptions.defaults()
            .withSelection(
                new RuleSelection(Set.of(), Map.of("unused-suppression", Severity.ERROR)));
    assertEquals(Severity.ERROR, lint(zone, strict).get(0).severity());
  }
}

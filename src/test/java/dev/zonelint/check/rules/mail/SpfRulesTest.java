package dev.zonelint.check.rules.mail;

import static dev.zonelint.check.RuleTester.APEX;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zonelint.check.CheckOptions;
import dev.zonelint.check.Checker;
import dev.zonelint.check.Rule;
import dev.zonelint.check.RuleTester;
import dev.zonelint.diag.Diagnostic;
import dev.zonelint.mail.spf.SpfKnownIncludes;
import dev.zonelint.mail.spf.SpfParser;
import dev.zonelint.parse.ParseOptions;
import dev.zonelint.parse.ParseResult;
import dev.zonelint.parse.ZoneParser;
import dev.zonelint.zone.Zone;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xbill.DNS.Name;

/**
 * The SPF rules of one registry share their parse and include graph per zone ({@link SpfMemo}):
 * together they must report exactly what each reports alone, whichever of them run, for every zone
 * checked, in any order.
 */
class SpfRulesTest {
  private static final Name ORIGIN = Name.fromConstantString("example.com.");
  private static final String ZONE =
      APEX
          + """
          @ MX 10 mail
          mail A 192.0.2.3
          @ TXT "v=spf1 mx a:mail.example.com include:mailgun.org include:sendgrid.net include:_spf.salesforce.com include:spf.example.com ~all"
          spf TXT "v=spf1 ip4:192.0.2.0/24 ip4:192.0.2.999 inclde:foo.com -all"
          x TXT "v=spf1 a:nx1.example.com a:nx2.example.com mx:mail.example.com include:nx3.example.com -all"
          y TXT "v=spf1 include:z.example.com ?all"
          z TXT "v=spf1 redirect=y.example.com"
          w TXT "v=spf1 include:y.example.com -all"
          m TXT "v=spf1 -all"
          m TXT "v=spf1 +all"
          p TXT "v=spf1 ptr include=foo.com"
          q SPF "v=spf1 -all"
          """;
  private static final String OTHER =
      APEX + "@ TXT \"v=spf1 include:example.com ?all\"\n@ TXT \"v=spf1 -all\"\n";

  @Test
  void togetherTheyReportWhatEachReportsAlone() throws IOException {
    List<String> alone = new ArrayList<>();
    for (Rule r : SpfRules.all()) {
      alone.addAll(lines(RuleTester.run(r, ORIGIN, CheckOptions.DEFAULTS, ZONE)));
    }
    alone.sort(null);
    assertEquals(11, alone.size(), alone.toString());
    assertEquals(alone, lines(check(SpfRules.all(), ZONE)));
    List<Rule> withoutSyntax = new ArrayList<>(SpfRules.all());
    withoutSyntax.remove(0);
    List<String> expected = new ArrayList<>(alone);
    expected.removeIf(s -> s.contains("spf-syntax"));
    assertEquals(expected, lines(check(withoutSyntax, ZONE)));
  }

  @Test
  void oneRegistryChecksSeveralZones() throws IOException {
    List<Rule> rules = SpfRules.all();
    List<String> first = lines(check(rules, ZONE));
    List<String> other = lines(check(rules, OTHER));
    assertEquals(first, lines(check(rules, ZONE)));
    assertEquals(other, lines(check(rules, OTHER)));
    assertEquals(List.of("8 spf-include-loop", "8 spf-multiple", "8 spf-permissive-all"), other);
    // The same zone object checked twice by the same rules gives the same findings.
    Zone zone = parse(ZONE);
    Checker checker = new Checker(rules, CheckOptions.DEFAULTS);
    assertEquals(lines(checker.check(zone)), lines(checker.check(zone)));
  }

  /**
   * Records of one text share one parse, whatever their names; another text has its own, and each
   * name still gets its own findings.
   */
  @Test
  void recordsOfOneTextShareTheirParse() throws IOException {
    String text =
        APEX
            + """
            a TXT "v=spf1 ptr -all"
            b TXT "v=spf1 ptr -all"
            c TXT "v=spf1 -all"
            """;
    SpfZone spf = new SpfZone(SpfKnownIncludes.empty());
    List<SpfZone.Spot> spots = spf.spots(parse(text));
    assertEquals(3, spots.size());
    SpfZone.Entry a = spots.get(0).entries().get(0);
    SpfZone.Entry b = spots.get(1).entries().get(0);
    SpfZone.Entry c = spots.get(2).entries().get(0);
    assertNotSame(a.txt(), b.txt());
    assertSame(a.spf(), b.spf());
    assertNotSame(a.spf(), c.spf());
    assertEquals(c.spf(), SpfParser.parse("v=spf1 -all"));
    int line = (int) APEX.lines().count() + 1;
    List<String> found = lines(check(SpfRules.all(), text));
    assertTrue(found.contains(line + " spf-ptr"), found.toString());
    assertTrue(found.contains((line + 1) + " spf-ptr"), found.toString());
  }

  private static List<Diagnostic> check(List<Rule> rules, String text) throws IOException {
    return new Checker(rules, CheckOptions.DEFAULTS).check(parse(text));
  }

  private static Zone parse(String text) throws IOException {
    ParseOptions options =
        new ParseOptions(
            ORIGIN,
            "test.zone",
            Path.of("").toAbsolutePath(),
            ParseOptions.DEFAULT_MAX_GENERATE,
            ParseOptions.DEFAULT_MAX_RECORDS);
    ParseResult parsed =
        ZoneParser.parse(
            new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
            Path.of("test.zone"),
            options);
    return parsed.zone();
  }

  private static List<String> lines(List<Diagnostic> found) {
    List<String> out = new ArrayList<>();
    for (Diagnostic d : found) {
      out.add(d.location().line() + " " + d.rule());
    }
    out.sort(null);
    return out;
  }
}

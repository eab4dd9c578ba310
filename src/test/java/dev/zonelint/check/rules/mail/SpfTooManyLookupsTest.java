package dev.zonelint.check.rules.mail;

import static dev.zonelint.check.RuleTester.APEX;
import static dev.zonelint.check.RuleTester.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zonelint.check.CheckOptions;
import dev.zonelint.check.RuleTester;
import dev.zonelint.diag.Diagnostic;
import dev.zonelint.diag.Severity;
import dev.zonelint.mail.spf.SpfKnownIncludes;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.xbill.DNS.Name;

class SpfTooManyLookupsTest {
  private static final String RULE = "spf-too-many-lookups";

  /** {@code n} includes of distinct domains outside the zone and the built-in list. */
  static String includes(String prefix, int n) {
    StringBuilder out = new StringBuilder();
    for (int i = 1; i <= n; i++) {
      out.append(" include:").append(prefix).append(i).append(".example.net");
    }
    return out.toString();
  }

  /** A TXT RDATA for a record, split into character-strings of at most 200 octets (§3.3). */
  static String txt(String record) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < record.length(); i += 200) {
      out.append(i == 0 ? "" : " ")
          .append('"')
          .append(record, i, Math.min(record.length(), i + 200))
          .append('"');
    }
    return out.toString();
  }

  @TestFactory
  Stream<DynamicTest> cases() {
    return RuleTester.of(new SpfTooManyLookups())
        .valid("exactly ten", APEX + "@ TXT \"v=spf1 a mx" + includes("p", 8) + " -all\"\n")
        .valid(
            "terms after all are never evaluated",
            APEX + "@ TXT " + txt("v=spf1" + includes("p", 5) + " -all" + includes("q", 6)) + "\n")
        .valid(
            "a redirect beside all is ignored",
            APEX
                + "@ TXT \"v=spf1 ip4:192.0.2.1 redirect=_big.example.com -all\"\n"
                + "_big TXT \"v=spf1"
                + includes("p", 10)
                + " -all\"\n")
        .valid(
            "built-in record plus five: mailgun.org costs five",
            APEX + "@ TXT \"v=spf1 include:mailgun.org" + includes("p", 5) + " -all\"\n")
        .valid(
            "loop members are spf-include-loop's",
            APEX
                + """
                @ TXT "v=spf1 include:_a.example.com -all"
                _a TXT "v=spf1 include:example.com -all"
                """)
        .valid(
            "a record that does not parse is spf-syntax's",
            APEX + "@ TXT " + txt("v=spf1 ip4:1.2.3" + includes("p", 11) + " -all") + "\n")
        .invalid(
            "eleven includes",
            APEX + "@ TXT " + txt("v=spf1" + includes("p", 11) + " -all") + "\n",
            expect(8, 1, RULE))
        .invalid(
            "through the built-in provider records: 2 + 5 + 2 + 2 (a warning, see below)",
            APEX
                + "@ TXT \"v=spf1 a mx include:mailgun.org include:_spf.salesforce.com"
                + " include:sendgrid.net -all\"\n",
            expect(8, RULE))
        .invalid(
            "through in-zone includes, each fine on its own",
            APEX
                + "@ TXT \"v=spf1 include:_spf1.example.com include:_spf2.example.com -all\"\n"
                + "_spf1 TXT \"v=spf1"
                + includes("p", 5)
                + " -all\"\n"
                + "_spf2 TXT \"v=spf1"
                + includes("q", 5)
                + " -all\"\n",
            expect(8, RULE))
        .invalid(
            "through a redirect, blank owner",
            APEX
                + "@ MX 10 mail.example.net.\n"
                + "  TXT \"v=spf1 redirect=_r.example.com\"\n"
                + "_r TXT \"v=spf1"
                + includes("p", 10)
                + " -all\"\n",
            expect(9, 3, RULE))
        .invalid(
            "through a wildcard, name in upper case",
            APEX
                + "@ TXT \"v=spf1 include:X.SPF.EXAMPLE.COM -all\"\n"
                + "*.spf TXT \"v=spf1"
                + includes("p", 10)
                + " -all\"\n",
            expect(8, RULE))
        .invalid(
            "a record leading into a loop never ends",
            APEX
                + """
                w TXT "v=spf1 include:_a.example.com -all"
                _a TXT "v=spf1 include:_b.example.com -all"
                _b TXT "v=spf1 redirect=_a.example.com"
                """,
            expect(8, RULE))
        .stream();
  }

  @Test
  void theMessageSaysHowTheCountWasReached() {
    List<Diagnostic> found =
        RuleTester.run(
            new SpfTooManyLookups(),
            Name.fromConstantString("example.com."),
            CheckOptions.DEFAULTS,
            APEX
                + "@ TXT \"v=spf1 a mx include:mailgun.org include:_spf.example.com"
                + " include:%{l}.x.example.net include:other.example.net -all\"\n"
                + "_spf TXT \"v=spf1 include:a.example.net include:b.example.net -all\"\n");
    assertEquals(1, found.size());
    String m = found.get(0).message();
    assertTrue(m.contains("needs 12 DNS lookups (limit 10)"), m);
    assertTrue(m.contains("6 terms here (a, mx, include ×4)"), m);
    assertTrue(m.contains("+ 4 inside 'mailgun.org.' (built-in list)"), m);
    assertTrue(m.contains("+ 2 inside '_spf.example.com.' (this zone)"), m);
    assertTrue(m.contains("with macros, so counted as 1 each: '%{l}.x.example.net'"), m);
    assertTrue(
        m.contains("not in the built-in list, so counted as 1 each: 'other.example.net.'"), m);
    assertTrue(m.contains("only 8 are certain from this zone and --spf-known"), m);
    assertEquals(Severity.WARNING, found.get(0).severity());
  }

  /** genzone's "clean" SPF: eleven lookups only by the shipped provider records. */
  private static final String PROVIDERS =
      APEX
          + "@ TXT \"v=spf1 a mx include:mailgun.org include:_spf.salesforce.com"
          + " include:sendgrid.net -all\"\n";

  @Test
  void overTheLimitOnlyByShippedProviderRecordsIsAWarning() {
    MailTesting.assertSeverities(new SpfTooManyLookups(), PROVIDERS, "8 WARNING");
  }

  @Test
  void theUsersOwnProviderRecordsMakeTheCountCertain() {
    CheckOptions userData =
        new CheckOptions(
            8,
            SpfKnownIncludes.builtIn()
                .withText(
                    "mailgun.org\tv=spf1 include:_spf.mailgun.org include:_spf.eu.mailgun.org"
                        + " -all\n"
                        + "_spf.mailgun.org\tv=spf1 include:_spf1.mailgun.org"
                        + " include:_spf2.mailgun.org ~all\n"
                        + "_spf.salesforce.com\tv=spf1 exists:%{i}._spf.mta.salesforce.com -all\n"
                        + "sendgrid.net\tv=spf1 include:ab.sendgrid.net ~all\n",
                    "user file"));
    List<Diagnostic> found =
        RuleTester.run(
            new SpfTooManyLookups(), Name.fromConstantString("example.com."), userData, PROVIDERS);
    assertEquals(1, found.size());
    assertEquals(Severity.ERROR, found.get(0).severity(), found.get(0).message());
    assertTrue(found.get(0).message().contains("+ 4 inside 'mailgun.org.' (--spf-known)"));
  }

  @Test
  void overTheLimitWithoutProviderRecordsIsAnError() {
    MailTesting.assertSeverities(
        new SpfTooManyLookups(),
        APEX + "@ TXT " + txt("v=spf1 include:mailgun.org" + includes("p", 10) + " -all") + "\n",
        "8 ERROR");
  }
}

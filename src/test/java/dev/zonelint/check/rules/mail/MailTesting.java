package dev.zonelint.check.rules.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zonelint.check.CheckOptions;
import dev.zonelint.check.Rule;
import dev.zonelint.check.RuleTester;
import dev.zonelint.diag.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import org.xbill.DNS.Name;

/** What RuleTester does not check: the severity of each diagnostic, and its message. */
final class MailTesting {
  private MailTesting() {}

  /** Diagnostics of one rule over zone text under example.com., sorted. */
  static List<Diagnostic> run(Rule rule, String zone) {
    return RuleTester.run(
        rule, Name.fromConstantString("example.com."), CheckOptions.DEFAULTS, zone);
  }

  /** Asserts "line SEVERITY" for each diagnostic, in order. */
  static void assertSeverities(Rule rule, String zone, String... expected) {
    List<String> got = new ArrayList<>();
    for (Diagnostic d : run(rule, zone)) {
      got.add(d.location().line() + " " + d.severity());
    }
    assertEquals(List.of(expected), got);
  }
}

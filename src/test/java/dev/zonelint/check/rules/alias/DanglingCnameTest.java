package dev.zonelint.check.rules.alias;

import static dev.zonelint.check.RuleTester.APEX;
import static dev.zonelint.check.RuleTester.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zonelint.check.CheckOptions;
import dev.zonelint.check.RuleTester;
import dev.zonelint.diag.Diagnostic;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.xbill.DNS.Name;

class DanglingCnameTest {
  private static final String RULE = "dangling-cname";

  @TestFactory
  Stream<DynamicTest> cases() {
    return RuleTester.of(new DanglingCname())
        .valid("target with an address", APEX + "www CNAME web\nweb A 192.0.2.1\n")
        .valid("target in another zone", APEX + "www CNAME web.example.net.\n")
        .valid("target is the apex", APEX + "www CNAME @\n")
        .valid("target in other case", APEX + "www CNAME WEB.Example.COM.\nweb A 192.0.2.1\n")
        .valid("target below a delegation", APEX + "sub NS ns.example.net.\nwww CNAME host.sub\n")
        .valid("target at a delegation", APEX + "sub NS ns.example.net.\nwww CNAME sub\n")
        .valid(
            "target below a dname is synthesized",
            APEX + "old DNAME example.net.\nwww CNAME host.old\n")
        .valid("target owns only a dname", APEX + "old DNAME example.net.\nwww CNAME old\n")
        .valid("target matched by a wildcard", APEX + "www CNAME web\n* A 192.0.2.1\n")
        .valid(
            "wildcard below the closest encloser",
            APEX + "www CNAME a.b\n*.b A 192.0.2.1\nx.b A 192.0.2.2\n")
        .valid(
            "occluded cname below a delegation is occluded-data's",
            APEX + "sub NS ns.example.net.\nx.sub CNAME nothere\n")
        .valid("target that is itself a cname", APEX + "a CNAME b\nb CNAME www.example.net.\n")
        .valid(
            "target written under another $ORIGIN",
            APEX + "www CNAME web.shop\n$ORIGIN shop.example.com.\nweb A 192.0.2.1\n")
        .valid("alias pseudo-record to an existing name", APEX + "@ ALIAS www\nwww A 192.0.2.1\n")
        .invalid("missing target", APEX + "www CNAME web\n", expect(8, 1, RULE))
        .invalid(
            "target written without its final dot",
            APEX + "www CNAME web.example.net\n",
            expect(8, RULE))
        .invalid(
            "target exists only as an empty non-terminal",
            APEX + "www CNAME _tcp\n_sip._tcp SRV 0 5 5060 sip.example.net.\n",
            expect(8, RULE))
        .invalid(
            "the wildcard of a higher name does not match below an existing name (RFC 4592)",
            APEX + "www CNAME a.b\nx.b A 192.0.2.1\n* A 192.0.2.2\n",
            expect(8, RULE))
        .invalid(
            "wildcard owner whose target is missing", APEX + "*.w CNAME nothere\n", expect(8, RULE))
        .invalid(
            "only the end of a chain dangles, blank owner",
            APEX
                + "a CNAME b\n"
                + "b RRSIG CNAME 13 3 3600 20300101000000 20200101000000 1 example.com. AAAA\n"
                + "  CNAME c\n",
            expect(10, 3, RULE))
        .invalid(
            "alias pseudo-record to a missing name",
            APEX + "@ ALIAS lb\nwww ANAME lb\n",
            expect(8, RULE),
            expect(9, RULE))
        .stream();
  }

  @Test
  void missingDotIsExplained() {
    List<Diagnostic> found = run(APEX + "www CNAME web.example.net\n");
    assertEquals(1, found.size());
    assertEquals(
        "'www.example.com.' is a CNAME to 'web.example.net.example.com.', which does not exist in"
            + " this zone: every lookup of 'www.example.com.' ends in NXDOMAIN",
        found.get(0).message());
    assertTrue(
        found.get(0).help().contains("if you meant 'web.example.net.'"), found.get(0).help());
  }

  @Test
  void plainTypoGetsPlainHelp() {
    List<Diagnostic> found = run(APEX + "www CNAME wbe\n");
    assertEquals(1, found.size());
    assertTrue(found.get(0).help().startsWith("add records for 'wbe.example.com.'"));
  }

  private static List<Diagnostic> run(String zone) {
    return RuleTester.run(
        new DanglingCname(), Name.fromConstantString("example.com."), CheckOptions.DEFAULTS, zone);
  }
}

package dev.zonelint.check.rules.alias;

import static dev.zonelint.check.RuleTester.APEX;
import static dev.zonelint.check.RuleTester.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zonelint.check.CheckOptions;
import dev.zonelint.check.RuleTester;
import dev.zonelint.diag.Diagnostic;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.xbill.DNS.Name;

class DataBelowDnameTest {
  private static final String RULE = "data-below-dname";

  /** An apex with a DNAME and out-of-zone name servers, as in Knot's dname_apex_nsec3. */
  private static final String DNAME_APEX =
      """
      $ORIGIN example.com.
      $TTL 3600
      @ SOA dns1.example.net. hostmaster.example.net. 1 21600 3600 604800 86400
      @ NS dns1.example.net.
      @ DNAME bar.example.org.
      """;

  @TestFactory
  Stream<DynamicTest> cases() {
    return RuleTester.of(new DataBelowDname())
        .valid("dname alone", APEX + "old DNAME example.net.\n")
        .valid("records beside the dname", APEX + "old DNAME example.net.\nold TXT \"moved\"\n")
        .valid(
            "names that only end in the same letters",
            APEX + "old DNAME example.net.\ngold A 192.0.2.1\nx.gold A 192.0.2.2\n")
        .valid(
            "nsec3 chain below an apex dname",
            DNAME_APEX
                + "ple28jlp3q5anh045ssk9f3u7ltd4qlc 3600 NSEC3 1 1 10 151E9F1094FE188F"
                + " ple28jlp3q5anh045ssk9f3u7ltd4qlc NS SOA DNAME RRSIG\n"
                + "ple28jlp3q5anh045ssk9f3u7ltd4qlc RRSIG NSEC3 13 3 3600 20400406111136"
                + " 20210205094136 61806 example.com. AAAA\n")
        .valid(
            "dname below a zone cut is occluded-data's",
            APEX
                + """
                sub NS ns.example.net.
                x.sub DNAME example.org.
                a.x.sub A 192.0.2.1
                """)
        .valid(
            "dname at a delegation point is occluded-data's",
            APEX + "sub NS ns.example.net.\nsub DNAME example.org.\nns.sub A 192.0.2.1\n")
        .invalid(
            "knot's dname_children",
            APEX + "foo DNAME bar\nbar.foo A 192.0.0.1\n",
            expect(9, 1, RULE))
        .invalid(
            "every record of a deep name, blank owner",
            APEX + "old DNAME example.net.\na.b.old A 192.0.2.1\n    TXT \"x\"\n",
            expect(9, 1, RULE),
            expect(10, 5, RULE))
        .invalid(
            "bind's ns-address-below-dname",
            DNAME_APEX + "@ NS ns.example.com.\nns A 192.168.0.2\n",
            expect(7, RULE))
        .invalid(
            "bind's delegating-ns-address-below-dname: a delegation below a dname",
            APEX
                + """
                sub NS ns.sub2
                sub2 DNAME example.net.
                ns.sub2 A 192.168.0.2
                x.sub2 NS ns.example.net.
                """,
            expect(10, RULE),
            expect(11, RULE))
        .invalid(
            "a dname below a dname, and what is below that",
            APEX + "old DNAME example.net.\nsub.old DNAME example.org.\nx.sub.old A 192.0.2.1\n",
            expect(9, RULE),
            expect(10, RULE))
        .invalid(
            "wildcard and alias pseudo-record below a dname",
            APEX + "old DNAME example.net.\n*.old A 192.0.2.1\nshop.old ALIAS lb.example.net.\n",
            expect(9, RULE),
            expect(10, RULE))
        .invalid(
            "names written under an $ORIGIN, owner case differs",
            APEX + "Old DNAME example.net.\n$ORIGIN old.example.com.\nwww A 192.0.2.1\n",
            expect(10, RULE))
        .invalid(
            "an rrsig is exempt but the record it covers is not",
            APEX
                + "old DNAME example.net.\nwww.old A 192.0.2.1\n"
                + "www.old RRSIG A 13 4 3600 20300101000000 20200101000000 1 example.com. AAAA\n",
            expect(9, RULE))
        .stream();
  }

  @Test
  void nestedDnamesNameTheHighestAndTheRewrittenName() {
    List<Diagnostic> found =
        RuleTester.run(
            new DataBelowDname(),
            Name.fromConstantString("example.com."),
            CheckOptions.DEFAULTS,
            APEX + "old DNAME example.net.\nsub.old DNAME example.org.\nx.sub.old A 192.0.2.1\n");
    assertEquals(2, found.size());
    assertEquals(
        "this A at 'x.sub.old.example.com.' is below the DNAME at 'old.example.com.', so it is never"
            + " served: resolvers are redirected to 'x.sub.example.net.' instead, and Knot and NSD"
            + " refuse to load the zone",
        found.get(1).message());
    assertEquals(8, found.get(1).related().get(0).location().line());
  }
}

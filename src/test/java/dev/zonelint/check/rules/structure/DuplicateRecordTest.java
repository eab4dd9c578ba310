package dev.zonelint.check.rules.structure;

import static dev.zonelint.check.RuleTester.APEX;
import static dev.zonelint.check.RuleTester.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zonelint.check.CheckOptions;
import dev.zonelint.check.RuleTester;
import dev.zonelint.diag.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.xbill.DNS.Name;

class DuplicateRecordTest {
  private static final String RULE = "duplicate-record";

  @TestFactory
  Stream<DynamicTest> cases() {
    return RuleTester.of(new DuplicateRecord())
        .valid("clean apex", APEX)
        .valid("same data, different types", APEX + "www TXT \"a\"\nwww SPF \"a\"\n")
        .valid("txt strings keep their case", APEX + "www TXT \"abc\"\nwww TXT \"ABC\"\n")
        .valid(
            "svcb targets keep their case (Knot duplicates.zone)",
            APEX + "svc SVCB 10 A.exAmple.\nsvc SVCB 10 a.EXampLE.\n")
        .valid(
            "nsec next names keep their case (RFC 6840 §5.1)",
            APEX + "www NSEC A.example.com. A\nwww NSEC a.example.com. A\n")
        .valid(
            "a second soa with other data is multiple-soa's job",
            APEX + "@ SOA ns1 hostmaster 2024010102 7200 3600 1209600 3600\n")
        .valid(
            "same data at different names",
            APEX + "a A 192.0.2.10\nb A 192.0.2.10\n*.a A 192.0.2.10\n")
        .valid(
            "alias and a record with the same target bytes are different",
            APEX + "shop ALIAS lb.example.net.\nshop2 CNAME lb.example.net.\n")
        .invalid(
            "exact copy of the soa (Knot soa.duplicate)",
            APEX + "@ SOA ns1.example.com. hostmaster 2024010101 7200 3600 1209600 3600\n",
            expect(8, RULE))
        .invalid("exact copy", APEX + "www A 192.0.2.40\nwww A 192.0.2.40\n", expect(9, 1, RULE))
        .invalid(
            "apex ns differing in case only, relative vs absolute",
            APEX + "@ NS NS1.EXAMPLE.COM.\n",
            expect(8, RULE))
        .invalid(
            "copy with another ttl, blank owner",
            APEX + "www 300 A 192.0.2.40\n    600 A 192.0.2.40\n",
            expect(9, 5, RULE))
        .invalid(
            "Knot duplicates.zone: mx and srv in mixed case and RFC 3597 form",
            APEX
                + """
                dupl MX 10 some.domain.
                dupl MX 10 Some.Domain.
                DuPl MX \\# 15 000a04534f4d4506444f4d41494e00
                srv SRV 10 0 1000 a.example.
                SRV SRV 10 0 1000 A.examplE.
                """,
            expect(9, RULE),
            expect(10, RULE),
            expect(12, RULE))
        .invalid(
            "three copies give two findings",
            APEX + "www AAAA 2001:db8::1\nwww AAAA 2001:DB8:0::1\nwww AAAA 2001:db8::0:1\n",
            expect(9, RULE),
            expect(10, RULE))
        .invalid(
            "duplicate alias pseudo-records",
            APEX + "shop ALIAS lb.example.net.\nshop ALIAS LB.example.net.\n",
            expect(9, RULE))
        .invalid(
            "copies under different $ORIGINs",
            APEX
                + """
                $ORIGIN lab.example.com.
                host CNAME web.example.net.
                $ORIGIN example.com.
                host.lab CNAME web.example.net.
                """,
            expect(11, RULE))
        .stream();
  }

  /** Record lines at one name, with repeats up to letter case and TTL, and near misses. */
  private static final String[] POOL = {
    "A 192.0.2.1",
    "600 A 192.0.2.1",
    "A 192.0.2.2",
    "MX 10 Mail.example.net.",
    "MX 10 mail.example.net.",
    "MX 20 mail.example.net.",
    "NS ns1.example.net.",
    "NS NS1.EXAMPLE.net.",
    "TXT \"abc\"",
    "TXT \"ABC\"",
    "NSEC A.example.com. A",
    "NSEC a.example.com. A",
    "SRV 10 0 1000 a.example.",
    "SRV 10 0 1000 A.example.",
    "ALIAS lb.example.net.",
    "ALIAS LB.example.net.",
    "MX \\# 15 000a04534f4d4506444f4d41494e00",
    "MX 10 some.domain."
  };

  /**
   * Names of few records compare them pair by pair, names of many through a map: the same records
   * find the same repeats either way (padded past the pairwise limit with records that repeat
   * nothing).
   */
  @Test
  void namesOfFewRecordsFindTheSameRepeatsAsNamesOfMany() {
    Random rnd = new Random(20261207);
    int withRepeats = 0;
    for (int round = 0; round < 300; round++) {
      StringBuilder few = new StringBuilder(RuleTester.APEX);
      int count = 2 + rnd.nextInt(DuplicateRecord.PAIRWISE_MAX - 1);
      for (int i = 0; i < count; i++) {
        few.append("www ").append(POOL[rnd.nextInt(POOL.length)]).append('\n');
      }
      StringBuilder many = new StringBuilder(few);
      for (int i = 0; i < DuplicateRecord.PAIRWISE_MAX; i++) {
        many.append("www HINFO \"cpu").append(i).append("\" \"os\"\n");
      }
      List<String> pairwise = findings(few.toString());
      assertEquals(findings(many.toString()), pairwise, few.toString());
      withRepeats += pairwise.isEmpty() ? 0 : 1;
    }
    assertTrue(withRepeats > 100, "rounds with repeats: " + withRepeats);
  }

  private static List<String> findings(String zone) {
    List<String> out = new ArrayList<>();
    for (Diagnostic d :
        RuleTester.run(
            new DuplicateRecord(),
            Name.fromConstantString("example.com."),
            CheckOptions.DEFAULTS,
            zone)) {
      out.add(d.location().line() + " " + d.rule() + " " + d.message() + " " + d.related());
    }
    return out;
  }
}

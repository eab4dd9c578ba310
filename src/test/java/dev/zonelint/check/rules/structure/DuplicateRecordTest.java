package dev.zonelint.check.rules.structure;

import static dev.zonelint.check.RuleTester.APEX;
import static dev.zonelint.check.RuleTester.expect;

import dev.zonelint.check.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

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
}

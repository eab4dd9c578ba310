package dev.zonelint.check.rules.structure;

import static dev.zonelint.check.RuleTester.APEX;
import static dev.zonelint.check.RuleTester.expect;

import dev.zonelint.check.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class OccludedDataTest {
  private static final String RULE = "occluded-data";

  @TestFactory
  Stream<DynamicTest> cases() {
    return RuleTester.of(new OccludedData())
        .valid("apex ns is not a delegation", APEX + "@ MX 10 mail\nmail A 192.0.2.25\n")
        .valid(
            "glue below the cut, across an empty non-terminal",
            APEX
                + """
                sub NS ns1.dc1.sub
                ns1.dc1.sub A 192.0.2.53
                            AAAA 2001:db8::53
                """)
        .valid(
            "ds, rrsig, nsec and an address at the cut",
            APEX
                + """
                sub NS sub
                    A 192.0.2.53
                    DS 12345 13 2 49FD46E6C4B45C55D4AC69CBD3CD34AC1AFE51DE5D0F4D4E8B6B3D4D4E0E1A2B
                    RRSIG DS 13 3 3600 20300101000000 20200101000000 1 example.com. AAAA
                    NSEC www.example.com. NS DS RRSIG NSEC
                """)
        .valid(
            "wildcard glue (Knot glue_wildcard.valid)",
            APEX + "abc NS a.ns.abc\n*.ns.abc AAAA ::1\n")
        .valid(
            "data below a dname is data-below-dname's job",
            APEX + "d DNAME example.net.\nsub.d NS ns.example.net.\nx.sub.d TXT \"x\"\n")
        .valid(
            "soa at the cut is soa-not-at-apex's, cname at the cut cname-and-other-data's",
            APEX
                + """
                sub NS ns.example.net.
                    SOA ns.example.net. h 1 7200 3600 1209600 3600
                    CNAME other.example.net.
                """)
        .valid(
            "sibling names beside a delegation are not below it",
            APEX + "sub NS ns.example.net.\nsubway TXT \"x\"\nx.other TXT \"y\"\n")
        .invalid(
            "txt below the cut",
            APEX + "sub NS ns.example.net.\nhost.sub TXT \"v=spf1 -all\"\n",
            expect(9, 1, RULE))
        .invalid(
            "mx at the cut, blank owner",
            APEX + "sub NS ns.example.net.\n    MX 10 mail.sub\nmail.sub A 192.0.2.25\n",
            expect(9, 5, RULE))
        .invalid(
            "nested delegation and ds below the cut",
            APEX
                + """
                sub NS ns.example.net.
                x.sub NS ns.example.net.
                x.sub DS 12345 13 2 49FD46E6C4B45C55D4AC69CBD3CD34AC1AFE51DE5D0F4D4E8B6B3D4D4E0E1A2B
                """,
            expect(9, RULE),
            expect(10, RULE))
        .invalid(
            "dname at a delegation point (Knot dname_extra_ns)",
            APEX + "foo DNAME bar\nfoo NS ns1\n",
            expect(8, RULE))
        .invalid(
            "cname and nsec below the cut, upper-case owner",
            APEX
                + """
                sub NS ns.example.net.
                WWW.SUB CNAME web.example.net.
                www.sub NSEC zz.example.com. CNAME RRSIG NSEC
                """,
            expect(9, RULE),
            expect(10, RULE))
        .invalid(
            "alias pseudo-record below the cut is not glue",
            APEX + "sub NS ns.example.net.\nshop.sub ALIAS lb.example.net.\n",
            expect(9, RULE))
        .invalid(
            "delegation made absolute under another $ORIGIN",
            APEX + "$ORIGIN sub.example.com.\n@ NS ns.example.net.\nhost MX 0 .\n",
            expect(10, RULE))
        .stream();
  }
}

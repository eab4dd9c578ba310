package dev.zonelint.check.rules.records;

import static dev.zonelint.check.RuleTester.APEX;
import static dev.zonelint.check.RuleTester.expect;

import dev.zonelint.check.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class DnssecDsAtApexTest {
  private static final String RULE = "dnssec-ds-at-apex";
  private static final String DS =
      " DS 14364 10 2 FD03B2312C8F0FE72C1751EFA1007D743C94EC91594FF0047C23C37CE119BA0C\n";

  @TestFactory
  Stream<DynamicTest> cases() {
    return RuleTester.of(new DnssecDsAtApex())
        .valid("ds at a delegation", APEX + "sub NS ns.example.net.\nsub" + DS)
        .valid("ds elsewhere is another rule's", APEX + "foo" + DS)
        .valid("dnskey at the apex", APEX + "@ DNSKEY 257 3 13 AAAA\n")
        .valid(
            "cds at the apex is how children signal",
            APEX
                + "@ CDS 14364 10 2 FD03B2312C8F0FE72C1751EFA1007D743C94EC91594FF0047C23C37CE119BA0C\n")
        .invalid("BIND bad-ds.db", APEX + "@" + DS, expect(8, RULE))
        .invalid("Knot ds_apex.zone, absolute owner", APEX + "example.com." + DS, expect(8, RULE))
        .invalid(
            "two at the apex, blank owner",
            APEX + "@" + DS + "   " + DS,
            expect(8, RULE),
            expect(9, 5, RULE))
        .invalid(
            "apex under another origin",
            "$ORIGIN example.com.\n$TTL 60\n@ SOA ns1 hm 1 2 3 4 5\n@ NS ns1\nns1 A 192.0.2.1\n@"
                + DS,
            expect(6, RULE))
        .stream();
  }
}

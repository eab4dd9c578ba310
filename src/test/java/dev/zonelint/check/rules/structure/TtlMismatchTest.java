package dev.zonelint.check.rules.structure;

import static dev.zonelint.check.RuleTester.APEX;
import static dev.zonelint.check.RuleTester.expect;

import dev.zonelint.check.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class TtlMismatchTest {
  private static final String RULE = "ttl-mismatch";

  @TestFactory
  Stream<DynamicTest> cases() {
    return RuleTester.of(new TtlMismatch())
        .valid("clean apex", APEX)
        .valid(
            "different types may have different ttls",
            APEX + "www 300 A 192.0.2.10\nwww 600 AAAA 2001:db8::10\nwww 60 TXT \"x\"\n")
        .valid(
            "rrsigs over different types carry their rrset's ttl",
            APEX
                + """
                www 300 A 192.0.2.10
                www 300 RRSIG A 13 3 300 20300101000000 20200101000000 1 example.com. AAAA
                www 600 TXT "x"
                www 600 RRSIG TXT 13 3 600 20300101000000 20200101000000 1 example.com. AAAA
                """)
        .valid(
            "an explicit ttl equal to $TTL",
            APEX + "www A 192.0.2.10\nwww 3600 A 192.0.2.11\nwww 1h A 192.0.2.12\n")
        .valid(
            "alias pseudo-record beside an a record is not the same rrset",
            APEX + "shop 300 A 192.0.2.10\nshop 60 ALIAS lb.example.net.\n")
        .valid(
            "a copy with another ttl is duplicate-record's job",
            APEX + "www 300 A 192.0.2.10\nwww 600 A 192.0.2.10\n")
        .valid(
            "a second soa with another ttl is multiple-soa's job",
            APEX + "@ 60 SOA ns1 hostmaster 2 7200 3600 1209600 3600\n")
        .invalid(
            "Knot ttl-mismatch.zone, blank owners",
            APEX
                + """
                ttl A 192.0.2.1
                    A 192.0.3.1
                    7200 A 192.0.4.1
                    AAAA 2001:db8::1
                    AAAA 2001:db9::1
                """,
            expect(10, 5, RULE))
        .invalid(
            "apex ns with different ttls", APEX + "@ 86400 NS ns3.example.net.\n", expect(8, RULE))
        .invalid(
            "each later record that differs from the first",
            APEX + "www 300 A 192.0.2.10\nwww 600 A 192.0.2.11\nwww 600 A 192.0.2.12\n",
            expect(9, RULE),
            expect(10, RULE))
        .invalid(
            "owner spelled in other case and absolute is the same rrset",
            APEX
                + "mail 300 MX 10 mx1.example.net.\nMAIL.example.com. 900 MX 20 mx2.example.net.\n",
            expect(9, RULE))
        .invalid(
            "$TTL change between records of one rrset",
            APEX + "www A 192.0.2.10\n$TTL 300\nwww A 192.0.2.11\n",
            expect(10, RULE))
        .invalid(
            "records of one rrset far apart under different $ORIGINs",
            APEX
                + """
                $ORIGIN lab.example.com.
                host 300 TXT "a"
                $ORIGIN example.com.
                www A 192.0.2.10
                host.lab 60 TXT "b"
                """,
            expect(12, RULE))
        .stream();
  }
}

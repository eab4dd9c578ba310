package dev.zonelint.check.rules.mail;

import static dev.zonelint.check.RuleTester.APEX;
import static dev.zonelint.check.RuleTester.expect;

import dev.zonelint.check.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class SpfVoidLookupsTest {
  private static final String RULE = "spf-void-lookups";

  @TestFactory
  Stream<DynamicTest> cases() {
    return RuleTester.of(new SpfVoidLookups())
        .valid(
            "two void lookups are allowed",
            APEX + "@ TXT \"v=spf1 a:old1.example.com a:old2.example.com -all\"\n")
        .valid(
            "names outside the zone are assumed to answer",
            APEX
                + "@ TXT \"v=spf1 a:x.example.net mx:y.example.net include:z.example.net"
                + " exists:w.example.net -all\"\n")
        .valid(
            "names below a delegation are the child zone's",
            APEX
                + """
                sub NS ns.example.net.
                @ TXT "v=spf1 a:h1.sub.example.com a:h2.sub.example.com a:sub.example.com -all"
                """)
        .valid(
            "a wildcard answers for the names it covers",
            APEX
                + """
                *.hosts A 192.0.2.1
                @ TXT "v=spf1 a:x.hosts.example.com a:y.hosts.example.com a:z.hosts.example.com -all"
                """)
        .valid(
            "macros and CNAMEs are not followed",
            APEX
                + """
                alias CNAME example.net.
                @ TXT "v=spf1 exists:%{i}.a.example.com exists:%{i}.b.example.com a:alias.example.com mx:alias.example.com include:alias.example.com -all"
                """)
        .valid(
            "AAAA is an address, ALIAS too; mx and a of a name that has them",
            APEX
                + """
                v6 AAAA 2001:db8::1
                lb ALIAS lb.example.net.
                @ MX 10 v6
                @ TXT "v=spf1 a:v6.example.com a:lb.example.com mx a:ns1.example.com -all"
                """)
        .invalid(
            "three names that do not exist",
            APEX
                + "@ TXT \"v=spf1 a:old1.example.com a:old2.example.com mx:old3.example.com -all\"\n",
            expect(8, 1, RULE))
        .invalid(
            "bare a and mx at a name without them, include of a name without TXT",
            APEX
                + """
                nospf A 192.0.2.1
                mail TXT "v=spf1 a mx include:nospf.example.com -all"
                """,
            expect(9, RULE))
        .invalid(
            "through an in-zone include",
            APEX
                + """
                @ TXT "v=spf1 a:gone.example.com include:_spf.example.com -all"
                _spf TXT "v=spf1 a:gone1.example.com exists:gone2.example.com -all"
                """,
            expect(8, RULE))
        .invalid(
            "empty non-terminals answer no data, blank owner",
            APEX
                + """
                host.ent A 192.0.2.1
                @ MX 10 host.ent
                  TXT "v=spf1 a:ent.example.com mx:ent.example.com include:ent.example.com -all"
                """,
            expect(10, 3, RULE))
        .stream();
  }
}

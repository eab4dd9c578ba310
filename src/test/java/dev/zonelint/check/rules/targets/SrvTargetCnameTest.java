package dev.zonelint.check.rules.targets;

import static dev.zonelint.check.RuleTester.APEX;
import static dev.zonelint.check.RuleTester.expect;

import dev.zonelint.check.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class SrvTargetCnameTest {
  private static final String RULE = "srv-target-cname";

  @TestFactory
  Stream<DynamicTest> cases() {
    return RuleTester.of(new SrvTargetCname())
        .valid("target with an address", APEX + "_sip._tcp SRV 0 5 5060 sip\nsip A 192.0.2.20\n")
        .valid("\".\": service not offered", APEX + "_imap._tcp SRV 0 0 0 .\n")
        .valid("target in another zone", APEX + "_xmpp._tcp SRV 5 0 5269 xmpp.example.net.\n")
        .valid(
            "target below a delegation belongs to the child",
            APEX + "_ldap._tcp SRV 0 0 389 dc.ad\nad NS ns.example.net.\n")
        .valid(
            "SRV at an occluded name below a delegation",
            APEX + "ad NS ns.example.net.\n_ldap._tcp.ad SRV 0 0 389 alias\nalias CNAME ns1\n")
        .valid(
            "target with an ALIAS pseudo-record",
            APEX + "_sip._tcp SRV 0 5 5060 sip\nsip ALIAS lb.example.net.\n")
        .invalid(
            "BIND check-srv-cname: target is a CNAME",
            APEX + "_sip._tcp SRV 1 2 3 target\ntarget CNAME ns1\n",
            expect(8, 1, RULE))
        .invalid(
            "absolute target in another case, blank owner",
            APEX + "_sip._tcp SRV 0 5 5060 ns1\n    SRV 1 5 5060 SIP.example.COM.\nsip CNAME ns2\n",
            expect(9, 5, RULE))
        .invalid(
            "target covered by a wildcard CNAME",
            APEX + "_sip._udp SRV 0 5 5060 sip.hosts\n*.hosts CNAME pbx.example.net.\n",
            expect(8, RULE))
        .invalid(
            "target below a DNAME",
            APEX + "_sip._udp SRV 0 5 5060 sip.old\nold DNAME new.example.net.\n",
            expect(8, RULE))
        .invalid(
            "$ORIGIN change",
            APEX
                + "$ORIGIN _tcp.example.com.\n_xmpp SRV 5 0 5222 chat\nchat CNAME ns1.example.com.\n",
            expect(9, RULE))
        .stream();
  }
}

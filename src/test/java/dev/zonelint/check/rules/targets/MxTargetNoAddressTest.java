package dev.zonelint.check.rules.targets;

import static dev.zonelint.check.RuleTester.APEX;
import static dev.zonelint.check.RuleTester.expect;

import dev.zonelint.check.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class MxTargetNoAddressTest {
  private static final String RULE = "mx-target-no-address";

  @TestFactory
  Stream<DynamicTest> cases() {
    return RuleTester.of(new MxTargetNoAddress())
        .valid("exchange with an A record", APEX + "@ MX 10 mail\nmail A 192.0.2.10\n")
        .valid("exchange with only AAAA", APEX + "@ MX 10 mail\nmail AAAA 2001:db8::25\n")
        .valid("exchange with an ALIAS", APEX + "@ MX 10 mail\nmail ALIAS lb.example.net.\n")
        .valid("exchange at the apex", APEX + "@ MX 10 @\n@ A 192.0.2.1\n")
        .valid("exchange in another zone", APEX + "@ MX 10 mx.example.net.\n")
        .valid(
            "exchange below a delegation belongs to the child",
            APEX + "@ MX 10 mx.sub\nsub NS ns.example.net.\n")
        .valid("exchange covered by a wildcard address", APEX + "@ MX 10 mail\n* A 192.0.2.8\n")
        .valid("wildcard matches several labels", APEX + "@ MX 10 a.b.deep\n*.deep A 192.0.2.8\n")
        .valid(
            "a CNAME exchange is mx-target-cname's finding",
            APEX + "@ MX 10 mail\nmail CNAME ns1\n")
        .valid("an IP-looking exchange is mx-target-ip's finding", APEX + "@ MX 10 192.0.2.5\n")
        .valid("null MX", APEX + "@ MX 0 .\n")
        .valid("letter case differs", APEX + "@ MX 10 MAIL\nMail A 192.0.2.10\n")
        .valid(
            "MX at an occluded name below a delegation",
            APEX + "sub NS ns.example.net.\nx.sub MX 10 nomail\n")
        .invalid("exchange does not exist", APEX + "@ MX 10 nomail\n", expect(8, 1, RULE))
        .invalid(
            "exchange owns only a TXT", APEX + "@ MX 10 mail\nmail TXT \"x\"\n", expect(8, RULE))
        .invalid(
            "empty non-terminal exchange, which also blocks the wildcard",
            APEX + "@ MX 10 mx\na.mx A 192.0.2.1\n* A 192.0.2.8\n",
            expect(8, RULE))
        .invalid(
            "wildcard without an address",
            APEX + "@ MX 10 mail\n* TXT \"catch-all\"\n",
            expect(8, RULE))
        .invalid(
            "wildcard not at the closest encloser does not apply",
            APEX + "@ MX 10 mx.x.deep\n*.deep A 192.0.2.8\ny.x.deep A 192.0.2.9\n",
            expect(8, RULE))
        .invalid(
            "absolute exchange, blank owner",
            APEX + "www A 192.0.2.3\n     MX 10 mx.example.com.\n",
            expect(9, 6, RULE))
        .invalid(
            "relative exchange under a changed $ORIGIN",
            APEX + "$ORIGIN sub.example.com.\n@ MX 10 mx\nmx.example.com. A 192.0.2.4\n",
            expect(9, RULE))
        .invalid(
            "only the MX without an address",
            APEX + "@ MX 10 ns1\n@ MX 20 backup\n",
            expect(9, RULE))
        .stream();
  }
}

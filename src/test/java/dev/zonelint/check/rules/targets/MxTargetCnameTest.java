package dev.zonelint.check.rules.targets;

import static dev.zonelint.check.RuleTester.APEX;
import static dev.zonelint.check.RuleTester.expect;

import dev.zonelint.check.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class MxTargetCnameTest {
  private static final String RULE = "mx-target-cname";

  @TestFactory
  Stream<DynamicTest> cases() {
    return RuleTester.of(new MxTargetCname())
        .valid("exchange with an address", APEX + "@ MX 10 mail\nmail A 192.0.2.10\n")
        .valid(
            "exchange in another zone is not resolved",
            APEX + "@ MX 10 mail.example.net.\nwww CNAME mail.example.net.\n")
        .valid(
            "a cname that no MX uses",
            APEX + "@ MX 10 mail\nmail A 192.0.2.10\nwebmail CNAME mail\n")
        .valid(
            "exchange below a delegation belongs to the child",
            APEX + "@ MX 10 mx.sub\nsub NS ns.example.net.\nmx.sub CNAME host.example.net.\n")
        .valid("null MX", APEX + "@ MX 0 .\n")
        .valid(
            "MX at an occluded name below a delegation",
            APEX + "sub NS ns.example.net.\nhost.sub MX 10 alias\nalias CNAME ns1\n")
        .valid(
            "alias pseudo-record is an address, not a CNAME",
            APEX + "@ MX 10 mail\nmail ALIAS lb.example.net.\n")
        .valid("upper-case exchange", APEX + "@ MX 10 MAIL\nmail A 192.0.2.10\n")
        .valid(
            "exchange whose own name exists hides the wildcard CNAME",
            APEX + "@ MX 10 mail\nmail AAAA 2001:db8::25\n* CNAME www.example.net.\n")
        .valid(
            "a DNAME below a delegation is the child's data",
            APEX + "@ MX 10 mx.d.sub\nsub NS ns.example.net.\nd.sub DNAME x.example.net.\n")
        .invalid(
            "a DNAME above a delegation rewrites the exchange first",
            APEX + "@ MX 10 mx.sub.old\nold DNAME new.example.net.\nsub.old NS ns.example.net.\n",
            expect(8, RULE))
        .invalid(
            "BIND check-mx-cname: exchange is a CNAME",
            APEX + "@ MX 10 mail\nmail CNAME host\nhost A 192.0.2.10\n",
            expect(8, 1, RULE))
        .invalid(
            "blank owner",
            APEX + "www A 192.0.2.3\n     MX 10 mail\nmail CNAME www\n",
            expect(9, 6, RULE))
        .invalid(
            "absolute exchange in another letter case",
            APEX + "@ MX 10 MAIL.Example.COM.\nmail CNAME host.example.net.\n",
            expect(8, RULE))
        .invalid(
            "relative names under a changed $ORIGIN",
            APEX + "$ORIGIN sub.example.com.\n@ MX 10 mx\nmx CNAME mail.example.net.\n",
            expect(9, RULE))
        .invalid(
            "exchange answered by a wildcard CNAME",
            APEX + "@ MX 10 mail\n* CNAME mail.example.net.\n",
            expect(8, RULE))
        .invalid(
            "exchange below a DNAME is answered with a synthesized CNAME",
            APEX + "@ MX 10 mx.old\nold DNAME new.example.net.\n",
            expect(8, RULE))
        .invalid(
            "only the MX whose exchange is a CNAME",
            APEX + "@ MX 10 good\n@ MX 20 bad\ngood A 192.0.2.10\nbad CNAME good\n",
            expect(9, RULE))
        .invalid(
            "MX at a wildcard owner",
            APEX + "*.shop MX 10 mail\nmail CNAME host.example.net.\n",
            expect(8, RULE))
        .stream();
  }
}

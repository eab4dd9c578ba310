package dev.zonelint.check.rules.targets;

import static dev.zonelint.check.RuleTester.APEX;
import static dev.zonelint.check.RuleTester.expect;

import dev.zonelint.check.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class MxTargetIpTest {
  private static final String RULE = "mx-target-ip";

  private static final String REVERSE =
      """
      $ORIGIN 2.0.192.in-addr.arpa.
      $TTL 3600
      @    SOA  ns1.example.com. hostmaster.example.com. 1 7200 3600 1209600 3600
      @    NS   ns1.example.com.
      """;

  @TestFactory
  Stream<DynamicTest> cases() {
    return RuleTester.of(new MxTargetIp())
        .valid("host name", APEX + "@ MX 10 mail\nmail A 192.0.2.10\n")
        .valid("null MX", APEX + "@ MX 0 .\n")
        .valid(
            "five numeric labels are not an address",
            APEX + "@ MX 10 1.2.3.4.5\n1.2.3.4.5 A 192.0.2.9\n")
        .valid("label starting with digits", APEX + "@ MX 10 10mail\n10mail A 192.0.2.9\n")
        .valid("leading zero is not an address", APEX + "@ MX 10 010.0.0.1.example.net.\n")
        .valid("numeric labels of another zone", APEX + "@ MX 10 192.0.2.1.example.net.\n")
        .valid(
            "MX at an occluded name below a delegation",
            APEX + "sub NS ns.example.net.\nx.sub MX 10 192.0.2.1\n")
        .invalid("relative address", APEX + "@ MX 10 192.0.2.5\n", expect(8, 1, RULE))
        .invalid("absolute address", APEX + "@ MX 10 192.0.2.5.\n", expect(8, RULE))
        .invalid("IPv6 address", APEX + "@ MX 10 2001:db8::25\n", expect(8, RULE))
        .invalid("IPv4-mapped IPv6 address", APEX + "@ MX 10 ::ffff:192.0.2.5\n", expect(8, RULE))
        .invalid(
            "blank owner under a changed $ORIGIN",
            APEX + "$ORIGIN sub.example.com.\nhost A 192.0.2.3\n     MX 10 10.0.0.1\n",
            expect(10, 6, RULE))
        .invalid(
            "address with an A record of that name is still an address",
            APEX + "@ MX 10 192.0.2.5\n192.0.2.5 A 192.0.2.5\n",
            expect(8, RULE))
        .origin("2.0.192.in-addr.arpa.")
        .valid(
            "reverse zone: relative numeric name continues out of the zone",
            REVERSE + "5 PTR host.example.com.\n5 MX 10 10\n")
        .invalid(
            "reverse zone: address written with a trailing dot",
            REVERSE + "5 PTR host.example.com.\n5 MX 10 192.0.2.10.\n",
            expect(6, RULE))
        .stream();
  }
}

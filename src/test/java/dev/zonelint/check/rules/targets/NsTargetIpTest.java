package dev.zonelint.check.rules.targets;

import static dev.zonelint.check.RuleTester.APEX;
import static dev.zonelint.check.RuleTester.expect;

import dev.zonelint.check.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class NsTargetIpTest {
  private static final String RULE = "ns-target-ip";

  private static final String REVERSE =
      """
      $ORIGIN 0.192.in-addr.arpa.
      $TTL 3600
      @    SOA  ns1.example.com. hostmaster.example.com. 1 7200 3600 1209600 3600
      @    NS   ns1.example.com.
      """;

  @TestFactory
  Stream<DynamicTest> cases() {
    return RuleTester.of(new NsTargetIp())
        .valid("host names", APEX + "sub NS ns.example.net.\n")
        .valid(
            "five numeric labels are not an address",
            APEX + "sub NS 1.2.3.4.5\n1.2.3.4.5 A 192.0.2.9\n")
        .valid("numeric labels of another zone", APEX + "sub NS 192.0.2.1.example.net.\n")
        .valid(
            "NS below a delegation is occluded, not used",
            APEX + "sub NS ns.example.net.\nx.sub NS 192.0.2.1\n")
        .valid("an MX is not this rule's", APEX + "@ MX 10 192.0.2.1\n")
        .invalid("apex NS written as an address", APEX + "@ NS 192.0.2.1\n", expect(8, 1, RULE))
        .invalid("delegation to an absolute address", APEX + "sub NS 192.0.2.1.\n", expect(8, RULE))
        .invalid("BIND zonechecks aaaa.db: IPv6", APEX + "@ NS ::1\n", expect(8, RULE))
        .invalid(
            "BIND zonechecks a.db: address that has an A record",
            APEX + "@ NS 127.0.0.1\n127.0.0.1 A 127.0.0.1\n",
            expect(8, RULE))
        .invalid(
            "blank owner",
            APEX + "sub NS ns.example.net.\n    NS 198.51.100.7\n",
            expect(9, 5, RULE))
        .origin("0.192.in-addr.arpa.")
        .valid(
            "reverse zone: a numeric relative name continues out of the zone",
            REVERSE + "2 NS 1.2\n")
        .invalid(
            "reverse zone: an absolute address", REVERSE + "2 NS 192.0.2.53.\n", expect(5, RULE))
        .stream();
  }
}

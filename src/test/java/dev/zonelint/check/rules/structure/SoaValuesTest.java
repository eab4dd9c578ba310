package dev.zonelint.check.rules.structure;

import static dev.zonelint.check.RuleTester.APEX;
import static dev.zonelint.check.RuleTester.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zonelint.check.CheckOptions;
import dev.zonelint.check.RuleTester;
import dev.zonelint.diag.Diagnostic;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.xbill.DNS.Name;

class SoaValuesTest {
  private static final String RULE = "soa-values";

  private static String zone(String soa) {
    return "$ORIGIN example.com.\n$TTL 3600\n" + soa + "\n@ NS ns1\nns1 A 192.0.2.1\n";
  }

  @TestFactory
  Stream<DynamicTest> cases() {
    return RuleTester.of(new SoaValues())
        .valid("clean apex", APEX)
        .valid(
            "Knot's values at the limits: expire exactly 1 week, minimum exactly 1 day",
            zone("@ 86400 SOA ns1 hostmaster 2010111214 6h 1h 1w 1d"))
        .valid(
            "legacy one-week minimum capped by a one-hour soa ttl",
            zone("@ SOA ns1 hostmaster 2024010101 7200 3600 1209600 604800"))
        .valid("refresh equal to retry", zone("@ SOA ns1 hostmaster 1 3600 3600 1209600 3600"))
        .valid(
            "bad values below the apex are soa-not-at-apex's concern",
            APEX + "sub SOA ns1 hostmaster 0 60 3600 600 999999\n")
        .invalid(
            "serial 0", zone("@ SOA ns1 hostmaster 0 7200 3600 1209600 3600"), expect(3, 1, RULE))
        .invalid(
            "retry longer than refresh",
            zone("@ SOA ns1 hostmaster 1 1800 3600 1209600 3600"),
            expect(3, RULE))
        .invalid(
            "expire shorter than refresh + retry but over a week",
            zone("@ SOA ns1 hostmaster 1 1w 2d 8d 3600"),
            expect(3, RULE))
        .invalid(
            "expire under a week (Knot soa.* zones)",
            zone("@ SOA dns1 hostmaster 1 1000 360 10000 7200"),
            expect(3, RULE))
        .invalid(
            "negative ttl over a day with a long soa ttl",
            zone("@ 172800 SOA ns1 hostmaster 1 7200 3600 1209600 2d"),
            expect(3, RULE))
        .invalid(
            "every problem at once gives one finding, multi-line soa",
            zone("@ 1000000 SOA ns1 hostmaster (\n  0 60 3600\n  600 999999 )"),
            expect(3, RULE))
        .invalid(
            "each apex soa is checked",
            APEX + "@ SOA ns1 hostmaster 0 7200 3600 1209600 3600\n",
            expect(8, RULE))
        .stream();
  }

  @Test
  void oneFindingListsEveryProblem() {
    List<Diagnostic> found =
        RuleTester.run(
            new SoaValues(),
            Name.fromConstantString("example.com."),
            CheckOptions.DEFAULTS,
            zone("@ 1000000 SOA ns1 hostmaster 0 60 3600 600 999999"));
    assertEquals(1, found.size(), found::toString);
    String message = found.get(0).message();
    for (String part :
        List.of(
            "serial is 0",
            "retry 3600 is longer than refresh 60",
            "expire 600 is shorter than refresh + retry (3660)",
            "expire 600 is under 1 week",
            "negative-caching TTL (the lower of minimum 999999 and the SOA's TTL 1000000)")) {
      assertTrue(message.contains(part), () -> "'" + part + "' missing from: " + message);
    }
  }
}

package dev.zonelint.check.rules.records;

import static dev.zonelint.check.RuleTester.APEX;
import static dev.zonelint.check.RuleTester.expect;

import dev.zonelint.check.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class SvcbDnsParamsTest {
  private static final String RULE = "svcb-dns-params";

  @TestFactory
  Stream<DynamicTest> cases() {
    return RuleTester.of(new SvcbDnsParams())
        .valid("dot", APEX + "_dns SVCB 1 dns.example.com. alpn=dot\n")
        .valid("doh with dohpath", APEX + "_dns SVCB 1 ns1 alpn=h2,h3 dohpath=/q{?dns}\n")
        .valid("alias mode", APEX + "_dns SVCB 0 dns.example.net.\n")
        .valid("not a dns service name", APEX + "svc SVCB 1 . alpn=h2\n")
        .valid("https records are not checked", APEX + "_dns HTTPS 1 . alpn=h2\n")
        .valid("port prefix with dot", APEX + "_853._dns SVCB 1 ns1 alpn=dot port=853\n")
        .invalid(
            "BIND bad-_dns-svcb1: no alpn",
            APEX + "_dns SVCB 1 ns1 dohpath=/{?dns}\n",
            expect(8, RULE))
        .invalid(
            "BIND bad-_dns-svcb2: http/1.1 without dohpath",
            APEX + "_dns SVCB 1 ns1 alpn=http/1.1\n",
            expect(8, RULE))
        .invalid("h3 without dohpath", APEX + "_dns SVCB 1 ns1 alpn=h3\n", expect(8, RULE))
        .invalid(
            "BIND bad-_dns-svcb5: escaped comma read as a separator",
            APEX + "_443._dns SVCB 1 ns1 alpn=h1\\\\,h2\n",
            expect(8, RULE))
        .invalid(
            "several records, one bad, upper-case label",
            APEX + "_DNS.r1 SVCB 1 ns1 alpn=dot\n    SVCB 2 ns2 alpn=h2\n",
            expect(9, 5, RULE))
        .stream();
  }
}

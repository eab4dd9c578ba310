package dev.zonelint.check.rules.register;

import static dev.zonelint.check.RuleTester.APEX;
import static dev.zonelint.check.RuleTester.expect;

import dev.zonelint.check.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class NotInRegisterTest {
  private static final String RULE = "not-in-register";
  private static final String NS = "ns1.example.com,infra\nns2.example.com,infra\n";

  @TestFactory
  Stream<DynamicTest> withoutRegister() {
    return RuleTester.of(new NotInRegister())
        .valid("no --register: silent", APEX + "www A 192.0.2.1\n")
        .stream();
  }

  @TestFactory
  Stream<DynamicTest> cases() {
    return RuleTester.of(new NotInRegister())
        .options(Registers.with(NS + "WWW.Example.COM.,web\n"))
        .valid("listed in another letter case with a dot", APEX + "www A 192.0.2.1\n")
        .valid("underscore names are attributes", APEX + "_dmarc TXT \"v=DMARC1; p=none\"\n")
        .valid("plain TXT is no host", APEX + "verify TXT \"token\"\n")
        .valid("glue below a delegation", APEX + "www A 192.0.2.1\n")
        .invalid("address", APEX + "shop A 192.0.2.2\n", expect(8, 1, RULE))
        .invalid("cname", APEX + "blog CNAME ghs.googlehosted.com.\n", expect(8, RULE))
        .invalid("alias", APEX + "app ALIAS lb.example.net.\n", expect(8, RULE))
        .invalid("mail only", APEX + "news MX 10 mx.example.net.\n", expect(8, RULE))
        .invalid("spf only", APEX + "send TXT \"v=spf1 -all\"\n", expect(8, RULE))
        .invalid(
            "delegation, not its glue",
            APEX + "sub NS ns.sub\nns.sub A 192.0.2.3\n",
            expect(8, RULE))
        .invalid("the apex with mail", APEX + "@ MX 0 .\n", expect(8, RULE))
        .stream();
  }
}

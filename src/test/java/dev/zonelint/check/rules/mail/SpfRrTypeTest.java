package dev.zonelint.check.rules.mail;

import static dev.zonelint.check.RuleTester.APEX;
import static dev.zonelint.check.RuleTester.expect;

import dev.zonelint.check.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class SpfRrTypeTest {
  private static final String RULE = "spf-rr-type";

  @TestFactory
  Stream<DynamicTest> cases() {
    return RuleTester.of(new SpfRrType())
        .valid("policy as TXT", APEX + "@ TXT \"v=spf1 -all\"\n")
        .valid("TXT that mentions SPF", APEX + "@ TXT \"SPF record moved\"\n")
        .valid("no policy at all", APEX)
        .valid("a name called spf", APEX + "spf TXT \"v=spf1 -all\"\n")
        .invalid("SPF type alone", APEX + "@ SPF \"v=spf1 -all\"\n", expect(8, RULE))
        .invalid(
            "SPF type beside the same TXT (BIND's spf.db)",
            APEX + "@ TXT \"v=spf1 -all\"\n@ SPF \"v=spf1 -all\"\n",
            expect(9, RULE))
        .invalid(
            "every SPF-type record, blank owner",
            APEX
                + """
                y SPF "v=spf1"
                  TXT "a non spf record"
                z SPF "v=spf1 a -all"
                  SPF "v=spf1 mx -all"
                """,
            expect(8, RULE),
            expect(10, RULE),
            expect(11, 3, RULE))
        .invalid("at a wildcard", APEX + "* SPF \"v=spf1 -all\"\n", expect(8, RULE))
        .stream();
  }
}

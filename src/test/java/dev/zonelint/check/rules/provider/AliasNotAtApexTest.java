package dev.zonelint.check.rules.provider;

import static dev.zonelint.check.RuleTester.APEX;
import static dev.zonelint.check.RuleTester.expect;

import dev.zonelint.check.RuleTester;
import dev.zonelint.provider.Provider;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class AliasNotAtApexTest {
  private static final String RULE = "alias-not-at-apex";
  private static final String APEX_ALIAS = APEX + "@ ALIAS lb.example.net.\n";
  private static final String WWW_ALIAS = APEX + "www ALIAS lb.example.net.\n";

  @TestFactory
  Stream<DynamicTest> cases() {
    return Stream.of(
            RuleTester.of(new AliasNotAtApex())
                .provider(Provider.GOOGLE)
                .valid("google apex", APEX_ALIAS)
                .valid("google cname below the apex", APEX + "www CNAME lb.example.net.\n")
                .invalid("google www", WWW_ALIAS, expect(8, 1, RULE))
                .invalid(
                    "google deep name",
                    APEX + "a.b ALIAS lb.example.net.\nc ALIAS lb.example.net.\n",
                    expect(8, RULE),
                    expect(9, RULE))
                .valid(
                    "google aname is alias-not-supported's", APEX + "www ANAME lb.example.net.\n"),
            RuleTester.of(new AliasNotAtApex())
                .provider(Provider.GANDI)
                .valid("gandi apex", APEX_ALIAS)
                .invalid("gandi www", WWW_ALIAS, expect(8, RULE)),
            RuleTester.of(new AliasNotAtApex())
                .provider(Provider.POWERDNS)
                .valid("powerdns www", WWW_ALIAS),
            RuleTester.of(new AliasNotAtApex()).valid("bind www", WWW_ALIAS))
        .flatMap(RuleTester::stream);
  }
}

package dev.zonelint.check.rules.provider;

import static dev.zonelint.check.RuleTester.APEX;
import static dev.zonelint.check.RuleTester.expect;

import dev.zonelint.check.RuleTester;
import dev.zonelint.provider.Provider;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class FlatteningHidesSpfIncludeTest {
  private static final String RULE = "flattening-hides-spf-include";
  private static final String INCLUDE =
      APEX
          + """
          @ TXT "v=spf1 include:_spf.example.com -all"
          _spf CNAME _spf.esp.example.net.
          """;
  private static final String REDIRECT =
      APEX
          + """
          mail TXT "v=spf1 redirect=_SPF.example.com"
          _spf CNAME _spf.esp.example.net.
          """;

  @TestFactory
  Stream<DynamicTest> cases() {
    return Stream.of(
            RuleTester.of(new FlatteningHidesSpfInclude())
                .provider(Provider.CLOUDFLARE_FLATTEN_ALL)
                .invalid("include of a flattened cname", INCLUDE, expect(8, 1, RULE))
                .invalid("redirect, any case", REDIRECT, expect(8, RULE))
                .valid(
                    "include target with its own TXT",
                    APEX
                        + "@ TXT \"v=spf1 include:_spf.example.com -all\"\n"
                        + "_spf TXT \"v=spf1 ip4:192.0.2.0/24 -all\"\n")
                .valid(
                    "out-of-zone include", APEX + "@ TXT \"v=spf1 include:_spf.google.com -all\"\n")
                .valid(
                    "macro include", APEX + "@ TXT \"v=spf1 include:%{d}.spf.example.com -all\"\n"),
            RuleTester.of(new FlatteningHidesSpfInclude())
                .provider(Provider.CLOUDFLARE)
                .valid("cloudflare leaves the cname below the apex", INCLUDE),
            RuleTester.of(new FlatteningHidesSpfInclude())
                .provider(Provider.CLOUDFLARE)
                .origin("example.org.")
                .invalid(
                    "cloudflare flattens an apex included from elsewhere",
                    """
                    $TTL 300
                    @ SOA ns1.example.net. hostmaster.example.net. 1 7200 3600 1209600 300
                    @ NS ns1.example.net.
                    @ CNAME spf.esp.example.net.
                    mail TXT "v=spf1 include:example.org -all"
                    """,
                    expect(5, RULE)),
            RuleTester.of(new FlatteningHidesSpfInclude()).valid("bind", INCLUDE))
        .flatMap(RuleTester::stream);
  }
}

package dev.zonelint.check.rules.provider;

import static dev.zonelint.check.RuleTester.APEX;
import static dev.zonelint.check.RuleTester.expect;

import dev.zonelint.check.RuleTester;
import dev.zonelint.provider.Provider;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class FlatteningBreaksDkimTest {
  private static final String RULE = "flattening-breaks-dkim";
  private static final String DKIM =
      APEX
          + "selector1._domainkey CNAME selector1-example-com._domainkey.contoso.onmicrosoft.com.\n"
          + "s1._domainkey.mail CNAME s1.domainkey.u123.wl.sendgrid.net.\n";
  private static final String VERIFICATION =
      APEX
          + """
          _dmarc CNAME _dmarc.esp.example.net.
          _acme-challenge.www CNAME www.acme.example.net.
          asuid.app CNAME app.verify.example.net.
          _dnsauth.shop CNAME shop.afd.example.net.
          www CNAME lb.example.net.
          """;

  @TestFactory
  Stream<DynamicTest> cases() {
    return Stream.of(
            RuleTester.of(new FlatteningBreaksDkim())
                .provider(Provider.CLOUDFLARE_FLATTEN_ALL)
                .invalid("dkim selectors", DKIM, expect(8, 1, RULE), expect(9, RULE))
                .invalid(
                    "verification names",
                    VERIFICATION,
                    expect(8, RULE),
                    expect(9, RULE),
                    expect(10, RULE),
                    expect(11, RULE))
                .valid("dkim TXT record", APEX + "s1._domainkey TXT \"v=DKIM1; p=\"\n"),
            RuleTester.of(new FlatteningBreaksDkim())
                .provider(Provider.CLOUDFLARE)
                .valid("cloudflare flattens only the apex", DKIM)
                .valid("cloudflare apex cname", APEX + "@ CNAME lb.example.net.\n"),
            RuleTester.of(new FlatteningBreaksDkim())
                .provider(Provider.CLOUDFLARE)
                .origin("_domainkey.example.com.")
                .invalid(
                    "cloudflare apex of a _domainkey zone",
                    "$TTL 300\n@ CNAME key.esp.example.net.\n",
                    expect(2, RULE)),
            RuleTester.of(new FlatteningBreaksDkim()).valid("bind", DKIM))
        .flatMap(RuleTester::stream);
  }
}

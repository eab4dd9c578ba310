package dev.zonelint.check.rules.provider;

import static dev.zonelint.check.RuleTester.APEX;
import static dev.zonelint.check.RuleTester.expect;

import dev.zonelint.check.RuleTester;
import dev.zonelint.provider.Provider;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class AliasNotSupportedTest {
  private static final String RULE = "alias-not-supported";
  private static final String ALIAS = APEX + "@ ALIAS lb.example.net.\n";
  private static final String ANAME = APEX + "@ ANAME lb.example.net.\n";
  private static final String AWS =
      APEX + "@ 300 AWS ALIAS A d111111abcdef8.cloudfront.net. Z2FDTNDATAQYW2 false\n";

  @TestFactory
  Stream<DynamicTest> bind() {
    return RuleTester.of(new AliasNotSupported())
        .valid("plain records", APEX + "www CNAME lb.example.net.\n")
        .invalid("alias", ALIAS, expect(8, 1, RULE))
        .invalid("aname", ANAME, expect(8, RULE))
        .invalid("aws alias", AWS, expect(8, RULE))
        .invalid("below the apex too", APEX + "www ALIAS lb.example.net.\n", expect(8, RULE))
        .stream();
  }

  @TestFactory
  Stream<DynamicTest> profilesWithTheirOwnForm() {
    return Stream.of(
            RuleTester.of(new AliasNotSupported())
                .provider(Provider.POWERDNS)
                .valid("powerdns alias", ALIAS)
                .valid("powerdns alias below the apex", APEX + "www ALIAS lb.example.net.\n")
                .invalid("powerdns aname", ANAME, expect(8, RULE))
                .invalid("powerdns aws alias", AWS, expect(8, RULE)),
            RuleTester.of(new AliasNotSupported())
                .provider(Provider.DNSMADEEASY)
                .valid("dnsmadeeasy aname", ANAME)
                .invalid("dnsmadeeasy alias", ALIAS, expect(8, RULE)),
            RuleTester.of(new AliasNotSupported())
                .provider(Provider.DNSIMPLE)
                .valid("dnsimple alias", ALIAS)
                .invalid("dnsimple aname", ANAME, expect(8, RULE)),
            RuleTester.of(new AliasNotSupported()).provider(Provider.NS1).valid("ns1 alias", ALIAS),
            RuleTester.of(new AliasNotSupported())
                .provider(Provider.GOOGLE)
                .valid("google alias at the apex", ALIAS)
                .valid(
                    "google alias below the apex is alias-not-at-apex's",
                    APEX + "www ALIAS a.example.net.\n"),
            RuleTester.of(new AliasNotSupported())
                .provider(Provider.GANDI)
                .valid("gandi alias", ALIAS)
                .invalid("gandi aname", ANAME, expect(8, RULE)),
            RuleTester.of(new AliasNotSupported())
                .provider(Provider.ROUTE53)
                .valid("route53 aws alias", AWS)
                .invalid(
                    "route53 alias to an aws resource",
                    APEX + "@ ALIAS d111111abcdef8.cloudfront.net.\n",
                    expect(8, RULE))
                .valid("route53 alias to a non-aws target is alias-target-not-allowed's", ALIAS))
        .flatMap(RuleTester::stream);
  }

  @TestFactory
  Stream<DynamicTest> profilesWithoutAnAliasInTheFile() {
    return Stream.of(
            RuleTester.of(new AliasNotSupported())
                .provider(Provider.CLOUDFLARE)
                .valid("cloudflare apex cname", APEX + "@ CNAME lb.example.net.\n")
                .invalid("cloudflare alias", ALIAS, expect(8, RULE))
                .invalid("cloudflare aws alias", AWS, expect(8, RULE)),
            RuleTester.of(new AliasNotSupported())
                .provider(Provider.CLOUDFLARE_FLATTEN_ALL)
                .invalid("cloudflare-flatten-all aname", ANAME, expect(8, RULE)),
            RuleTester.of(new AliasNotSupported())
                .provider(Provider.HETZNER)
                .invalid("hetzner alias", ALIAS, expect(8, RULE)),
            RuleTester.of(new AliasNotSupported())
                .provider(Provider.DESEC)
                .invalid("desec aname", ANAME, expect(8, RULE)),
            RuleTester.of(new AliasNotSupported())
                .provider(Provider.AZURE)
                .invalid(
                    "azure alias to traffic manager",
                    APEX + "@ ALIAS shop.trafficmanager.net.\n",
                    expect(8, RULE))
                .valid("azure alias to a non-azure target is alias-target-not-allowed's", ALIAS))
        .flatMap(RuleTester::stream);
  }
}

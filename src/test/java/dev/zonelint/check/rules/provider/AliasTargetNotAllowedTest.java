package dev.zonelint.check.rules.provider;

import static dev.zonelint.check.RuleTester.APEX;
import static dev.zonelint.check.RuleTester.expect;

import dev.zonelint.check.RuleTester;
import dev.zonelint.provider.Provider;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class AliasTargetNotAllowedTest {
  private static final String RULE = "alias-target-not-allowed";

  private static String aws(String target, String zoneId) {
    return APEX + "@ 300 AWS ALIAS A " + target + " " + zoneId + " false\n";
  }

  @TestFactory
  Stream<DynamicTest> route53() {
    return RuleTester.of(new AliasTargetNotAllowed())
        .provider(Provider.ROUTE53)
        .valid("cloudfront", aws("d111111abcdef8.cloudfront.net.", "Z2FDTNDATAQYW2"))
        .valid(
            "alb with dualstack",
            aws("dualstack.web-1.eu-west-1.elb.amazonaws.com.", "Z32O12XQLNTSW2"))
        .valid("nlb", aws("nlb-1.elb.us-east-2.amazonaws.com.", "ZLMOA37VPKANP"))
        .valid(
            "s3 website",
            aws("example.com.s3-website.eu-central-1.amazonaws.com.", "Z21DNDUVLTQW6Q"))
        .valid("record in the same zone", aws("www.example.com.", "Z0123456789OWNZONE"))
        .valid("zone-relative target", APEX + "@ 300 AWS ALIAS A www Z0123456789OWNZONE false\n")
        .invalid("heroku", aws("myapp.herokudns.com.", "Z2FDTNDATAQYW2"), expect(8, 1, RULE))
        .invalid("s3 rest endpoint", aws("b.s3.amazonaws.com.", "Z3AQBSTGFYJSTF"), expect(8, RULE))
        .invalid(
            "generic alias to a non-aws target",
            APEX + "www ALIAS lb.example.net.\n",
            expect(8, RULE))
        .invalid(
            "wrong hosted zone for the region",
            aws("web-1.eu-west-1.elb.amazonaws.com.", "Z35SXDOTRQ7X7K"),
            expect(8, RULE))
        .invalid(
            "alb zone id on an nlb",
            aws("nlb-1.elb.us-east-1.amazonaws.com.", "Z35SXDOTRQ7X7K"),
            expect(8, RULE))
        .valid("plain cname to anything", APEX + "www CNAME lb.example.net.\n")
        .stream();
  }

  @TestFactory
  Stream<DynamicTest> otherProfiles() {
    return Stream.of(
            RuleTester.of(new AliasTargetNotAllowed())
                .provider(Provider.AZURE)
                .valid("traffic manager", APEX + "@ ALIAS shop.trafficmanager.net.\n")
                .valid("front door", APEX + "@ ALIAS www-abc.z01.azurefd.net.\n")
                .valid("azure cdn", APEX + "@ ALIAS static.azureedge.net.\n")
                .invalid(
                    "app service is not an alias target",
                    APEX + "@ ALIAS myapp.azurewebsites.net.\n",
                    expect(8, RULE))
                .invalid("cloudfront", APEX + "@ ALIAS d1.cloudfront.net.\n", expect(8, RULE)),
            RuleTester.of(new AliasTargetNotAllowed())
                .provider(Provider.POWERDNS)
                .valid("powerdns alias to anything", APEX + "@ ALIAS lb.example.net.\n"),
            RuleTester.of(new AliasTargetNotAllowed())
                .valid("bind", APEX + "@ ALIAS myapp.herokudns.com.\n"))
        .flatMap(RuleTester::stream);
  }
}

package dev.zonelint.check.rules.alias;

import static dev.zonelint.check.RuleTester.APEX;
import static dev.zonelint.check.RuleTester.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.zonelint.check.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.xbill.DNS.Name;

class TakeoverProneCnameTest {
  private static final String RULE = "takeover-prone-cname";

  @TestFactory
  Stream<DynamicTest> cases() {
    return RuleTester.of(new TakeoverProneCname())
        .valid(
            "cloudfront is not takeover-prone", APEX + "cdn CNAME d111111abcdef8.cloudfront.net.\n")
        .valid(
            "load balancer under amazonaws.com",
            APEX + "api CNAME my-lb-1.us-east-1.elb.amazonaws.com.\n")
        .valid("only whole labels match", APEX + "blog CNAME acme.notgithub.io.\n")
        .valid("github.com is not github pages", APEX + "code CNAME acme.github.com.\n")
        .valid("in-zone target", APEX + "www CNAME web\nweb A 192.0.2.1\n")
        .valid(
            "route 53 alias records cannot dangle",
            APEX + "www 300 AWS ALIAS A s3-website-us-east-1.amazonaws.com. Z3AQBSTGFYJSTF false\n")
        .valid(
            "occluded below a delegation",
            APEX + "sub NS ns.example.net.\nx.sub CNAME acme.herokuapp.com.\n")
        .valid("txt mentioning a pattern", APEX + "www TXT \"acme.github.io\"\n")
        .invalid("github pages", APEX + "blog CNAME acme.github.io.\n", expect(8, 1, RULE))
        .invalid(
            "s3 website endpoint, dash form, in upper case",
            APEX + "static CNAME Static.Example.COM.S3-Website-US-East-1.AmazonAWS.com.\n",
            expect(8, RULE))
        .invalid(
            "s3 website endpoint, dot form, bucket with dots",
            APEX + "img CNAME img.example.com.s3-website.eu-central-1.amazonaws.com.\n",
            expect(8, RULE))
        .invalid(
            "azure app service and traffic manager, blank owner",
            APEX
                + "app CNAME acme.azurewebsites.net.\n"
                + "tm RRSIG CNAME 13 3 3600 20300101000000 20200101000000 1 example.com. AAAA\n"
                + "   CNAME acme.trafficmanager.net.\n",
            expect(8, RULE),
            expect(10, 4, RULE))
        .invalid(
            "alias pseudo-record and wildcard",
            APEX + "@ ALIAS acme.herokuapp.com.\n* CNAME acme.netlify.app.\n",
            expect(8, RULE),
            expect(9, RULE))
        .invalid(
            "shared host name of a service",
            APEX + "shop CNAME shops.myshopify.com.\n",
            expect(8, RULE))
        .stream();
  }

  @Test
  void patterns() {
    assertEquals("AWS S3", service("b.s3.amazonaws.com."));
    assertEquals("AWS S3", service("b.s3.us-west-2.amazonaws.com."));
    assertEquals("AWS S3", service("b.s3.dualstack.us-west-2.amazonaws.com."));
    assertEquals("AWS S3 website", service("b.s3-website.eu-central-1.amazonaws.com."));
    assertEquals("AWS Elastic Beanstalk", service("env.us-east-1.elasticbeanstalk.com."));
    assertEquals("Azure Blob Storage", service("acct.blob.core.windows.net."));
    assertNull(service("acct.core.windows.net."));
    assertNull(service("b.s3x.amazonaws.com."));
    assertNull(service("io."));
  }

  private static String service(String name) {
    return TakeoverProneCname.service(Name.fromConstantString(name));
  }
}

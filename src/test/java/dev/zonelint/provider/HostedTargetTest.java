package dev.zonelint.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xbill.DNS.Name;

class HostedTargetTest {
  private static final String CASES =
      """
      d111111abcdef8.cloudfront.net.                          | AWS_CLOUDFRONT          | CloudFront
      dualstack.web-1.eu-west-1.elb.amazonaws.com.            | AWS_ELB                 | ELB (ALB/Classic)
      www.example.com.s3-website-us-west-2.amazonaws.com.     | AWS_S3_WEBSITE          | S3 website
      my-bucket.s3.eu-west-1.amazonaws.com.                   | AWS_S3                  | S3
      d-abcde12345.execute-api.eu-west-1.amazonaws.com.       | AWS_API_GATEWAY         | API Gateway (regional)
      my-env.eba-abcd1234.us-east-1.elasticbeanstalk.com.     | AWS_ELASTIC_BEANSTALK   | Elastic Beanstalk
      a1234567890abcdef.awsglobalaccelerator.com.             | AWS_GLOBAL_ACCELERATOR  | Global Accelerator
      abcdefghij.us-east-1.awsapprunner.com.                  | AWS_APP_RUNNER          | App Runner
      vpce-0123-abcd.s3.eu-west-1.vpce.amazonaws.com.         | AWS_VPC_ENDPOINT        | VPC interface endpoint
      main.d1a2b3c4d5e6f7.amplifyapp.com.                     | AWS_OTHER               | Amplify
      shop.trafficmanager.net.                                | AZURE_TRAFFIC_MANAGER   | Traffic Manager
      static.azureedge.net.                                   | AZURE_CDN               | Azure CDN
      www-abcdefgh.z01.azurefd.net.                           | AZURE_FRONT_DOOR        | Front Door
      myvm.westeurope.cloudapp.azure.com.                     | AZURE_PUBLIC_IP         | public IP
      myapp.azurewebsites.net.                                | AZURE_OTHER             | App Service
      ghs.googlehosted.com.                                   | GOOGLE_CLOUD            | Google Sites
      myapp.herokudns.com.                                    | HEROKU                  | Heroku
      octocat.github.io.                                      | GITHUB_PAGES            | GitHub Pages
      apex-loadbalancer.netlify.com.                          | NETLIFY                 | Netlify
      cname.vercel-dns-0.com.                                 | VERCEL                  | Vercel
      dualstack.example.map.fastly.net.                       | FASTLY                  | Fastly
      www.example.com.edgekey.net.                            | AKAMAI                  | Akamai
      my-site.pages.dev.                                      | CLOUDFLARE              | Cloudflare Pages
      ada.ns.cloudflare.com.                                  | CLOUDFLARE              | Cloudflare DNS
      s1.domainkey.u1234.wl123.sendgrid.net.                  | EMAIL_SERVICE           | SendGrid
      abcdefghijklmnop.dkim.amazonses.com.                    | EMAIL_SERVICE           | Amazon SES
      dkim.mcsv.net.                                          | EMAIL_SERVICE           | Mailchimp
      selector1-example-com._domainkey.contoso.onmicrosoft.com. | EMAIL_SERVICE         | Microsoft 365
      example-com.mail.protection.outlook.com.                | EMAIL_SERVICE           | Microsoft 365
      aspmx.l.google.com.                                     | EMAIL_SERVICE           | Google Workspace
      lb.example.net.                                         | OTHER                   |
      """;

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = CASES)
  void classifiesByHostName(String host, TargetCategory category, String service) {
    HostedTarget t = HostedTarget.classify(Name.fromConstantString(host));
    assertEquals(category, t.category());
    assertEquals(service == null ? "" : service, t.service());
  }

  @Test
  void everyCategoryHasACase() {
    Set<TargetCategory> covered = EnumSet.noneOf(TargetCategory.class);
    for (String line : CASES.split("\n")) {
      covered.add(TargetCategory.valueOf(line.split("\\|")[1].trim()));
    }
    assertEquals(EnumSet.allOf(TargetCategory.class), covered);
  }

  @Test
  void regionComesFromTheName() {
    HostedTarget t =
        HostedTarget.classify(Name.fromConstantString("my-nlb-1.elb.ap-south-1.amazonaws.com."));
    assertEquals(TargetCategory.AWS_ELB, t.category());
    assertEquals("ap-south-1", t.region());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "a1b2c3d4e5.execute-api.us-east-1.amazonaws.com., AWS_API_GATEWAY, us-east-1",
    "my-bucket.s3.eu-west-1.amazonaws.com., AWS_S3, eu-west-1",
    "my-bucket.s3-us-gov-west-1.amazonaws.com., AWS_S3, us-gov-west-1",
    "lb-1.xx-nowhere-1.elb.amazonaws.com., AWS_ELB, xx-nowhere-1",
    "my-env.elasticbeanstalk.com., AWS_ELASTIC_BEANSTALK, ''",
    "main.d1a2b3c4d5e6f7.amplifyapp.com., AWS_OTHER, ''",
  })
  void awsNamesRouteFiftyThreeCannotAliasStillTellTheirRegion(
      String host, TargetCategory category, String region) {
    HostedTarget t = HostedTarget.classify(Name.fromConstantString(host));
    assertEquals(category, t.category());
    assertEquals(region, t.region());
  }

  @Test
  void onlyAzureResourcesWithAliasRecordSetsAreAliasable() {
    assertTrue(TargetCategory.AZURE_FRONT_DOOR.azureAliasable());
    assertTrue(TargetCategory.AZURE_TRAFFIC_MANAGER.azureAliasable());
    assertFalse(TargetCategory.AZURE_OTHER.azureAliasable());
    assertFalse(TargetCategory.AWS_CLOUDFRONT.azureAliasable());
    assertTrue(TargetCategory.AWS_S3.isAws());
    assertFalse(TargetCategory.FASTLY.isAws());
  }
}

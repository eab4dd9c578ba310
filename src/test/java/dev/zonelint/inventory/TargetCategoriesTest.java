package dev.zonelint.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zonelint.inventory.TargetCategories.Category;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xbill.DNS.Name;

/**
 * Host names of every category, taken from providers.md §4 (§5 for the mail services, §7 for
 * Cloudflare's name servers); the last ones are look-alikes of a service's suffix, not the service.
 */
class TargetCategoriesTest {
  private static final String CASES =
      """
      d111111abcdef8.cloudfront.net.                                 | AWS_CLOUDFRONT         |
      my-lb-1234567890.eu-west-1.elb.amazonaws.com.                  | AWS_ELB                | eu-west-1
      my-nlb-0123456789abcdef.elb.us-east-2.amazonaws.com.           | AWS_ELB                | us-east-2
      dualstack.my-lb-1.ap-southeast-2.elb.amazonaws.com.            | AWS_ELB                | ap-southeast-2
      www.example.com.s3-website-us-west-2.amazonaws.com.            | AWS_S3_WEBSITE         | us-west-2
      www.example.com.s3-website.eu-central-1.amazonaws.com.         | AWS_S3_WEBSITE         | eu-central-1
      d-abcde12345.execute-api.us-gov-west-1.amazonaws.com.          | AWS_API_GATEWAY        | us-gov-west-1
      my-env.eu-west-3.elasticbeanstalk.com.                         | AWS_ELASTIC_BEANSTALK  | eu-west-3
      my-bucket.s3.eu-west-1.amazonaws.com.                          | AWS_S3                 | eu-west-1
      a1234567890abcdef.awsglobalaccelerator.com.                    | AWS_GLOBAL_ACCELERATOR |
      abcdefghij.eu-west-1.awsapprunner.com.                         | AWS_APP_RUNNER         | eu-west-1
      vpce-0123456789abcdef0-abcdefgh.us-east-1.vpce.amazonaws.com.  | AWS_VPC_ENDPOINT       | us-east-1
      main.d1a2b3c4.amplifyapp.com.                                  | AWS_OTHER              |
      myapp.azurewebsites.net.                                       | AZURE                  |
      profile.trafficmanager.net.                                    | AZURE_TRAFFIC_MANAGER  |
      endpoint.azureedge.net.                                        | AZURE_CDN              |
      contoso-abc.z01.azurefd.net.                                   | AZURE_FRONT_DOOR       |
      myapp.westeurope.cloudapp.azure.com.                           | AZURE_PUBLIC_IP        |
      mystore.blob.core.windows.net.                                 | AZURE                  |
      ghs.googlehosted.com.                                          | GOOGLE                 |
      my-project.web.app.                                            | GOOGLE                 |
      my-project.firebaseapp.com.                                    | GOOGLE                 |
      c.storage.googleapis.com.                                      | GOOGLE                 |
      shy-river-1234.herokudns.com.                                  | HEROKU                 |
      octocat.github.io.                                             | GITHUB_PAGES           |
      brave-curie-123.netlify.app.                                   | NETLIFY                |
      apex-loadbalancer.netlify.com.                                 | NETLIFY                |
      cname.vercel-dns.com.                                          | VERCEL                 |
      my-site.vercel.app.                                            | VERCEL                 |
      dualstack.example.map.fastly.net.                              | FASTLY                 |
      www.example.com.edgekey.net.                                   | AKAMAI                 |
      www.example.com.edgesuite.net.                                 | AKAMAI                 |
      my-site.pages.dev.                                             | CLOUDFLARE             |
      ada.ns.cloudflare.com.                                         | CLOUDFLARE             |
      u1234.wl.sendgrid.net.                                         | ESP                    |
      abcdefgh.dkim.amazonses.com.                                   | ESP                    |
      dkim.mcsv.net.                                                 | ESP                    |
      example-com.mail.protection.outlook.com.                       | ESP                    |
      selector1-example-com._domainkey.example.onmicrosoft.com.      | ESP                    |
      aspmx.l.google.com.                                            | ESP                    |
      alt1.aspmx.l.google.com.                                       | ESP                    |
      shops.myshopify.com.                                           | OTHER                  |
      lb.example.net.                                                | OTHER                  |
      evilcloudfront.net.                                            | OTHER                  |
      assets.example.cloudfront.net.                                 | OTHER                  |
      notgithub.io.                                                  | OTHER                  |
      """;

  @ParameterizedTest(name = "{0} -> {1} {2}")
  @CsvSource(delimiter = '|', textBlock = CASES)
  void classifies(String host, Category expected, String region) {
    Name name = Name.fromConstantString(host);
    assertEquals(expected, TargetCategories.classify(name));
    assertEquals(region == null ? "" : region, TargetCategories.region(name));
  }

  /** NONE and IN_ZONE are the inventory's own decisions, not the classifier's. */
  @Test
  void everyCategoryOfATargetHasACase() {
    Set<Category> covered = EnumSet.of(Category.NONE, Category.IN_ZONE);
    for (String line : CASES.split("\n")) {
      covered.add(Category.valueOf(line.split("\\|")[1].trim()));
    }
    assertEquals(EnumSet.allOf(Category.class), covered);
  }
}

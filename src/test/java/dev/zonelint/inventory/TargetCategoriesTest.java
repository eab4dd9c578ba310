package dev.zonelint.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zonelint.inventory.TargetCategories.Category;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xbill.DNS.Name;

/** One host name per category, taken from providers.md §4 (and §5 for the mail services). */
class TargetCategoriesTest {

  @ParameterizedTest(name = "{0} -> {1} {2}")
  @CsvSource({
    "d111111abcdef8.cloudfront.net., AWS_CLOUDFRONT, ''",
    "my-lb-1234567890.eu-west-1.elb.amazonaws.com., AWS_ELB, eu-west-1",
    "my-nlb-0123456789abcdef.elb.us-east-2.amazonaws.com., AWS_ELB, us-east-2",
    "dualstack.my-lb-1.ap-southeast-2.elb.amazonaws.com., AWS_ELB, ap-southeast-2",
    "www.example.com.s3-website-us-west-2.amazonaws.com., AWS_S3_WEBSITE, us-west-2",
    "www.example.com.s3-website.eu-central-1.amazonaws.com., AWS_S3_WEBSITE, eu-central-1",
    "d-abcde12345.execute-api.us-gov-west-1.amazonaws.com., AWS_API_GATEWAY, us-gov-west-1",
    "my-env.eu-west-3.elasticbeanstalk.com., AWS_ELASTIC_BEANSTALK, eu-west-3",
    "myapp.azurewebsites.net., AZURE, ''",
    "profile.trafficmanager.net., AZURE, ''",
    "endpoint.azureedge.net., AZURE, ''",
    "contoso-abc.z01.azurefd.net., AZURE, ''",
    "mystore.blob.core.windows.net., AZURE, ''",
    "ghs.googlehosted.com., GOOGLE, ''",
    "my-project.web.app., GOOGLE, ''",
    "my-project.firebaseapp.com., GOOGLE, ''",
    "c.storage.googleapis.com., GOOGLE, ''",
    "shy-river-1234.herokudns.com., HEROKU, ''",
    "octocat.github.io., GITHUB_PAGES, ''",
    "brave-curie-123.netlify.app., NETLIFY, ''",
    "apex-loadbalancer.netlify.com., NETLIFY, ''",
    "cname.vercel-dns.com., VERCEL, ''",
    "my-site.vercel.app., VERCEL, ''",
    "dualstack.example.map.fastly.net., FASTLY, ''",
    "www.example.com.edgekey.net., AKAMAI, ''",
    "www.example.com.edgesuite.net., AKAMAI, ''",
    "my-site.pages.dev., CLOUDFLARE, ''",
    "u1234.wl.sendgrid.net., ESP, ''",
    "abcdefgh.dkim.amazonses.com., ESP, ''",
    "dkim.mcsv.net., ESP, ''",
    "example-com.mail.protection.outlook.com., ESP, ''",
    "selector1-example-com._domainkey.example.onmicrosoft.com., ESP, ''",
    "aspmx.l.google.com., ESP, ''",
    "alt1.aspmx.l.google.com., ESP, ''",
    "shops.myshopify.com., OTHER, ''",
    "lb.example.net., OTHER, ''",
    // A look-alike suffix is not the service.
    "evilcloudfront.net., OTHER, ''",
    "notgithub.io., OTHER, ''",
  })
  void classifies(String host, Category expected, String region) {
    Name name = Name.fromConstantString(host);
    assertEquals(expected, TargetCategories.classify(name));
    assertEquals(region, TargetCategories.region(name));
  }
}

package dev.zonelint.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xbill.DNS.Name;

class AwsAliasTargetsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          d111111abcdef8.cloudfront.net.                                        | CloudFront             |                | Z2FDTNDATAQYW2
          D111111ABCDEF8.CloudFront.NET.                                        | CloudFront             |                | Z2FDTNDATAQYW2
          a1234567890abcdef.awsglobalaccelerator.com.                           | Global Accelerator     |                | Z2BJ6XQ5FK7U4H
          my-alb-1234567890.us-east-1.elb.amazonaws.com.                        | ELB (ALB/Classic)      | us-east-1      | Z35SXDOTRQ7X7K
          dualstack.my-alb-1234567890.us-east-1.elb.amazonaws.com.              | ELB (ALB/Classic)      | us-east-1      | Z35SXDOTRQ7X7K
          internal-api-123.eu-west-1.elb.amazonaws.com.                         | ELB (ALB/Classic)      | eu-west-1      | Z32O12XQLNTSW2
          web-prod-1234567890.ap-southeast-7.elb.amazonaws.com.                 | ELB (ALB/Classic)      | ap-southeast-7 | Z0390008CMBRTHFGWBCB
          web-1.cn-north-1.elb.amazonaws.com.cn.                                | ELB (ALB/Classic)      | cn-north-1     | Z1GDH35T77C1KE
          my-nlb-0123456789abcdef.elb.us-west-2.amazonaws.com.                  | ELB (NLB)              | us-west-2      | Z18D5FSROUN65G
          dualstack.my-nlb-0123456789abcdef.elb.eu-central-1.amazonaws.com.     | ELB (NLB)              | eu-central-1   | Z3F0SRJ5LGBH90
          nlb-1.elb.cn-northwest-1.amazonaws.com.cn.                            | ELB (NLB)              | cn-northwest-1 | ZQEIKTCZ8352D
          www.example.com.s3-website-us-east-1.amazonaws.com.                   | S3 website             | us-east-1      | Z3AQBSTGFYJSTF
          example.com.s3-website-eu-west-1.amazonaws.com.                       | S3 website             | eu-west-1      | Z1BKCTXD74EZPE
          assets.s3-website.eu-central-1.amazonaws.com.                         | S3 website             | eu-central-1   | Z21DNDUVLTQW6Q
          assets.s3-website.af-south-1.amazonaws.com.                           | S3 website             | af-south-1     | Z83WF9RJE8B12
          assets.s3-website.cn-north-1.amazonaws.com.cn.                        | S3 website             | cn-north-1     | Z5CN8UMXT92WN
          my-env.us-east-1.elasticbeanstalk.com.                                | Elastic Beanstalk      | us-east-1      | Z117KPS5GTRQ2G
          my-env.eba-abcd1234.eu-west-2.elasticbeanstalk.com.                   | Elastic Beanstalk      | eu-west-2      | Z1GKAAAUGATPF1
          d-abcde12345.execute-api.us-west-2.amazonaws.com.                     | API Gateway (regional) | us-west-2      | Z2OJLYMUO9EFXC
          d-0a1b2c3d4e.execute-api.ap-northeast-1.amazonaws.com.                | API Gateway (regional) | ap-northeast-1 | Z1YSHQZHG15GKL
          vpce-0123456789abcdef0-abcdefgh.s3.us-east-1.vpce.amazonaws.com.      | VPC interface endpoint | us-east-1      | Z7HUB22UULQXV
          vpce-123456789abcdef01-example-us-east-1a.elasticloadbalancing.us-east-1.vpce.amazonaws.com. | VPC interface endpoint | us-east-1 | Z7HUB22UULQXV
          abcdefghij.eu-west-1.awsapprunner.com.                                | App Runner             | eu-west-1      | Z087551914Z2PCAU0QHMW
          """)
  void recognisesEachServiceAndRegion(String host, String service, String region, String zone) {
    AwsAliasTarget t = AwsAliasTargets.recognise(Name.fromConstantString(host)).orElseThrow();
    assertEquals(service, t.service());
    assertEquals(region == null ? "" : region, t.region());
    assertEquals(zone, t.hostedZoneId());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // S3 REST endpoints are not website endpoints
    "my-bucket.s3.amazonaws.com.",
    "my-bucket.s3.eu-west-1.amazonaws.com.",
    // an API's default endpoint, not a custom domain
    "a1b2c3d4e5.execute-api.us-east-1.amazonaws.com.",
    // the old region-less Beanstalk name cannot be aliased
    "my-env.elasticbeanstalk.com.",
    // a region the tables do not know
    "lb-1.xx-nowhere-1.elb.amazonaws.com.",
    "cloudfront.net.",
    // only d<id>.cloudfront.net names a distribution (providers.md §4)
    "assets.cloudfront.net.",
    "www.d111111abcdef8.cloudfront.net.",
    "elb.amazonaws.com.",
    "example.herokudns.com.",
    "www.example.com.",
    "myapp.azurewebsites.net.",
  })
  void rejectsWhatRouteFiftyThreeCannotAliasTo(String host) {
    assertEquals(Optional.empty(), AwsAliasTargets.recognise(Name.fromConstantString(host)));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "d111111abcdef8.cloudfront.net., true",
    "assets.s3-website.eu-central-1.amazonaws.com., false"
  })
  void s3WebsitesServeIpv4Only(String host, boolean ipv6) {
    assertEquals(
        ipv6, AwsAliasTargets.recognise(Name.fromConstantString(host)).orElseThrow().servesIpv6());
  }
}

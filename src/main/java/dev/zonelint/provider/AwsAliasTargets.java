package dev.zonelint.provider;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.xbill.DNS.Name;

/**
 * Recognises Route 53 alias targets from their host names, by the suffix each service gives its
 * endpoints (providers.md §3.8, the pattern of external-dns's {@code canonicalHostedZone}). The
 * regional hosted-zone ids are read from {@code aws-alias-zones.tsv}.
 */
public final class AwsAliasTargets {
  public static final String CLOUDFRONT = "CloudFront";
  public static final String GLOBAL_ACCELERATOR = "Global Accelerator";
  public static final String ELB = "ELB (ALB/Classic)";
  public static final String NLB = "ELB (NLB)";
  public static final String S3_WEBSITE = "S3 website";
  public static final String ELASTIC_BEANSTALK = "Elastic Beanstalk";
  public static final String API_GATEWAY = "API Gateway (regional)";
  public static final String VPC_ENDPOINT = "VPC interface endpoint";
  public static final String APP_RUNNER = "App Runner";

  /** CloudFront, and so also edge-optimised API Gateway and AppSync custom domains. */
  public static final String CLOUDFRONT_ZONE = "Z2FDTNDATAQYW2";

  public static final String GLOBAL_ACCELERATOR_ZONE = "Z2BJ6XQ5FK7U4H";

  /** The table's service keys, by service name. */
  private static final Map<String, String> KEYS =
      Map.of(
          ELB, "elb",
          NLB, "nlb",
          S3_WEBSITE, "s3-website",
          ELASTIC_BEANSTALK, "elasticbeanstalk",
          API_GATEWAY, "apigateway",
          VPC_ENDPOINT, "vpce",
          APP_RUNNER, "apprunner");

  private static final Pattern DISTRIBUTION = Pattern.compile("d[a-z0-9]+");

  /** Hosted-zone id by "key region". */
  private static final Map<String, String> ZONES = load();

  private AwsAliasTargets() {}

  /** The AWS resource {@code target} names, or empty if Route 53 cannot alias to it. */
  public static Optional<AwsAliasTarget> recognise(Name target) {
    String host = target.toString(true).toLowerCase(Locale.ROOT);
    String[] labels = host.split("\\.", -1);
    int n = labels.length;
    // Distribution names are d<id>.cloudfront.net (providers.md §4); nothing else there is one.
    if (n == 3 && host.endsWith(".cloudfront.net") && DISTRIBUTION.matcher(labels[0]).matches()) {
      return Optional.of(new AwsAliasTarget(CLOUDFRONT, "", CLOUDFRONT_ZONE));
    }
    if (n >= 3 && host.endsWith(".awsglobalaccelerator.com")) {
      return Optional.of(new AwsAliasTarget(GLOBAL_ACCELERATOR, "", GLOBAL_ACCELERATOR_ZONE));
    }
    if (n >= 4 && host.endsWith(".elasticbeanstalk.com")) {
      // <env>.<region>.elasticbeanstalk.com or <env>.eba-xxxxxxxx.<region>.elasticbeanstalk.com;
      // the old region-less form cannot be an alias target.
      return regional(ELASTIC_BEANSTALK, labels[n - 3]);
    }
    if (n >= 4 && host.endsWith(".awsapprunner.com")) {
      return regional(APP_RUNNER, labels[n - 3]);
    }
    int aws = host.endsWith(".amazonaws.com.cn") ? n - 3 : n - 2;
    if (aws < 3 || !labels[aws].equals("amazonaws") || !labels[aws + 1].equals("com")) {
      return Optional.empty();
    }
    String last = labels[aws - 1];
    String before = labels[aws - 2];
    if (last.equals("elb")) {
      return regional(ELB, before); // [dualstack.]name.<region>.elb.amazonaws.com
    }
    if (before.equals("elb")) {
      return regional(NLB, last); // [dualstack.]name.elb.<region>.amazonaws.com
    }
    if (last.equals("vpce")) {
      return regional(VPC_ENDPOINT, before);
    }
    if (last.startsWith("s3-website-")) {
      return regional(S3_WEBSITE, last.substring("s3-website-".length()));
    }
    if (before.equals("s3-website")) {
      return regional(S3_WEBSITE, last);
    }
    // Only a custom domain's d-xxxxxxxxxx name: the API's default endpoint (api-id) would fail
    // TLS and Host routing for the record's name.
    if (before.equals("execute-api") && aws == 3 && labels[0].startsWith("d-")) {
      return regional(API_GATEWAY, last);
    }
    return Optional.empty();
  }

  private static Optional<AwsAliasTarget> regional(String service, String region) {
    String zone = ZONES.get(KEYS.get(service) + " " + region);
    return zone == null ? Optional.empty() : Optional.of(new AwsAliasTarget(service, region, zone));
  }

  private static Map<String, String> load() {
    Map<String, String> zones = new HashMap<>();
    try (InputStream in = AwsAliasTargets.class.getResourceAsStream("aws-alias-zones.tsv");
        BufferedReader reader =
            new BufferedReader(
                new InputStreamReader(
                    Objects.requireNonNull(in, "aws-alias-zones.tsv"), StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t");
        zones.put(cells[0] + " " + cells[1], cells[2]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the built-in Route 53 zone ids", e);
    }
    return zones;
  }
}

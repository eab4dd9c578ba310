package dev.zonelint.provider;

import java.util.Locale;
import java.util.Optional;
import org.xbill.DNS.Name;

/** Recognises Route 53 alias targets from their host names (providers.md §3). */
public final class AwsAliasTargets {
  private static final String CLOUDFRONT_ZONE = "Z2FDTNDATAQYW2";

  private AwsAliasTargets() {}

  /** The AWS resource {@code target} names, or empty if Route 53 cannot alias to it. */
  public static Optional<AwsAliasTarget> recognise(Name target) {
    String host = target.toString(true).toLowerCase(Locale.ROOT);
    if (host.endsWith(".cloudfront.net")) {
      return Optional.of(new AwsAliasTarget("CloudFront", "", CLOUDFRONT_ZONE));
    }
    return Optional.empty();
  }
}

package dev.zonelint.provider;

/**
 * An AWS resource a Route 53 alias record can point at, recognised from its host name.
 *
 * @param service e.g. "CloudFront", "ELB (ALB/Classic)", "S3 website"
 * @param region the AWS region, or "" for global services
 * @param hostedZoneId the Route 53 hosted-zone id of the target that the alias must name
 */
public record AwsAliasTarget(String service, String region, String hostedZoneId) {

  /** Whether an alias AAAA record may point at it too; S3 website endpoints serve IPv4 only. */
  public boolean servesIpv6() {
    return !service.equals(AwsAliasTargets.S3_WEBSITE);
  }
}

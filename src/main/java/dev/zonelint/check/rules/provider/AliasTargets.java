package dev.zonelint.check.rules.provider;

import dev.zonelint.provider.AwsAliasTargets;
import dev.zonelint.provider.HostedTarget;
import dev.zonelint.provider.Provider;
import dev.zonelint.zone.Zone;
import org.xbill.DNS.Name;

/** Which alias targets a provider accepts, shared by the rules that must agree on it. */
final class AliasTargets {
  private AliasTargets() {}

  /**
   * Why {@code provider}'s alias cannot point at {@code target}, or null if it can. A name in the
   * zone itself is always fine: Route 53 and Azure both alias to another record set of the zone.
   */
  static String refusal(Provider provider, Name target, Zone zone) {
    if (zone.contains(target)) {
      return null;
    }
    return switch (provider.aliasTargets()) {
      case ANY -> null;
      case AWS_RESOURCES -> {
        if (AwsAliasTargets.recognise(target).isPresent()) {
          yield null;
        }
        if (HostedTarget.classify(target).category().isAws()) {
          yield "'"
              + target
              + "' is an AWS name Route 53 cannot alias to: of S3 only website endpoints, of API"
              + " Gateway only custom domain names (d-...), of Elastic Beanstalk only names with a"
              + " region are alias targets, in the regions AWS lists";
        }
        yield "Route 53 aliases only to AWS resources (CloudFront, ELB, S3 website endpoints, API"
            + " Gateway custom domains, Elastic Beanstalk, Global Accelerator, VPC endpoints,"
            + " App Runner) and to records of the same hosted zone, and "
            + describe(target)
            + " is none of these";
      }
      case AZURE_RESOURCES ->
          HostedTarget.classify(target).category().azureAliasable()
              ? null
              : "Azure alias record sets point only at Azure resources (public IPs, Traffic"
                  + " Manager, Azure CDN, Front Door) and at record sets of the same zone, and "
                  + describe(target)
                  + " is none of these";
    };
  }

  private static String describe(Name target) {
    HostedTarget t = HostedTarget.classify(target);
    String service =
        switch (t.category()) {
          case OTHER -> "";
          case EMAIL_SERVICE -> " (" + t.service() + ")";
          default -> " (" + t.category().displayName() + ")";
        };
    return "'" + target + "'" + service;
  }
}

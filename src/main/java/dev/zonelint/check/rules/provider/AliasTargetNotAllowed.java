package dev.zonelint.check.rules.provider;

import dev.zonelint.check.Category;
import dev.zonelint.check.NodeRule;
import dev.zonelint.check.RuleContext;
import dev.zonelint.check.RuleInfo;
import dev.zonelint.diag.Severity;
import dev.zonelint.provider.AwsAliasTarget;
import dev.zonelint.provider.AwsAliasTargets;
import dev.zonelint.provider.Provider;
import dev.zonelint.zone.Node;
import dev.zonelint.zone.RecordKind;
import dev.zonelint.zone.ZoneRecord;
import java.util.Optional;

/**
 * Route 53 alias records point only at AWS resources, named by the resource's own hosted-zone id
 * (AWS API reference, AliasTarget), and Azure alias record sets only at Azure resources
 * (Microsoft's dns-alias article). An alias to anything else, or an AWS ALIAS naming the wrong
 * hosted zone, is refused when the zone is imported. Reported for every alias pseudo-record the
 * provider's alias would have to carry, whatever its form in the file.
 */
public final class AliasTargetNotAllowed implements NodeRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "alias-target-not-allowed",
          "An alias to a target the provider's alias records cannot point at",
          Severity.ERROR,
          Category.PROVIDER,
          "Route 53 API AliasTarget",
          "Azure DNS alias records");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public boolean triggeredByPseudoRecords() {
    return true;
  }

  @Override
  public void check(Node node, RuleContext context) {
    Provider provider = context.options().provider();
    if (provider.aliasTargets() == Provider.AliasTargets.ANY
        || !provider.offersAlias(node.isApex())) {
      return;
    }
    for (ZoneRecord r : node.records()) {
      if (!r.isPseudo()) {
        continue;
      }
      String refusal = AliasTargets.refusal(provider, r.target(), context.zone());
      if (refusal != null) {
        context.report(
            r,
            "'" + node.name() + "' is an alias to '" + r.target() + "', but " + refusal,
            help(provider));
      } else if (r.kind() == RecordKind.AWS_ALIAS) {
        checkHostedZone(r, context);
      }
    }
  }

  private static String help(Provider provider) {
    String own =
        provider.aliasTargets() == Provider.AliasTargets.AWS_RESOURCES
            ? "alias to the AWS resource's own name (its CloudFront, load balancer or S3 website"
                + " endpoint)"
            : "use an alias record set to the Azure resource (Traffic Manager, CDN, Front Door,"
                + " public IP)";
    return own
        + "; for any other service use a CNAME on a name below the apex, such as 'www', or the"
        + " A/AAAA records the service publishes";
  }

  /** cli53 writes the target's hosted-zone id after the target; it must be the service's. */
  private static void checkHostedZone(ZoneRecord r, RuleContext context) {
    Optional<AwsAliasTarget> aws = AwsAliasTargets.recognise(r.target());
    String written = r.extra() == null ? "" : r.extra().trim().split("\\s+")[0];
    if (aws.isEmpty() || written.isEmpty() || written.equals(aws.get().hostedZoneId())) {
      return;
    }
    AwsAliasTarget t = aws.get();
    String where = t.region().isEmpty() ? "" : " in " + t.region();
    context.report(
        r,
        "the alias names hosted zone "
            + written
            + ", but "
            + t.service()
            + where
            + " is served from hosted zone "
            + t.hostedZoneId()
            + ", so Route 53 refuses the alias",
        "write " + t.hostedZoneId() + " as the alias's hosted-zone id");
  }
}

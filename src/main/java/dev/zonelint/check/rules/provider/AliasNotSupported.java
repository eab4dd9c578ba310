package dev.zonelint.check.rules.provider;

import dev.zonelint.check.Category;
import dev.zonelint.check.NodeRule;
import dev.zonelint.check.RuleContext;
import dev.zonelint.check.RuleInfo;
import dev.zonelint.diag.Severity;
import dev.zonelint.provider.Provider;
import dev.zonelint.zone.Node;
import dev.zonelint.zone.RecordKind;
import dev.zonelint.zone.ZoneRecord;
import java.util.ArrayList;
import java.util.List;

/**
 * ALIAS, ANAME and cli53's AWS ALIAS are not DNS record types (RFC 1035 §3.2.2 lists none of them)
 * but each provider's own extension: a zone file with one that its server does not know fails to
 * load or import (BIND, NSD and Knot reject ALIAS; PowerDNS knows ALIAS but not ANAME; Route 53
 * imports only its own alias form). When the provider's alias could serve the record but not its
 * target, {@code alias-target-not-allowed} reports it instead.
 */
public final class AliasNotSupported implements NodeRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "alias-not-supported",
          "An ALIAS, ANAME or AWS ALIAS record the zone's provider cannot serve",
          Severity.ERROR,
          Category.PROVIDER,
          "RFC 1035 §3.2.2",
          "draft-ietf-dnsop-aname");

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
    for (ZoneRecord r : node.records()) {
      if (!r.isPseudo() || r.kind() == provider.aliasRecord()) {
        continue;
      }
      if (provider.offersAlias(node.isApex())
          && AliasTargets.refusal(provider, r.target(), context.zone()) != null) {
        continue; // alias-target-not-allowed says why no alias of this provider can do it
      }
      context.report(
          r,
          "this "
              + r.typeName()
              + " record cannot be served by "
              + provider.displayName()
              + (provider == Provider.BIND ? ", which refuse to load a zone with it" : "")
              + whatItOffers(provider),
          help(provider, node.isApex()) + (provider == Provider.BIND ? readBy(r.kind()) : ""));
    }
  }

  private static String whatItOffers(Provider provider) {
    RecordKind own = provider.aliasRecord();
    if (own != null) {
      return "; its own form is " + own.display();
    }
    return switch (provider.aliasPlacement()) {
      case OUTSIDE_ZONE_FILE -> "; its alias record sets are made through its API, not the file";
      default -> "";
    };
  }

  /** Which profiles read this form, so a user who ran without --provider learns the switch. */
  private static String readBy(RecordKind kind) {
    List<String> ids = new ArrayList<>();
    for (Provider p : Provider.values()) {
      if (p.aliasRecord() == kind) {
        ids.add("--provider " + p.id());
      }
    }
    return ids.isEmpty()
        ? ""
        : "; if the zone is served by a provider that reads it, check with "
            + String.join(" or ", ids);
  }

  private static String help(Provider provider, boolean apex) {
    if (provider.flattening() != Provider.Flattening.NONE) {
      return provider.flattens(apex)
          ? "write a CNAME instead: " + provider.displayName() + " flattens it into addresses"
          : "write a CNAME instead, alone at its name (Cloudflare flattens only at the apex"
              + " unless \"flatten all CNAMEs\" is on)";
    }
    RecordKind own = provider.aliasRecord();
    if (own != null && provider.offersAlias(apex)) {
      return "write the record as "
          + own.display()
          + ", the form "
          + provider.displayName()
          + " reads";
    }
    if (provider.aliasPlacement() == Provider.AliasPlacement.OUTSIDE_ZONE_FILE) {
      return "remove the record from the file and create an alias record set to the resource"
          + " (Terraform target_resource_id), or use A/AAAA records";
    }
    return "replace it with A/AAAA records of the target, an HTTPS record in AliasMode (RFC 9460)"
        + " at the apex, or a CNAME on a name below the apex";
  }
}

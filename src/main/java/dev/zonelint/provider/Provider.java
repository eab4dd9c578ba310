package dev.zonelint.provider;

import dev.zonelint.zone.RecordKind;
import java.util.Locale;

/**
 * What a DNS provider can serve in place of a CNAME, and where. The facts come from each provider's
 * documentation (see {@code providers.md} in the project's shared reference); {@code --provider
 * NAME} picks one for both {@code check} and {@code fix}.
 */
public enum Provider {
  /** Plain RFC master files as BIND, NSD and Knot load them: no alias record, no flattening. */
  BIND("bind", "BIND / NSD / Knot", null, AliasPlacement.NONE, AliasTargets.ANY, Flattening.NONE),
  /** Route 53 alias A/AAAA, written in zone files in cli53's {@code AWS ALIAS} form. */
  ROUTE53(
      "route53",
      "AWS Route 53",
      RecordKind.AWS_ALIAS,
      AliasPlacement.ANY_NAME,
      AliasTargets.AWS_RESOURCES,
      Flattening.NONE),
  /** Cloudflare flattens a CNAME at the apex on every plan. */
  CLOUDFLARE(
      "cloudflare", "Cloudflare", null, AliasPlacement.NONE, AliasTargets.ANY, Flattening.APEX),
  /** Cloudflare with the zone setting "flatten all CNAMEs". */
  CLOUDFLARE_FLATTEN_ALL(
      "cloudflare-flatten-all",
      "Cloudflare (flatten all CNAMEs)",
      null,
      AliasPlacement.NONE,
      AliasTargets.ANY,
      Flattening.ALL),
  POWERDNS(
      "powerdns",
      "PowerDNS",
      RecordKind.ALIAS,
      AliasPlacement.ANY_NAME,
      AliasTargets.ANY,
      Flattening.NONE),
  DNSIMPLE(
      "dnsimple",
      "DNSimple",
      RecordKind.ALIAS,
      AliasPlacement.ANY_NAME,
      AliasTargets.ANY,
      Flattening.NONE),
  NS1("ns1", "NS1", RecordKind.ALIAS, AliasPlacement.ANY_NAME, AliasTargets.ANY, Flattening.NONE),
  DNSMADEEASY(
      "dnsmadeeasy",
      "DNS Made Easy",
      RecordKind.ANAME,
      AliasPlacement.ANY_NAME,
      AliasTargets.ANY,
      Flattening.NONE),
  /** Azure alias record sets point at Azure resources by id; they live outside the zone file. */
  AZURE(
      "azure",
      "Azure DNS",
      null,
      AliasPlacement.OUTSIDE_ZONE_FILE,
      AliasTargets.AZURE_RESOURCES,
      Flattening.NONE),
  GOOGLE(
      "google",
      "Google Cloud DNS",
      RecordKind.ALIAS,
      AliasPlacement.APEX_ONLY,
      AliasTargets.ANY,
      Flattening.NONE),
  GANDI(
      "gandi",
      "Gandi LiveDNS",
      RecordKind.ALIAS,
      AliasPlacement.APEX_ONLY,
      AliasTargets.ANY,
      Flattening.NONE),
  HETZNER("hetzner", "Hetzner DNS", null, AliasPlacement.NONE, AliasTargets.ANY, Flattening.NONE),
  DESEC("desec", "deSEC", null, AliasPlacement.NONE, AliasTargets.ANY, Flattening.NONE);

  /** Where the provider lets its alias record stand. */
  public enum AliasPlacement {
    /** No alias record at all. */
    NONE,
    APEX_ONLY,
    ANY_NAME,
    /** Any name, but configured through the provider's API, not in the zone file. */
    OUTSIDE_ZONE_FILE
  }

  /** What an alias record may point at. */
  public enum AliasTargets {
    ANY,
    /** CloudFront, ELB, S3 websites, API Gateway, Elastic Beanstalk, Global Accelerator... */
    AWS_RESOURCES,
    /** Public IPs, Traffic Manager, Azure CDN, Front Door. */
    AZURE_RESOURCES
  }

  /** Which CNAMEs the provider answers with the target's addresses instead of the CNAME. */
  public enum Flattening {
    NONE,
    APEX,
    ALL
  }

  private final String id;
  private final String displayName;
  private final RecordKind aliasRecord;
  private final AliasPlacement aliasPlacement;
  private final AliasTargets aliasTargets;
  private final Flattening flattening;

  Provider(
      String id,
      String displayName,
      RecordKind aliasRecord,
      AliasPlacement aliasPlacement,
      AliasTargets aliasTargets,
      Flattening flattening) {
    this.id = id;
    this.displayName = displayName;
    this.aliasRecord = aliasRecord;
    this.aliasPlacement = aliasPlacement;
    this.aliasTargets = aliasTargets;
    this.flattening = flattening;
  }

  /** The name {@code --provider} takes. */
  public String id() {
    return id;
  }

  public String displayName() {
    return displayName;
  }

  /** The pseudo-record the provider reads in a zone file, or null if it has none there. */
  public RecordKind aliasRecord() {
    return aliasRecord;
  }

  public AliasPlacement aliasPlacement() {
    return aliasPlacement;
  }

  public AliasTargets aliasTargets() {
    return aliasTargets;
  }

  public Flattening flattening() {
    return flattening;
  }

  /** Whether the provider serves an alias record at the apex ({@code apex}) or below it. */
  public boolean offersAlias(boolean apex) {
    return switch (aliasPlacement) {
      case NONE -> false;
      case APEX_ONLY -> apex;
      case ANY_NAME, OUTSIDE_ZONE_FILE -> true;
    };
  }

  /** Whether a CNAME at this name is answered with the target's addresses. */
  public boolean flattens(boolean apex) {
    return flattening == Flattening.ALL || (flattening == Flattening.APEX && apex);
  }

  /** The profile named {@code id} (case-insensitive), or null. */
  public static Provider byId(String id) {
    String wanted = id.toLowerCase(Locale.ROOT);
    for (Provider p : values()) {
      if (p.id.equals(wanted)) {
        return p;
      }
    }
    return null;
  }
}

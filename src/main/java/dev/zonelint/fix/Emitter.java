package dev.zonelint.fix;

import dev.zonelint.diag.Diagnostic;
import dev.zonelint.provider.AwsAliasTargets;
import dev.zonelint.provider.Provider;
import dev.zonelint.zone.Node;
import dev.zonelint.zone.Zone;
import dev.zonelint.zone.ZoneRecord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.xbill.DNS.Name;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * Writes ready-to-apply configuration for aliases that live outside the zone file: Route 53 alias
 * records, Azure alias record sets and Cloudflare flattened CNAMEs (syntax as in the providers'
 * Terraform, octoDNS and dnscontrol documentation).
 */
public final class Emitter {
  /** The configuration languages {@code --emit} writes. */
  public enum Format {
    TERRAFORM("tf"),
    OCTODNS("yaml"),
    DNSCONTROL("js");

    private final String extension;

    Format(String extension) {
      this.extension = extension;
    }

    /** The file the configuration of zone {@code origin} goes to. */
    public String fileName(Name origin) {
      return origin.toString(true) + ".aliases." + extension;
    }
  }

  private Emitter() {}

  /** The aliases the zone's CNAME conflicts need under a provider that keeps them outside. */
  public static List<AliasIntent> intents(Zone zone, List<Diagnostic> findings, Provider provider) {
    Map<Name, AliasIntent> out = new LinkedHashMap<>();
    if (!keepsAliasesOutside(provider) || zone.origin() == null) {
      return List.of();
    }
    for (Diagnostic d : findings) {
      if (!d.rule().equals(Repairs.CNAME_AT_APEX)
          && !d.rule().equals(Repairs.CNAME_AND_OTHER_DATA)) {
        continue;
      }
      Node node;
      try {
        node = zone.find(Name.fromString(d.owner()));
      } catch (TextParseException e) {
        continue;
      }
      ZoneRecord cname = node == null ? null : node.first(Type.CNAME);
      if (cname == null || out.containsKey(node.name())) {
        continue;
      }
      var aws = AwsAliasTargets.recognise(cname.target());
      if (provider == Provider.ROUTE53 && aws.isEmpty()) {
        continue;
      }
      out.put(
          node.name(), new AliasIntent(node.name(), cname.target(), cname.ttl(), aws.orElse(null)));
    }
    return List.copyOf(out.values());
  }

  private static boolean keepsAliasesOutside(Provider p) {
    return p == Provider.ROUTE53
        || p.aliasPlacement() == Provider.AliasPlacement.OUTSIDE_ZONE_FILE
        || p.flattening() != Provider.Flattening.NONE;
  }

  /** The configuration text, or empty if there is nothing to write. */
  public static Optional<String> render(
      Format format, Provider provider, Name origin, List<AliasIntent> intents) {
    if (intents.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder out = new StringBuilder();
    switch (format) {
      case TERRAFORM:
        for (AliasIntent i : intents) {
          terraform(out, provider, origin, i);
        }
        break;
      case OCTODNS:
        out.append("# octoDNS records for ").append(origin).append(" (").append(provider.id());
        out.append(")\n");
        for (AliasIntent i : intents) {
          octodns(out, provider, origin, i);
        }
        break;
      case DNSCONTROL:
        out.append("D(\"")
            .append(origin.toString(true))
            .append("\", REG_NONE, DnsProvider(DSP),\n");
        for (AliasIntent i : intents) {
          dnscontrol(out, provider, origin, i);
        }
        out.append("  END\n);\n");
        break;
    }
    return Optional.of(out.toString());
  }

  private static void terraform(StringBuilder out, Provider p, Name origin, AliasIntent i) {
    String id = Hcl.resourceId(i.owner(), origin);
    if (p == Provider.ROUTE53) {
      for (String type : types(i)) {
        out.append("resource \"aws_route53_record\" \"").append(id).append('_');
        out.append(type.toLowerCase(Locale.ROOT)).append("\" {\n");
        out.append("  zone_id = var.zone_id\n");
        out.append("  name    = \"").append(i.owner().toString(true)).append("\"\n");
        out.append("  type    = \"").append(type).append("\"\n");
        out.append("  alias {\n");
        out.append("    name                   = \"").append(i.target().toString(true));
        out.append("\"\n");
        out.append("    zone_id                = \"").append(i.aws().hostedZoneId()).append("\"\n");
        out.append("    evaluate_target_health = false\n");
        out.append("  }\n}\n\n");
      }
    } else if (p == Provider.AZURE) {
      out.append("resource \"azurerm_dns_a_record\" \"").append(id).append("\" {\n");
      out.append("  name                = \"")
          .append(Hcl.relative(i.owner(), origin))
          .append("\"\n");
      out.append("  zone_name           = var.zone_name\n");
      out.append("  resource_group_name = var.resource_group_name\n");
      out.append("  ttl                 = ").append(i.ttl()).append('\n');
      out.append("  # The Azure resource (public IP, Traffic Manager, CDN, Front Door) serving ");
      out.append(i.target().toString(true)).append('\n');
      out.append("  target_resource_id  = \"REPLACE_WITH_AZURE_RESOURCE_ID\"\n}\n\n");
    } else {
      out.append("resource \"cloudflare_dns_record\" \"").append(id).append("\" {\n");
      out.append("  zone_id  = var.zone_id\n");
      out.append("  name     = \"").append(Hcl.relative(i.owner(), origin)).append("\"\n");
      out.append("  type     = \"CNAME\"\n");
      out.append("  content  = \"").append(i.target().toString(true)).append("\"\n");
      out.append("  ttl      = 1\n  proxied  = false\n");
      if (!i.owner().equals(origin)) {
        out.append("  settings = { flatten_cname = true }\n");
      }
      out.append("}\n\n");
    }
  }

  private static void octodns(StringBuilder out, Provider p, Name origin, AliasIntent i) {
    String name = i.owner().equals(origin) ? "''" : "'" + i.owner().relativize(origin) + "'";
    if (p == Provider.AZURE) {
      out.append("# ")
          .append(name)
          .append(": octodns-azure has no alias record sets; create an alias A record set to the")
          .append(" Azure resource serving ")
          .append(i.target())
          .append(" (see --emit terraform)\n");
      return;
    }
    out.append(name).append(":\n");
    if (p == Provider.ROUTE53) {
      out.append("  - type: Route53Provider/ALIAS\n    values:\n");
      for (String type : types(i)) {
        out.append("      - type: ").append(type).append('\n');
        out.append("        name: ").append(i.target()).append('\n');
        out.append("        hosted-zone-id: ").append(i.aws().hostedZoneId()).append('\n');
        out.append("        evaluate-target-health: false\n");
      }
    } else {
      out.append("  type: CNAME\n  value: ").append(i.target()).append('\n');
      out.append("  # Cloudflare flattens this CNAME")
          .append(i.owner().equals(origin) ? " at the apex" : " once CNAME flattening is on for it")
          .append('\n');
    }
  }

  private static void dnscontrol(StringBuilder out, Provider p, Name origin, AliasIntent i) {
    String label = i.owner().equals(origin) ? "@" : i.owner().relativize(origin).toString();
    if (p == Provider.ROUTE53) {
      for (String type : types(i)) {
        out.append("  R53_ALIAS(\"").append(label).append("\", \"").append(type).append("\", \"");
        out.append(i.target()).append("\", R53_ZONE(\"").append(i.aws().hostedZoneId());
        out.append("\")),\n");
      }
    } else if (p == Provider.AZURE) {
      out.append("  AZURE_ALIAS(\"")
          .append(label)
          .append("\", \"A\", \"REPLACE_WITH_AZURE_RESOURCE_ID\"),");
      out.append(" // serving ").append(i.target()).append('\n');
    } else {
      out.append("  CNAME(\"").append(label).append("\", \"").append(i.target()).append("\"");
      out.append(i.owner().equals(origin) ? "" : ", CF_PROXY_OFF, CF_CNAME_FLATTEN_ON");
      out.append("),\n");
    }
  }

  private static List<String> types(AliasIntent i) {
    List<String> out = new ArrayList<>(List.of("A"));
    if (Repairs.servesIpv6(i.aws(), i.target())) {
      out.add("AAAA");
    }
    return out;
  }
}

package dev.zonelint.inventory;

import dev.zonelint.fix.Hcl;
import dev.zonelint.inventory.HardeningPlan.Add;
import dev.zonelint.inventory.HardeningPlan.Heading;
import dev.zonelint.inventory.HardeningPlan.Note;
import dev.zonelint.inventory.HardeningPlan.Step;
import dev.zonelint.provider.Provider;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.xbill.DNS.Name;
import org.xbill.DNS.Type;

/**
 * The hardening plan as Terraform for the provider's DNS resources (syntax from the providers'
 * Terraform documentation, see {@code providers.md} §7), one resource per record to add.
 */
public final class HardeningTerraform {
  /** The providers whose Terraform resources the plan can be written for. */
  public static final Set<Provider> PROVIDERS =
      EnumSet.of(
          Provider.ROUTE53,
          Provider.CLOUDFLARE,
          Provider.CLOUDFLARE_FLATTEN_ALL,
          Provider.AZURE,
          Provider.GOOGLE,
          Provider.DNSIMPLE,
          Provider.NS1);

  private HardeningTerraform() {}

  /**
   * The configuration for zone {@code origin}, "" when there is nothing to add.
   *
   * @throws IllegalArgumentException for a provider not in {@link #PROVIDERS}
   */
  public static String render(Provider provider, Name origin, List<Step> steps) {
    if (!PROVIDERS.contains(provider)) {
      throw new IllegalArgumentException("no Terraform resources for " + provider.id());
    }
    if (steps.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    out.append("# zonelint inventory --plan for ")
        .append(origin)
        .append(" (")
        .append(provider.displayName())
        .append("): names that send and receive no mail refuse it")
        .append(" (RFC 7505, RFC 7208, RFC 7489)\n");
    out.append(variables(provider));
    Set<String> ids = new HashSet<>();
    for (Step step : steps) {
      if (step instanceof Heading h) {
        out.append("\n# ").append(h.name()).append(" (").append(h.kind()).append(")\n");
      } else if (step instanceof Note n) {
        separate(out);
        out.append("# ").append(n.text()).append('\n');
      } else if (step instanceof Add a) {
        add(out, provider, origin, a, ids);
      }
    }
    return out.toString();
  }

  private static String variables(Provider p) {
    return switch (p) {
      case ROUTE53 -> "# Set var.zone_id to the zone's hosted zone ID.\n";
      case CLOUDFLARE, CLOUDFLARE_FLATTEN_ALL -> "# Set var.zone_id to the zone's ID.\n";
      case AZURE -> "# Set var.zone_name and var.resource_group_name to the DNS zone's.\n";
      case GOOGLE -> "# Set var.managed_zone to the name of the zone's managed zone.\n";
      default -> "";
    };
  }

  /** Providers whose resource is a whole record set: a second one for a name and type clashes. */
  private static boolean managesRecordSets(Provider p) {
    return p != Provider.DNSIMPLE
        && p != Provider.CLOUDFLARE
        && p != Provider.CLOUDFLARE_FLATTEN_ALL;
  }

  private static void add(StringBuilder out, Provider p, Name origin, Add a, Set<String> ids) {
    separate(out);
    String type = Type.string(a.type());
    boolean mx = a.type() == Type.MX;
    if (a.setExists() && managesRecordSets(p)) {
      out.append("# ")
          .append(a.owner())
          .append(" already has ")
          .append(type)
          .append(" records: add ")
          .append(mx ? "\"0 .\"" : Hcl.string(a.value()))
          .append(" to that record set\n");
      return;
    }
    String id = Hcl.resourceId(a.owner(), origin) + "_" + type.toLowerCase(Locale.ROOT);
    for (int n = 2; !ids.add(id); n++) {
      id = id.replaceFirst("(_\\d+)?$", "_" + n);
    }
    String fqdn = a.owner().toString(true);
    String ttl = Long.toString(a.ttl());
    String quoted = Hcl.string("\"" + a.value() + "\"");
    Map<String, String> attrs = new LinkedHashMap<>();
    Map<String, String> nested = new LinkedHashMap<>();
    String resource;
    String nestedName = null;
    switch (p) {
      case ROUTE53 -> {
        resource = "aws_route53_record";
        attrs.put("zone_id", "var.zone_id");
        attrs.put("name", Hcl.string(fqdn));
        attrs.put("type", Hcl.string(type));
        attrs.put("ttl", ttl);
        attrs.put("records", "[" + (mx ? "\"0 .\"" : quoted) + "]");
      }
      case CLOUDFLARE, CLOUDFLARE_FLATTEN_ALL -> {
        resource = "cloudflare_dns_record";
        attrs.put("zone_id", "var.zone_id");
        attrs.put("name", Hcl.string(fqdn));
        attrs.put("type", Hcl.string(type));
        attrs.put("ttl", ttl);
        attrs.put("content", Hcl.string(a.value()));
        if (mx) {
          attrs.put("priority", "0");
        }
      }
      case AZURE -> {
        resource = mx ? "azurerm_dns_mx_record" : "azurerm_dns_txt_record";
        attrs.put("name", Hcl.string(Hcl.relative(a.owner(), origin)));
        attrs.put("zone_name", "var.zone_name");
        attrs.put("resource_group_name", "var.resource_group_name");
        attrs.put("ttl", ttl);
        nestedName = "record";
        if (mx) {
          nested.put("preference", "0");
          nested.put("exchange", "\".\"");
        } else {
          nested.put("value", Hcl.string(a.value()));
        }
      }
      case GOOGLE -> {
        resource = "google_dns_record_set";
        attrs.put("managed_zone", "var.managed_zone");
        attrs.put("name", Hcl.string(a.owner().toString()));
        attrs.put("type", Hcl.string(type));
        attrs.put("ttl", ttl);
        attrs.put("rrdatas", "[" + (mx ? "\"0 .\"" : quoted) + "]");
      }
      case DNSIMPLE -> {
        resource = "dnsimple_zone_record";
        attrs.put("zone_name", Hcl.string(origin.toString(true)));
        attrs.put(
            "name", Hcl.string(a.owner().equals(origin) ? "" : Hcl.relative(a.owner(), origin)));
        attrs.put("type", Hcl.string(type));
        attrs.put("value", Hcl.string(a.value()));
        if (mx) {
          attrs.put("priority", "0");
        }
        attrs.put("ttl", ttl);
      }
      default -> {
        resource = "ns1_record";
        attrs.put("zone", Hcl.string(origin.toString(true)));
        attrs.put("domain", Hcl.string(fqdn));
        attrs.put("type", Hcl.string(type));
        attrs.put("ttl", ttl);
        nestedName = "answers";
        nested.put("answer", mx ? "\"0 .\"" : Hcl.string(a.value()));
      }
    }
    out.append("resource \"").append(resource).append("\" \"").append(id).append("\" {\n");
    attributes(out, "  ", attrs);
    if (nestedName != null) {
      out.append("  ").append(nestedName).append(" {\n");
      attributes(out, "    ", nested);
      out.append("  }\n");
    }
    out.append("}\n");
  }

  /** A blank line after a resource, as Terraform configuration is laid out. */
  private static void separate(StringBuilder out) {
    if (out.length() >= 2 && out.charAt(out.length() - 2) == '}') {
      out.append('\n');
    }
  }

  /** Attributes with their {@code =} aligned, as {@code terraform fmt} writes them. */
  private static void attributes(StringBuilder out, String indent, Map<String, String> attrs) {
    int width = attrs.keySet().stream().mapToInt(String::length).max().orElse(0);
    attrs.forEach(
        (k, v) ->
            out.append(indent)
                .append(k)
                .append(" ".repeat(width - k.length()))
                .append(" = ")
                .append(v)
                .append('\n'));
  }
}

package dev.zonelint.check.rules.provider;

import dev.zonelint.check.Category;
import dev.zonelint.check.NodeRule;
import dev.zonelint.check.RuleContext;
import dev.zonelint.check.RuleInfo;
import dev.zonelint.diag.Severity;
import dev.zonelint.provider.Provider;
import dev.zonelint.zone.Node;
import dev.zonelint.zone.ZoneRecord;
import java.util.Locale;
import java.util.Set;
import org.xbill.DNS.Name;
import org.xbill.DNS.Type;

/**
 * A flattened CNAME is answered with the target's addresses, never with the CNAME itself, so
 * whatever the CNAME delegates by name breaks: a DKIM selector delegated to an e-mail service (the
 * key behind it is the service's TXT record, which it rotates), and the CNAMEs that services read
 * back to verify a domain ({@code _dmarc}, {@code _acme-challenge}, Azure's {@code asuid} and
 * {@code _dnsauth}, Domain Connect). Cloudflare says so for "flatten all CNAMEs"; Microsoft 365's
 * DKIM set-up is a reported casualty (providers.md §5).
 */
public final class FlatteningBreaksDkim implements NodeRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "flattening-breaks-dkim",
          "A DKIM or verification CNAME that the provider would flatten",
          Severity.WARNING,
          Category.PROVIDER,
          "RFC 6376 §3.6.2.1",
          "Cloudflare CNAME flattening");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  /** Labels under which a CNAME must reach its reader as a CNAME. */
  private static final Set<String> DELEGATED_LABELS =
      Set.of("_domainkey", "_dmarc", "_acme-challenge", "asuid", "_dnsauth", "_domainconnect");

  @Override
  public Set<Integer> triggerTypes() {
    return Set.of(Type.CNAME);
  }

  @Override
  public void check(Node node, RuleContext context) {
    Provider provider = context.options().provider();
    ZoneRecord cname = node.first(Type.CNAME);
    if (cname == null || !provider.flattens(node.isApex())) {
      return;
    }
    String label = delegatedLabel(node.name());
    if (label == null) {
      return;
    }
    context.report(
        cname,
        "the CNAME at '"
            + node.name()
            + "' is flattened by "
            + provider.displayName()
            + " into the addresses of '"
            + cname.target()
            + "', so a "
            + label
            + " lookup there never sees the CNAME: "
            + (label.equals("_domainkey")
                ? "DKIM verifiers get no key, and the service cannot check its CNAME"
                : "the service that reads this name cannot verify it"),
        "turn flattening off for this record (Cloudflare: per-record flattening off and zone"
            + " setting \"flatten all CNAMEs\" off), or publish the TXT record the CNAME points at"
            + " under this name");
  }

  /**
   * The delegated label this name is at or below, or null. The zone's own labels count: a zone such
   * as {@code _acme-challenge.example.com} is delegated to an ACME client at its apex.
   */
  private static String delegatedLabel(Name name) {
    for (int i = 0; i < name.labels(); i++) {
      String label = name.getLabelString(i).toLowerCase(Locale.ROOT);
      if (DELEGATED_LABELS.contains(label)) {
        return label;
      }
    }
    return null;
  }
}

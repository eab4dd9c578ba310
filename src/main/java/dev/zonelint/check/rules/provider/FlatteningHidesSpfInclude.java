package dev.zonelint.check.rules.provider;

import dev.zonelint.check.Category;
import dev.zonelint.check.NodeRule;
import dev.zonelint.check.RuleContext;
import dev.zonelint.check.RuleInfo;
import dev.zonelint.diag.Severity;
import dev.zonelint.mail.spf.Directive;
import dev.zonelint.mail.spf.DomainSpec;
import dev.zonelint.mail.spf.Mechanism;
import dev.zonelint.mail.spf.Modifier;
import dev.zonelint.mail.spf.SpfParser;
import dev.zonelint.mail.spf.SpfRecord;
import dev.zonelint.provider.Provider;
import dev.zonelint.zone.Node;
import dev.zonelint.zone.ZoneRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.xbill.DNS.Name;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * An SPF {@code include:} or {@code redirect=} names a domain whose TXT record the receiver
 * evaluates (RFC 7208 §5.2, §6.1). When that name is a CNAME, resolvers follow it to the target's
 * SPF record; when the provider flattens the CNAME, it answers with the target's addresses instead
 * and the TXT query finds no SPF record, so the include is a permerror and mail from this domain
 * fails SPF.
 */
public final class FlatteningHidesSpfInclude implements NodeRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "flattening-hides-spf-include",
          "An SPF include target in the zone is a CNAME that the provider would flatten",
          Severity.WARNING,
          Category.PROVIDER,
          "RFC 7208 §5.2",
          "RFC 7208 §6.1",
          "Cloudflare CNAME flattening");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public Set<Integer> triggerTypes() {
    return Set.of(Type.TXT);
  }

  @Override
  public void check(Node node, RuleContext context) {
    Provider provider = context.options().provider();
    if (provider.flattening() == Provider.Flattening.NONE || !node.has(Type.TXT)) {
      return;
    }
    for (ZoneRecord txt : node.records(Type.TXT)) {
      if (!SpfRecord.isSpf(txt.txt())) {
        continue;
      }
      for (DomainSpec domain : includes(SpfParser.parse(txt.txt()))) {
        Node target = inZone(domain, context);
        ZoneRecord cname = target == null ? null : target.first(Type.CNAME);
        if (cname == null || !provider.flattens(target.isApex())) {
          continue;
        }
        context.report(
            txt,
            "this SPF record includes '"
                + target.name()
                + "', a CNAME that "
                + provider.displayName()
                + " flattens into addresses, so the receiver's TXT query there finds no SPF"
                + " record and SPF fails with permerror",
            "include '"
                + cname.target()
                + "' directly, or turn flattening off for the CNAME at '"
                + target.name()
                + "'",
            cname,
            "the flattened CNAME is here");
      }
    }
  }

  private static List<DomainSpec> includes(SpfRecord spf) {
    List<DomainSpec> out = new ArrayList<>();
    for (Directive d : spf.directives()) {
      if (d.mechanism() instanceof Mechanism.Include include) {
        out.add(include.domain());
      }
    }
    Modifier.Redirect redirect = spf.redirect();
    if (redirect != null) {
      out.add(redirect.domain());
    }
    return out;
  }

  /** The zone's node for a literal include domain, or null. */
  private static Node inZone(DomainSpec domain, RuleContext context) {
    String literal = domain == null ? null : domain.literal();
    if (literal == null) {
      return null;
    }
    try {
      Name name = Name.fromString(literal.endsWith(".") ? literal : literal + ".");
      return context.zone().contains(name) ? context.zone().find(name) : null;
    } catch (TextParseException e) {
      return null; // spf-syntax reports a malformed domain
    }
  }
}

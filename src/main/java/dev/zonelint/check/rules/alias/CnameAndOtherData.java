package dev.zonelint.check.rules.alias;

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
import org.xbill.DNS.Type;

/**
 * A name with a CNAME must own nothing else (RFC 1034 §3.6.2, RFC 2181 §10.1), except the DNSSEC
 * records that describe the CNAME itself. Servers that load such a zone answer inconsistently: a
 * resolver that cached the CNAME follows it, one that asked for the other type first gets the
 * record beside it. Route 53 refuses the change outright. The apex is left to {@code
 * cname-at-apex}. Where the provider flattens the CNAME (Cloudflare at the apex, or everywhere with
 * "flatten all CNAMEs") it serves the CNAME as addresses beside MX, TXT and the rest, so only
 * address records (A, AAAA, ALIAS) conflict with it there.
 */
public final class CnameAndOtherData implements NodeRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "cname-and-other-data",
          "A name with a CNAME must not own other data",
          Severity.ERROR,
          Category.ALIAS,
          "RFC 1034 §3.6.2",
          "RFC 2181 §10.1");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public Set<Integer> triggerTypes() {
    return Set.of(Type.CNAME);
  }

  @Override
  public void check(Node node, RuleContext context) {
    ZoneRecord cname = node.first(Type.CNAME);
    if (cname == null) {
      return;
    }
    Provider provider = context.options().provider();
    boolean flattened = provider.flattens(node.isApex());
    if (node.isApex() && !flattened) {
      return;
    }
    for (ZoneRecord r : node.records()) {
      if (flattened && !r.isPseudo() && !isAddress(r.type())) {
        continue; // a flattened CNAME is served as addresses, beside any other data
      }
      if (r.isPseudo() || !allowedBesideCname(r.type())) {
        String what =
            flattened
                ? "conflicts with it: "
                    + provider.displayName()
                    + " flattens the CNAME into addresses and refuses other address records"
                    + " at the same name"
                : whatBreaks(r);
        context.report(
            r,
            "'" + node.name() + "' has a CNAME, so this " + r.typeName() + " " + what,
            "a CNAME must stand alone: move this record to the CNAME's target, replace the CNAME"
                + " with A/AAAA or a provider alias (ALIAS, Route 53 alias), or move mail records"
                + " to a name of their own",
            cname,
            "the CNAME is here");
      }
    }
  }

  private static boolean isAddress(int type) {
    return type == Type.A || type == Type.AAAA;
  }

  private static boolean allowedBesideCname(int type) {
    // A DNAME beside a CNAME is dname-and-cname's finding, reported on the CNAME.
    return type == Type.CNAME
        || type == Type.RRSIG
        || type == Type.NSEC
        || type == Type.KEY
        || type == Type.DNAME;
  }

  /** What a DNS admin loses, in the terms of the mechanism the record serves. */
  static String whatBreaks(ZoneRecord r) {
    if (r.isPseudo()) {
      return "conflicts with it: the provider cannot serve both at one name";
    }
    switch (r.type()) {
      case Type.TXT:
        return txtBreaks(r.txt());
      case Type.MX:
        return "breaks mail routing: senders whose resolver cached the CNAME use the target's MX"
            + " or address, others deliver to this MX";
      case Type.A:
      case Type.AAAA:
        return "is answered only by resolvers that have not cached the CNAME; the others follow"
            + " the CNAME to different addresses";
      case Type.NS:
        return "makes the name both a delegation and an alias; resolvers and servers disagree on"
            + " which one wins";
      default:
        return "is hidden from every resolver that has cached the CNAME; most servers refuse to"
            + " load such a zone";
    }
  }

  private static String txtBreaks(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    String mechanism;
    if (lower.startsWith("v=spf1")) {
      mechanism = "SPF";
    } else if (lower.startsWith("v=dmarc1")) {
      mechanism = "DMARC";
    } else if (lower.startsWith("v=dkim1") || lower.contains("p=")) {
      mechanism = "DKIM";
    } else if (lower.startsWith("v=stsv1")) {
      mechanism = "MTA-STS";
    } else if (lower.startsWith("v=tlsrptv1")) {
      mechanism = "TLS-RPT";
    } else {
      return "(often a site-verification token) is seen only by resolvers that asked for TXT"
          + " before caching the CNAME; the others see the target's TXT instead";
    }
    return "breaks "
        + mechanism
        + " intermittently: a resolver that cached the CNAME follows it and sees the target's TXT,"
        + " one that asked for TXT first gets this record, so "
        + mechanism
        + " results differ per resolver and per TTL";
  }
}

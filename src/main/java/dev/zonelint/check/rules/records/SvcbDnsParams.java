package dev.zonelint.check.rules.records;

import dev.zonelint.check.Category;
import dev.zonelint.check.NodeRule;
import dev.zonelint.check.RuleContext;
import dev.zonelint.check.RuleInfo;
import dev.zonelint.diag.Severity;
import dev.zonelint.zone.Node;
import dev.zonelint.zone.ZoneRecord;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.xbill.DNS.SVCBBase;
import org.xbill.DNS.SVCBRecord;
import org.xbill.DNS.Type;

/**
 * An SVCB record that advertises an encrypted DNS server ({@code _dns} or {@code _<port>._dns}, RFC
 * 9461 §4-5) in ServiceMode must say which protocols it speaks ({@code alpn}), and one that offers
 * DNS over HTTPS must give the URI template ({@code dohpath}); otherwise clients cannot use the
 * server. BIND refuses such records.
 */
public final class SvcbDnsParams implements NodeRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "svcb-dns-params",
          "An SVCB record for a DNS server lacks alpn, or dohpath for DNS over HTTPS",
          Severity.ERROR,
          Category.RECORDS,
          "RFC 9461 §5",
          "RFC 9461 §5.1");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  private static final Set<String> HTTP_ALPNS = Set.of("http/1.1", "h2", "h3");

  @Override
  public Set<Integer> triggerTypes() {
    return Set.of(Type.SVCB);
  }

  @Override
  public void check(Node node, RuleContext context) {
    if (!node.has(Type.SVCB) || !isDnsServiceName(node)) {
      return;
    }
    for (ZoneRecord r : node.records(Type.SVCB)) {
      if (!(r.toDns() instanceof SVCBRecord svcb) || svcb.getSvcPriority() == 0) {
        continue; // AliasMode carries no parameters
      }
      if (!(svcb.getSvcParamValue(SVCBBase.ALPN) instanceof SVCBBase.ParameterAlpn alpn)) {
        context.report(
            r,
            "this DNS server binding has no alpn parameter, so clients cannot tell whether it"
                + " offers DoT, DoQ or DoH and will not use it",
            "add alpn=dot, alpn=doq or alpn=h2 (with dohpath) as the server supports (RFC 9461 §5)");
        continue;
      }
      if (offersHttp(alpn.getValues()) && svcb.getSvcParamValue(SVCBBase.DOHPATH) == null) {
        context.report(
            r,
            "this DNS server binding offers DNS over HTTPS (alpn "
                + String.join(",", alpn.getValues())
                + ") without a dohpath, so clients cannot build the query URI",
            "add dohpath=/dns-query{?dns} (the server's URI template; RFC 9461 §5.1)");
      }
    }
  }

  /** {@code _dns.example.com.} or {@code _853._dns.example.com.} (RFC 9461 §4). */
  private static boolean isDnsServiceName(Node node) {
    var name = node.name();
    if (name.labels() < 2) {
      return false;
    }
    String first = name.getLabelString(0).toLowerCase(Locale.ROOT);
    if (first.equals("_dns")) {
      return true;
    }
    return name.labels() > 2
        && first.matches("_[0-9]+")
        && name.getLabelString(1).toLowerCase(Locale.ROOT).equals("_dns");
  }

  /**
   * Whether an HTTP protocol is offered. A comma escaped into one ALPN id ({@code h1\,h2}) is read
   * as a separator, as BIND reads it: a comma inside a protocol id is a quoting mistake.
   */
  private static boolean offersHttp(List<String> ids) {
    for (String id : ids) {
      for (String part : id.split(",", -1)) {
        if (HTTP_ALPNS.contains(part.toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
    }
    return false;
  }
}

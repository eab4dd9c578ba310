package dev.zonelint.check.rules.structure;

import dev.zonelint.check.Category;
import dev.zonelint.check.RuleContext;
import dev.zonelint.check.RuleInfo;
import dev.zonelint.check.ZoneRule;
import dev.zonelint.diag.Severity;
import dev.zonelint.zone.Node;
import dev.zonelint.zone.Zone;
import dev.zonelint.zone.ZoneRecord;
import org.xbill.DNS.Type;

/**
 * The top node of a zone holds its SOA and the NS RRset that names its authoritative servers (RFC
 * 1034 §4.2.1, RFC 1035 §5.2). BIND and Knot refuse a zone without apex NS. Points at the apex SOA;
 * when the apex has no SOA the rule stays silent, because {@code missing-soa} (or {@code
 * soa-not-at-apex}, {@code out-of-zone}) already says the apex is broken, and files checked on
 * their own are often fragments meant for {@code $INCLUDE}.
 */
public final class MissingApexNs implements ZoneRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "missing-apex-ns",
          "The zone apex has no NS records",
          Severity.ERROR,
          Category.STRUCTURE,
          "RFC 1035",
          "RFC 1034 §4.2.1");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Zone zone, RuleContext context) {
    Node apex = zone.apex();
    if (apex == null || apex.has(Type.NS)) {
      return;
    }
    ZoneRecord soa = apex.first(Type.SOA);
    if (soa == null) {
      return;
    }
    context.report(
        soa,
        "the apex '"
            + apex.name()
            + "' has an SOA but no NS records: the zone names no authoritative servers, so BIND"
            + " and Knot refuse to load it and resolvers cannot check it against the parent's"
            + " delegation",
        "add an NS record at the apex for every server that serves the zone (for example '@ NS"
            + " ns1."
            + apex.name()
            + "'), matching the NS records of the delegation in the parent zone");
  }
}

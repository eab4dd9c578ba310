package dev.zonelint.check.rules.structure;

import dev.zonelint.check.Category;
import dev.zonelint.check.NodeRule;
import dev.zonelint.check.RuleContext;
import dev.zonelint.check.RuleInfo;
import dev.zonelint.diag.Severity;
import dev.zonelint.zone.Node;
import dev.zonelint.zone.ZoneRecord;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Two records with equal owner, class, type and RDATA are one record (RFC 2181 §5): servers keep a
 * single copy, so the second line has no effect, and when its TTL differs the admin cannot tell
 * which TTL is served. Owner names compare case-insensitively; names inside RDATA compare as in the
 * RFC 4034 §6.2 canonical form (see {@link RdataKey}), so {@code MX 10 Mail} repeats {@code MX 10
 * mail} but SVCB targets and TXT strings keep their case. An exact copy of the SOA is reported
 * here, an SOA with other data by {@code multiple-soa}.
 */
public final class DuplicateRecord implements NodeRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "duplicate-record",
          "A record is written more than once",
          Severity.WARNING,
          Category.STRUCTURE,
          "RFC 2181 §5");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Node node, RuleContext context) {
    if (node.recordCount() < 2 || node.typesAllDistinct()) {
      return;
    }
    List<ZoneRecord> records = node.records();
    Map<RdataKey, ZoneRecord> seen = new HashMap<>();
    for (ZoneRecord r : records) {
      ZoneRecord first = seen.putIfAbsent(RdataKey.of(r), r);
      if (first == null) {
        continue;
      }
      String how = r.sameRdata(first) ? "" : " (names in it differ only in letter case)";
      String ttl =
          r.ttl() == first.ttl()
              ? "servers keep one copy, so this line has no effect"
              : "servers keep one copy with one TTL, so this line's TTL "
                  + r.ttl()
                  + " competes with "
                  + first.ttl();
      context.report(
          r,
          "this "
              + r.typeName()
              + " at '"
              + node.name()
              + "' repeats an earlier record"
              + how
              + ": "
              + ttl,
          "delete this line; if the TTLs differ, put the TTL you want on the remaining record",
          first,
          "the first copy is here");
    }
  }
}

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
import org.xbill.DNS.Type;

/**
 * All records of an RRset (same owner, class and type) must have the same TTL (RFC 2181 §5.2). A
 * server serves one TTL for the set: BIND keeps the first, Knot the last, so the value the admin
 * wrote on a later line may silently not apply. The zone has one class (the parser enforces it), so
 * an RRset is a node's records of one type. Not checked: RRSIG (signatures over different types are
 * different RRsets, RFC 4034 §3), SOA (a second one is {@code multiple-soa} or {@code
 * duplicate-record}), provider pseudo-records, and exact copies of an earlier record ({@code
 * duplicate-record}).
 */
public final class TtlMismatch implements NodeRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "ttl-mismatch",
          "Records of one RRset have different TTLs",
          Severity.WARNING,
          Category.STRUCTURE,
          "RFC 2181 §5.2");

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
    Map<Integer, ZoneRecord> firstOfType = new HashMap<>();
    for (int i = 0; i < records.size(); i++) {
      ZoneRecord r = records.get(i);
      if (r.isPseudo() || r.type() == Type.RRSIG || r.type() == Type.SOA) {
        continue;
      }
      ZoneRecord first = firstOfType.putIfAbsent(r.type(), r);
      if (first == null || first.ttl() == r.ttl() || copiesEarlier(records, i)) {
        continue;
      }
      context.report(
          r,
          "this record's TTL "
              + r.ttl()
              + " differs from TTL "
              + first.ttl()
              + " of the first "
              + r.typeName()
              + " record of '"
              + node.name()
              + "': an RRset has one TTL and servers disagree on which one they keep (BIND"
              + " the first, Knot the last), so this value may never be served",
          "give every " + r.typeName() + " record of '" + node.name() + "' the same TTL",
          first,
          "the first " + r.typeName() + " record, TTL " + first.ttl());
    }
  }

  private static boolean copiesEarlier(List<ZoneRecord> records, int index) {
    ZoneRecord r = records.get(index);
    RdataKey key = null;
    for (int i = 0; i < index; i++) {
      ZoneRecord earlier = records.get(i);
      if (earlier.type() == r.type() && !earlier.isPseudo()) {
        if (key == null) {
          key = RdataKey.of(r);
        }
        if (key.equals(RdataKey.of(earlier))) {
          return true;
        }
      }
    }
    return false;
  }
}

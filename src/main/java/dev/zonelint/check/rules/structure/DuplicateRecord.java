package dev.zonelint.check.rules.structure;

import dev.zonelint.check.Category;
import dev.zonelint.check.NodeRule;
import dev.zonelint.check.RuleContext;
import dev.zonelint.check.RuleInfo;
import dev.zonelint.diag.Severity;
import dev.zonelint.zone.Node;
import dev.zonelint.zone.ZoneRecord;
import java.util.HashMap;
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

  /**
   * Names with at most this many records compare them pair by pair: hashing each key (the whole
   * canonical RDATA, 300 bytes for an RRSIG) cost more than the few comparisons, most of which stop
   * at the type or the first bytes; signed zones have several RRSIGs at every name. Keys are built
   * only for the rare pairs that could be equal.
   */
  static final int PAIRWISE_MAX = 8;

  @Override
  public void check(Node node, RuleContext context) {
    int count = node.recordCount();
    if (count < 2 || node.typesAllDistinct()) {
      return;
    }
    if (count <= PAIRWISE_MAX) {
      for (int i = 1; i < count; i++) {
        ZoneRecord r = node.record(i);
        for (int j = 0; j < i; j++) {
          ZoneRecord earlier = node.record(j);
          if (couldRepeat(r, earlier) && RdataKey.of(r).equals(RdataKey.of(earlier))) {
            report(node, r, earlier, context);
            break;
          }
        }
      }
      return;
    }
    Map<RdataKey, ZoneRecord> seen = new HashMap<>();
    for (ZoneRecord r : node.records()) {
      ZoneRecord first = seen.putIfAbsent(RdataKey.of(r), r);
      if (first != null) {
        report(node, r, first, context);
      }
    }
  }

  /** False for records that cannot have equal {@link RdataKey}s; pseudo-records' keys are names. */
  private static boolean couldRepeat(ZoneRecord a, ZoneRecord b) {
    return a.type() == b.type()
        && a.kind() == b.kind()
        && (a.isPseudo() || a.sameRdataIgnoringCase(b));
  }

  /** Reports {@code r} as a repeat of the earlier {@code first}. */
  private static void report(Node node, ZoneRecord r, ZoneRecord first, RuleContext context) {
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

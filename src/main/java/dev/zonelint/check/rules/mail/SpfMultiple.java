package dev.zonelint.check.rules.mail;

import dev.zonelint.check.Category;
import dev.zonelint.check.RuleContext;
import dev.zonelint.check.RuleInfo;
import dev.zonelint.check.ZoneRule;
import dev.zonelint.diag.Related;
import dev.zonelint.diag.Severity;
import dev.zonelint.zone.Node;
import dev.zonelint.zone.Zone;
import dev.zonelint.zone.ZoneRecord;
import java.util.ArrayList;
import java.util.List;

/**
 * A name must publish at most one SPF record (RFC 7208 §4.5): with two or more {@code v=spf1} TXT
 * records receivers return permerror, so SPF fails for every message. This often happens when a
 * second provider's setup guide says "add this TXT record". Exact copies are one record in DNS (RFC
 * 2181 §5) and left to {@code duplicate-record}. Reported on the first, the others related.
 */
public final class SpfMultiple implements ZoneRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "spf-multiple",
          "A name must not have more than one SPF record",
          Severity.ERROR,
          Category.MAIL,
          "RFC 7208 §4.5",
          "RFC 7208 §3.2");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  private final SpfMemo memo;

  public SpfMultiple() {
    this(new SpfMemo());
  }

  SpfMultiple(SpfMemo memo) {
    this.memo = memo;
  }

  @Override
  public void check(Zone zone, RuleContext context) {
    for (SpfZone.Spot spot : memo.of(context).spots(zone)) {
      check(spot.node(), spot.entries(), context);
    }
  }

  private static void check(Node node, List<SpfZone.Entry> entries, RuleContext context) {
    if (entries.size() < 2) {
      return;
    }
    List<ZoneRecord> spf = new ArrayList<>();
    for (SpfZone.Entry e : entries) {
      spf.add(e.txt());
    }
    ZoneRecord first = spf.get(0);
    List<Related> others = new ArrayList<>();
    for (int i = 1; i < spf.size(); i++) {
      ZoneRecord r = spf.get(i);
      if (!sameAsEarlier(spf, i)) {
        others.add(new Related(context.location(r), "another SPF record is here"));
      }
    }
    if (others.isEmpty()) {
      return;
    }
    context.report(
        first,
        "'"
            + node.name()
            + "' has "
            + (others.size() + 1)
            + " SPF records (TXT starting v=spf1): receivers return permerror when they find more"
            + " than one, so SPF fails for all mail from this name",
        "merge them into one TXT record: a single v=spf1, the mechanisms of both, and one all at"
            + " the end",
        others);
  }

  private static boolean sameAsEarlier(List<ZoneRecord> spf, int i) {
    for (int j = 0; j < i; j++) {
      if (spf.get(j).sameRdata(spf.get(i))) {
        return true;
      }
    }
    return false;
  }
}

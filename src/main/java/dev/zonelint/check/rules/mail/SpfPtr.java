package dev.zonelint.check.rules.mail;

import dev.zonelint.check.Category;
import dev.zonelint.check.RuleContext;
import dev.zonelint.check.RuleInfo;
import dev.zonelint.check.ZoneRule;
import dev.zonelint.diag.Severity;
import dev.zonelint.mail.spf.Directive;
import dev.zonelint.mail.spf.Mechanism;
import dev.zonelint.mail.spf.SpfRecord;
import dev.zonelint.zone.Zone;
import dev.zonelint.zone.ZoneRecord;
import java.util.List;

/**
 * RFC 7208 §5.5 says the {@code ptr} mechanism SHOULD NOT be published: it needs a reverse lookup
 * plus forward lookups for every sending address, reverse zones are often missing or slow, and
 * large receivers skip it, so mail that depends on it fails unpredictably. Records that do not
 * parse are left to {@code spf-syntax}.
 */
public final class SpfPtr implements ZoneRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "spf-ptr",
          "SPF records should not use the ptr mechanism",
          Severity.WARNING,
          Category.MAIL,
          "RFC 7208 §5.5");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  private final SpfMemo memo;

  public SpfPtr() {
    this(new SpfMemo());
  }

  SpfPtr(SpfMemo memo) {
    this.memo = memo;
  }

  @Override
  public void check(Zone zone, RuleContext context) {
    for (SpfZone.Spot spot : memo.of(context).spots(zone)) {
      check(spot.entries(), context);
    }
  }

  private static void check(List<SpfZone.Entry> entries, RuleContext context) {
    if (entries.isEmpty()) {
      return;
    }
    for (SpfZone.Entry e : entries) {
      ZoneRecord r = e.txt();
      SpfRecord spf = e.spf();
      if (!spf.valid()) {
        continue;
      }
      Directive first = null;
      int count = 0;
      for (Directive d : spf.directives()) {
        if (d.mechanism() instanceof Mechanism.Ptr) {
          first = first == null ? d : first;
          count++;
        }
      }
      if (first == null) {
        continue;
      }
      context.report(
          r,
          "SPF term '"
              + first.text()
              + "' at column "
              + (first.column() + 1)
              + (count > 1 ? " (and " + (count - 1) + " more ptr)" : "")
              + " uses ptr, which RFC 7208 says not to use: it costs a reverse lookup per message,"
              + " reverse zones are often missing, and some large receivers ignore it",
          "list the sending hosts' addresses with ip4:/ip6: (or name them with a: or mx) instead"
              + " of ptr");
    }
  }
}

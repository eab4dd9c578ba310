package dev.zonelint.check.rules.structure;

import dev.zonelint.check.Category;
import dev.zonelint.check.NodeRule;
import dev.zonelint.check.RuleContext;
import dev.zonelint.check.RuleInfo;
import dev.zonelint.diag.Severity;
import dev.zonelint.zone.Node;
import dev.zonelint.zone.SoaFields;
import dev.zonelint.zone.ZoneRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.xbill.DNS.Type;

/**
 * SOA timers that make secondaries misbehave (RFC 1912 §2.2) and a negative-caching TTL that keeps
 * new names unresolvable for days (RFC 2308 §5). One diagnostic per apex SOA lists every problem.
 * The negative TTL is the lower of the MINIMUM field and the SOA's own TTL (RFC 2308 §5), so a
 * legacy one-week MINIMUM under a one-hour SOA TTL is not reported.
 */
public final class SoaValues implements NodeRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "soa-values",
          "SOA timer values are inconsistent or outside recommended ranges",
          Severity.WARNING,
          Category.STRUCTURE,
          "RFC 1912 §2.2",
          "RFC 2308");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  static final long ONE_WEEK = 604_800;
  static final long ONE_DAY = 86_400;

  @Override
  public Set<Integer> triggerTypes() {
    return Set.of(Type.SOA);
  }

  @Override
  public void check(Node node, RuleContext context) {
    if (!node.isApex()) {
      return;
    }
    for (ZoneRecord r : node.records(Type.SOA)) {
      List<String> problems = problems(SoaFields.of(r), r.ttl());
      if (!problems.isEmpty()) {
        context.report(
            r,
            "the SOA of '" + node.name() + "': " + String.join("; ", problems),
            "use values in the RFC 1912 ranges, for example refresh 7200, retry 3600 (a fraction"
                + " of refresh), expire 1209600 (2 to 4 weeks) and minimum 3600 (RFC 2308: 1 to 3"
                + " hours), and a date-based serial such as 2024010101");
      }
    }
  }

  private static List<String> problems(SoaFields soa, long ttl) {
    List<String> out = new ArrayList<>();
    long refresh = soa.refresh();
    long retry = soa.retry();
    long expire = soa.expire();
    if (soa.serial() == 0) {
      out.add(
          "serial is 0, which looks unset; secondaries transfer the zone only when the serial"
              + " grows, so start from a date-based serial before the first change");
    }
    if (refresh < retry) {
      out.add(
          "retry "
              + retry
              + " is longer than refresh "
              + refresh
              + ", so after a failed check secondaries wait longer than between normal checks");
    }
    if (expire < refresh + retry) {
      out.add(
          "expire "
              + expire
              + " is shorter than refresh + retry ("
              + (refresh + retry)
              + "), so secondaries can drop the zone before they have refreshed and retried once");
    }
    if (expire < ONE_WEEK) {
      out.add(
          "expire "
              + expire
              + " is under 1 week (604800), so a primary outage that long stops every secondary"
              + " from answering for the zone");
    }
    long negative = Math.min(soa.minimum(), ttl);
    if (negative > ONE_DAY) {
      out.add(
          "the negative-caching TTL (the lower of minimum "
              + soa.minimum()
              + " and the SOA's TTL "
              + ttl
              + ") is over 1 day (86400), so a name added later stays 'does not exist' in"
              + " resolvers' caches for "
              + negative
              + " seconds");
    }
    return out;
  }
}

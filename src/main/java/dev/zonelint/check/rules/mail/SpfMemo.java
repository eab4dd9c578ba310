package dev.zonelint.check.rules.mail;

import dev.zonelint.check.RuleContext;
import dev.zonelint.mail.spf.SpfKnownIncludes;
import dev.zonelint.zone.Zone;
import java.lang.ref.WeakReference;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Per-run SPF facts shared by the SPF rules of one registry ({@link SpfRules#all()}), so that each
 * record is parsed, and the include graph built, once per zone checked rather than once per rule.
 * Keyed weakly by the zone: an entry goes when its zone does, and holds no reference back to it.
 * Rules built on their own (as in tests) get a memo of their own.
 */
final class SpfMemo {
  private final Map<Zone, SpfZone> zones = new WeakHashMap<>();
  private volatile Last last;

  /** The zone asked for last: rules ask once per name, so this spares the synchronized map. */
  private record Last(WeakReference<Zone> zone, WeakReference<SpfZone> facts) {}

  /** The facts of the context's zone, with the provider includes the run's options know. */
  SpfZone of(RuleContext context) {
    Zone zone = context.zone();
    SpfKnownIncludes known = context.options().spfKnown();
    Last l = last;
    SpfZone facts = l != null && l.zone().get() == zone ? l.facts().get() : null;
    if (facts == null) {
      synchronized (zones) {
        facts = zones.computeIfAbsent(zone, z -> new SpfZone(known));
      }
      last = new Last(new WeakReference<>(zone), new WeakReference<>(facts));
    }
    return facts;
  }
}

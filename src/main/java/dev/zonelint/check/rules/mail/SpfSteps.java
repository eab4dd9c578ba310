package dev.zonelint.check.rules.mail;

import dev.zonelint.check.rules.mail.SpfGraph.Step;
import dev.zonelint.check.rules.mail.SpfGraph.Target;
import dev.zonelint.mail.spf.Directive;
import dev.zonelint.mail.spf.DomainSpec;
import dev.zonelint.mail.spf.Mechanism;
import dev.zonelint.mail.spf.Modifier;
import dev.zonelint.mail.spf.SpfKnownIncludes;
import dev.zonelint.mail.spf.Term;
import dev.zonelint.zone.Node;
import dev.zonelint.zone.Zone;
import dev.zonelint.zone.ZoneRecord;
import java.util.Locale;
import org.xbill.DNS.Name;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * Resolves the DNS-querying terms of an SPF record against the zone's own data and the known
 * provider records: where an include or redirect leads, and whether a query would come back empty
 * (a void lookup, RFC 7208 §4.6.4).
 */
final class SpfSteps {
  private final SpfZone facts;
  private final SpfKnownIncludes known;

  SpfSteps(SpfZone facts, SpfKnownIncludes known) {
    this.facts = facts;
    this.known = known;
  }

  /** A step of a record at {@code current} (whose node in this zone is {@code here}, or null). */
  Step step(Zone zone, Term t, Name current, Node here) {
    if (t instanceof Modifier.Redirect r) {
      return follow(zone, t, r.domain());
    }
    Mechanism m = ((Directive) t).mechanism();
    if (m instanceof Mechanism.Include inc) {
      return follow(zone, t, inc.domain());
    }
    DomainSpec d = m.domain();
    String text = d == null ? "" : d.text();
    if (m instanceof Mechanism.Ptr || (d != null && d.hasMacros())) {
      return new Step(t, Target.NONE, null, text, null, null, null);
    }
    Name target = d == null ? current : inZone(zone, d.literal());
    if (target == null || (d == null && here == null)) {
      return new Step(t, Target.NONE, null, text, null, null, null);
    }
    SpfLookup l = d == null ? SpfLookup.at(here) : SpfLookup.of(zone, target);
    String why = null;
    if (l.kind() == SpfLookup.Kind.NXDOMAIN) {
      why = "'" + target + "' does not exist";
    } else if (l.kind() == SpfLookup.Kind.ANSWER) {
      Node n = l.node();
      if (m instanceof Mechanism.A && !n.hasAddress()) {
        why = "'" + target + "' has no A or AAAA record";
      } else if (m instanceof Mechanism.Mx && !n.has(Type.MX)) {
        why = "'" + target + "' has no MX record";
      } else if (m instanceof Mechanism.Exists && !hasA(n)) {
        why = "'" + target + "' has no A record";
      }
    }
    return new Step(t, Target.NONE, target, text, null, null, why);
  }

  private static boolean hasA(Node n) {
    for (ZoneRecord r : n.records()) {
      if (r.type() == Type.A) {
        return true;
      }
    }
    return false;
  }

  private Step follow(Zone zone, Term t, DomainSpec d) {
    String literal = d.literal();
    if (literal == null) {
      return new Step(t, Target.MACRO, null, d.text(), null, null, null);
    }
    Name name = inZone(zone, literal);
    if (name == null) {
      String key = key(literal);
      return known.record(key) != null
          ? new Step(t, Target.KNOWN, null, literal, null, key, null)
          : new Step(t, Target.UNKNOWN, null, literal, null, null, null);
    }
    SpfLookup l = SpfLookup.of(zone, name);
    switch (l.kind()) {
      case NXDOMAIN:
        return new Step(
            t, Target.MISSING, name, literal, null, null, "'" + name + "' does not exist");
      case UNKNOWN:
        return new Step(t, Target.UNKNOWN, name, literal, null, null, null);
      default:
        Node n = l.node();
        if (facts.first(n) != null) {
          return new Step(t, Target.ZONE, name, literal, n, null, null);
        }
        String why = n.has(Type.TXT) ? null : "'" + name + "' has no TXT record";
        return new Step(t, Target.MISSING, name, literal, null, null, why);
    }
  }

  /**
   * The name a literal domain-spec stands for, if it is at or below the origin; null otherwise.
   * Most includes name other domains: a look at the text spares parsing them into names.
   */
  Name inZone(Zone zone, String literal) {
    Name origin = zone.origin();
    if (origin == null) {
      return null;
    }
    String o = facts.originText(origin);
    String l = key(literal);
    boolean maybe =
        o.isEmpty()
            || literal.indexOf('\\') >= 0
            || (l.length() >= o.length()
                && l.regionMatches(true, l.length() - o.length(), o, 0, o.length())
                && (l.length() == o.length() || l.charAt(l.length() - o.length() - 1) == '.'));
    Name name = maybe ? toName(literal) : null;
    return name != null && zone.contains(name) ? name : null;
  }

  static String key(String literal) {
    String s = literal.toLowerCase(Locale.ROOT);
    return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
  }

  static Name toName(String literal) {
    if (literal == null) {
      return null;
    }
    try {
      return Name.fromString(literal, Name.root);
    } catch (TextParseException e) {
      return null;
    }
  }
}

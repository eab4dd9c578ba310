package dev.zonelint.check.rules.mail;

import dev.zonelint.zone.Node;
import dev.zonelint.zone.Zone;
import org.xbill.DNS.Name;
import org.xbill.DNS.NameTooLongException;
import org.xbill.DNS.Type;

/**
 * What this zone's own data answers for a name an SPF term queries, as an authoritative server
 * would (RFC 1034 §4.3.2, wildcards per RFC 4592 §3.3.1), without any network access.
 *
 * @param kind whether the zone answers, says the name does not exist, or cannot tell
 * @param node the node holding the answer (the name's own or the matching wildcard), or null
 * @param why for {@link Kind#UNKNOWN}: why the zone cannot tell, for messages
 */
record SpfLookup(Kind kind, Node node, String why) {
  private static final Name WILD = Name.fromConstantString("*");

  enum Kind {
    ANSWER,
    NXDOMAIN,
    UNKNOWN
  }

  static SpfLookup of(Zone zone, Name name) {
    if (zone.apex() == null || !zone.contains(name)) {
      return new SpfLookup(Kind.UNKNOWN, null, "outside this zone");
    }
    Node encloser = closestEncloser(zone, name);
    Node cut = encloser.isDelegation() ? encloser : encloser.enclosingCut();
    if (cut != null) {
      return new SpfLookup(Kind.UNKNOWN, null, "delegated at '" + cut.name() + "'");
    }
    Node dname =
        encloser.has(Type.DNAME) && !encloser.name().equals(name)
            ? encloser
            : encloser.enclosingDname();
    if (dname != null) {
      return new SpfLookup(Kind.UNKNOWN, null, "renamed by the DNAME at '" + dname.name() + "'");
    }
    Node answer = encloser.name().equals(name) ? encloser : wildcard(zone, encloser);
    if (answer == null) {
      return new SpfLookup(Kind.NXDOMAIN, null, "");
    }
    if (answer.has(Type.CNAME)) {
      return new SpfLookup(Kind.UNKNOWN, answer, "a CNAME");
    }
    return new SpfLookup(Kind.ANSWER, answer, "");
  }

  /** What the zone answers at one of its own names (the owner of an SPF record). */
  static SpfLookup at(Node node) {
    Node cut = node.isDelegation() ? node : node.enclosingCut();
    if (node.isOutOfZone() || cut != null) {
      return new SpfLookup(Kind.UNKNOWN, null, "delegated");
    }
    if (node.enclosingDname() != null) {
      return new SpfLookup(Kind.UNKNOWN, null, "renamed by a DNAME");
    }
    if (node.has(Type.CNAME)) {
      return new SpfLookup(Kind.UNKNOWN, node, "a CNAME");
    }
    return new SpfLookup(Kind.ANSWER, node, "");
  }

  private static Node closestEncloser(Zone zone, Name name) {
    Name current = name;
    int originLabels = zone.origin().labels();
    while (current.labels() > originLabels) {
      Node node = zone.find(current);
      if (node != null && !node.isOutOfZone()) {
        return node;
      }
      current = new Name(current, 1);
    }
    return zone.apex();
  }

  private static Node wildcard(Zone zone, Node encloser) {
    try {
      Node node = zone.find(Name.concatenate(WILD, encloser.name()));
      return node == null || node.isOutOfZone() ? null : node;
    } catch (NameTooLongException e) {
      return null;
    }
  }
}

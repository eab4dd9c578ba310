package dev.zonelint.check.rules.mail;

import dev.zonelint.zone.Node;
import dev.zonelint.zone.Zone;
import dev.zonelint.zone.ZoneAnswer;
import org.xbill.DNS.Name;
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
  enum Kind {
    ANSWER,
    NXDOMAIN,
    UNKNOWN
  }

  static SpfLookup of(Zone zone, Name name) {
    ZoneAnswer answer = ZoneAnswer.of(zone, name);
    if (!answer.inZone()) {
      return new SpfLookup(Kind.UNKNOWN, null, "outside this zone");
    }
    if (answer.cut() != null) {
      return new SpfLookup(Kind.UNKNOWN, null, "delegated at '" + answer.cut().name() + "'");
    }
    if (answer.dname() != null) {
      return new SpfLookup(
          Kind.UNKNOWN, null, "renamed by the DNAME at '" + answer.dname().name() + "'");
    }
    if (answer.node() == null) {
      return new SpfLookup(Kind.NXDOMAIN, null, "");
    }
    if (answer.node().has(Type.CNAME)) {
      return new SpfLookup(Kind.UNKNOWN, answer.node(), "a CNAME");
    }
    return new SpfLookup(Kind.ANSWER, answer.node(), "");
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
}

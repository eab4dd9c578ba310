package dev.zonelint.check.rules.targets;

import dev.zonelint.zone.Node;
import dev.zonelint.zone.Zone;
import dev.zonelint.zone.ZoneRecord;
import org.xbill.DNS.Name;
import org.xbill.DNS.NameTooLongException;
import org.xbill.DNS.Type;

/**
 * What this zone's own data says about a target name, the way an authoritative server would answer
 * it (RFC 1034 §4.3.2), without any network access.
 *
 * @param name the target looked up
 * @param inZone the name is at or below the origin
 * @param cut the delegation at or above the name (its data there is glue or occluded), or null
 * @param dname the DNAME owner strictly above the name (answers are synthesized CNAMEs), or null
 * @param answer the node that holds the answer: the name's own node, else the wildcard at its
 *     closest encloser (RFC 4592 §3.3.1), else null
 */
record Lookup(Name name, boolean inZone, Node cut, Node dname, Node answer) {
  private static final Name WILD = Name.fromConstantString("*");

  static Lookup of(Zone zone, Name name) {
    if (!zone.contains(name) || zone.apex() == null) {
      return new Lookup(name, false, null, null, null);
    }
    Node encloser = closestEncloser(zone, name);
    Node cut = encloser.isDelegation() ? encloser : encloser.enclosingCut();
    Node dname =
        encloser.has(Type.DNAME) && !encloser.name().equals(name)
            ? encloser
            : encloser.enclosingDname();
    // Walking down from the apex, whichever of the two comes first decides the answer.
    if (cut != null && dname != null) {
      if (dname.name().labels() < cut.name().labels()) {
        cut = null;
      } else {
        dname = null;
      }
    }
    Node answer = encloser.name().equals(name) ? encloser : wildcard(zone, encloser);
    return new Lookup(name, true, cut, dname, answer);
  }

  /** Whether a node's own data is served: not at or below a delegation, nor below a DNAME. */
  static boolean served(Node node) {
    return !node.isOutOfZone()
        && !node.isDelegation()
        && node.enclosingCut() == null
        && node.enclosingDname() == null;
  }

  /** Whether a node's NS records are the zone's own or a delegation's, and so are used. */
  static boolean nsInEffect(Node node) {
    return (node.isApex() || node.isDelegation()) && node.enclosingDname() == null;
  }

  /** In this zone and answered from its authoritative data: no delegation, no DNAME on the way. */
  boolean authoritative() {
    return inZone && cut == null && dname == null;
  }

  /** The CNAME that answers for the name, or null. */
  ZoneRecord cname() {
    return answer == null ? null : answer.first(Type.CNAME);
  }

  boolean hasAddress() {
    return answer != null && answer.hasAddress();
  }

  /** For a message: how the answer was found, if through a wildcard; otherwise empty. */
  String viaWildcard() {
    return answer != null && !answer.name().equals(name)
        ? " (through the wildcard '" + answer.name() + "')"
        : "";
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

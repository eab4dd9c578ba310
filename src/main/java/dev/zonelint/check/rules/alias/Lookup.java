package dev.zonelint.check.rules.alias;

import dev.zonelint.zone.Node;
import dev.zonelint.zone.Zone;
import org.xbill.DNS.Name;
import org.xbill.DNS.Type;

/**
 * How this zone would answer a query for a name, worked out from the file alone: the server's
 * algorithm of RFC 1034 §4.3.2 with the wildcard matching of RFC 4592 §3.3.1. Costs one hash lookup
 * per label between the name and its closest encloser.
 *
 * @param outcome what kind of answer the zone gives
 * @param node for {@link Outcome#EXISTS} the node whose records answer (the name itself or the
 *     wildcard that matches it), for {@link Outcome#REDIRECTED} the DNAME's owner, otherwise null
 */
record Lookup(Outcome outcome, Node node) {

  /** The kinds of answer. */
  enum Outcome {
    /** The name is not at or below the origin: another zone answers. */
    OUTSIDE,
    /** The name is at or below a zone cut: the child zone answers. */
    DELEGATED,
    /** The name is below a DNAME: the answer is a synthesized CNAME (RFC 6672 §3.2). */
    REDIRECTED,
    /** The name exists: it owns records, is an empty non-terminal, or a wildcard matches it. */
    EXISTS,
    /** Nothing in the zone answers for the name. */
    NXDOMAIN
  }

  private static final Lookup OUTSIDE = new Lookup(Outcome.OUTSIDE, null);
  private static final Lookup DELEGATED = new Lookup(Outcome.DELEGATED, null);
  private static final Lookup NXDOMAIN = new Lookup(Outcome.NXDOMAIN, null);

  static Lookup of(Zone zone, Name name) {
    if (name == null || !zone.contains(name)) {
      return OUTSIDE;
    }
    Node exact = zone.find(name);
    if (exact != null) {
      // A DNAME redirects the names below its owner, never the owner itself (RFC 6672 §2.3).
      Lookup elsewhere = elsewhere(cutAt(exact), exact.enclosingDname());
      return elsewhere != null ? elsewhere : new Lookup(Outcome.EXISTS, exact);
    }
    int below = name.labels() - zone.origin().labels();
    for (int strip = 1; strip <= below; strip++) {
      Node encloser = zone.find(new Name(name, strip));
      if (encloser == null) {
        continue;
      }
      Lookup elsewhere =
          elsewhere(
              cutAt(encloser), encloser.has(Type.DNAME) ? encloser : encloser.enclosingDname());
      if (elsewhere != null) {
        return elsewhere;
      }
      // Only the wildcard directly below the closest encloser can match (RFC 4592 §3.3.1).
      Node wildcard = zone.find(name.wild(strip));
      return wildcard == null ? NXDOMAIN : new Lookup(Outcome.EXISTS, wildcard);
    }
    return NXDOMAIN;
  }

  private static Node cutAt(Node node) {
    return node.isDelegation() ? node : node.enclosingCut();
  }

  /**
   * The answer when a zone cut or a DNAME at or above the name takes over, or null. The higher one
   * is met first on the way down; a DNAME at a cut is parent-side data and does not count.
   */
  private static Lookup elsewhere(Node cut, Node dname) {
    if (dname != null && (cut == null || dname.name().labels() < cut.name().labels())) {
      return new Lookup(Outcome.REDIRECTED, dname);
    }
    return cut == null ? null : DELEGATED;
  }

  /**
   * Whether the zone serves this node's own records: in zone, not at or below a zone cut and not
   * below a DNAME. Records elsewhere are occluded, and other rules report them.
   */
  static boolean authoritative(Node node) {
    return !node.isOutOfZone()
        && !node.isDelegation()
        && node.enclosingCut() == null
        && node.enclosingDname() == null;
  }
}

package dev.zonelint.zone;

import org.xbill.DNS.Name;
import org.xbill.DNS.Type;

/**
 * How the zone answers a query for a name, worked out from the file alone: the authoritative
 * server's algorithm of RFC 1034 §4.3.2 with the wildcard matching of RFC 4592 §3.3.1. Every rule
 * that follows a name (CNAME, MX, NS and SRV targets, SPF terms) and the inventory ask here, so
 * they agree. Costs one hash lookup per label between the name and its closest encloser.
 *
 * @param name the name looked up
 * @param inZone whether the name is at or below the origin
 * @param cut the zone cut at or above the name, when met before any DNAME on the way down from the
 *     apex: the child zone answers, and data here is glue or occluded; else null
 * @param dname the DNAME owner strictly above the name, when met before any cut: the answer is a
 *     synthesized CNAME (RFC 6672 §3.2); else null
 * @param node the node whose records answer: the name's own (an empty non-terminal included), else
 *     the wildcard directly below its closest encloser; null when neither exists
 */
public record ZoneAnswer(Name name, boolean inZone, Node cut, Node dname, Node node) {

  public static ZoneAnswer of(Zone zone, Name name) {
    if (!zone.contains(name)) {
      return new ZoneAnswer(name, false, null, null, null);
    }
    int below = name.labels() - zone.origin().labels();
    for (int strip = 0; strip <= below; strip++) {
      Node encloser = zone.find(strip == 0 ? name : new Name(name, strip));
      if (encloser == null) {
        continue;
      }
      Node cut = encloser.isDelegation() ? encloser : encloser.enclosingCut();
      // A DNAME redirects the names below its owner, never the owner itself (RFC 6672 §2.3).
      Node dname = strip > 0 && encloser.has(Type.DNAME) ? encloser : encloser.enclosingDname();
      // Walking down from the apex, whichever of the two comes first decides the answer; a DNAME
      // at a cut is parent-side data and does not count.
      if (cut != null && dname != null) {
        if (dname.name().labels() < cut.name().labels()) {
          cut = null;
        } else {
          dname = null;
        }
      }
      // Only the wildcard directly below the closest encloser can match (RFC 4592 §3.3.1).
      Node answer = strip == 0 ? encloser : zone.find(name.wild(strip));
      return new ZoneAnswer(name, true, cut, dname, answer);
    }
    return new ZoneAnswer(name, true, null, null, null);
  }

  /** In this zone and answered from its own data: no delegation, no DNAME on the way. */
  public boolean authoritative() {
    return inZone && cut == null && dname == null;
  }

  /** Answered from this zone's data by a node: the name or a wildcard exists. */
  public boolean exists() {
    return authoritative() && node != null;
  }

  /** The zone says the name does not exist. */
  public boolean isNxdomain() {
    return authoritative() && node == null;
  }

  /** The CNAME at the answering node (glue and occluded data included), or null. */
  public ZoneRecord cname() {
    return node == null ? null : node.first(Type.CNAME);
  }

  /** Whether the answering node (glue included) has A or AAAA records. */
  public boolean hasAddress() {
    return node != null && node.hasAddress();
  }

  /** For a message: how the answer was found, if through a wildcard; otherwise empty. */
  public String viaWildcard() {
    return node != null && !node.name().equals(name)
        ? " (through the wildcard '" + node.name() + "')"
        : "";
  }
}

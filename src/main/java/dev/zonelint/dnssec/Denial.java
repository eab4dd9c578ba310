package dev.zonelint.dnssec;

import dev.zonelint.zone.CommonTypes;
import dev.zonelint.zone.Node;
import dev.zonelint.zone.Zone;
import dev.zonelint.zone.ZoneRecord;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.xbill.DNS.Type;

/**
 * What authenticated denial of existence (RFC 4034 §4, RFC 5155) expects of a zone's names: which
 * need an NSEC or NSEC3, and which types their bitmaps must list.
 */
public final class Denial {
  private Denial() {}

  /**
   * A name that owns authoritative data (RFC 4035 §2.3): in the zone, not below a cut or DNAME, and
   * with records other than denial records: a hashed NSEC3 owner exists only for its NSEC3 (RFC
   * 5155 §7.1), and a name left with only its NSEC had its data removed.
   */
  public static boolean isAuthoritative(Node node) {
    return !node.isOutOfZone()
        && node.enclosingCut() == null
        && node.enclosingDname() == null
        && !node.isEmptyNonTerminal()
        && !isDenialOnly(node);
  }

  /** A name whose only records are NSEC or NSEC3 and their signatures. */
  public static boolean isDenialOnly(Node node) {
    if (!node.has(Type.NSEC3) && !node.has(Type.NSEC)) {
      return false;
    }
    // Indexed: C1 keeps a for-each's list view and iterator, and this is asked at every name.
    for (int i = 0, n = node.recordCount(); i < n; i++) {
      int type = node.record(i).type();
      if (type != Type.NSEC3 && type != Type.NSEC && type != Type.RRSIG) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the zone proves denial with NSEC: its apex has one, or it has NSEC and no NSEC3. A
   * stray NSEC in an NSEC3 zone does not make every name lack one.
   */
  public static boolean usesNsec(Zone zone) {
    Node apex = zone.apex();
    return apex != null
        && (apex.has(Type.NSEC) || (zone.hasType(Type.NSEC) && !zone.hasType(Type.NSEC3)));
  }

  /** Whether the zone proves denial with NSEC3: an apex NSEC3PARAM, or NSEC3 and no NSEC. */
  public static boolean usesNsec3(Zone zone) {
    Node apex = zone.apex();
    return apex != null
        && (apex.has(Type.NSEC3PARAM) || (zone.hasType(Type.NSEC3) && !zone.hasType(Type.NSEC)));
  }

  /**
   * The authoritative names of the zone in canonical order: the names an NSEC chain links. Made
   * once per zone: three rules walk them, and each walk over every name of a large signed zone
   * asked each name the same questions.
   */
  public static List<Node> nsecNames(Zone zone) {
    return zone.derived(NsecNames.class, NsecNames::of).nodes();
  }

  /** {@link #nsecNames}, as the zone keeps it. */
  private record NsecNames(List<Node> nodes) {
    static NsecNames of(Zone zone) {
      List<Node> out = new ArrayList<>();
      for (Node node : zone.nodes()) {
        if (isAuthoritative(node)) {
          out.add(node);
        }
      }
      return new NsecNames(Collections.unmodifiableList(out));
    }
  }

  /**
   * The types an NSEC at this name lists (RFC 4034 §4.1.2): its own, NSEC, and RRSIG when the zone
   * is signed; at a delegation only NS, DS and the NSEC's own, since the rest is glue.
   */
  public static int[] nsecTypes(Node node, boolean signed) {
    int[] own = types(node);
    int[] out = new int[own.length + 2];
    int n = 0;
    for (int t : own) {
      if (!node.isDelegation() || t == Type.NS || t == Type.DS) {
        out[n++] = t;
      }
    }
    out[n++] = Type.NSEC;
    if (signed) {
      out[n++] = Type.RRSIG;
    }
    return sortedUnique(out, n);
  }

  /**
   * The types the NSEC3 of this name lists (RFC 5155 §3.2, §7.1): its own, with RRSIG when any is
   * signed; none for an empty non-terminal; NS and DS at a delegation, where RRSIG comes with DS.
   */
  public static int[] nsec3Types(Node node, boolean signed) {
    int[] own = types(node);
    int[] out = new int[own.length + 1];
    int n = 0;
    boolean delegation = node.isDelegation();
    for (int t : own) {
      if (t != Type.NSEC3 && t != Type.RRSIG && (!delegation || t == Type.NS || t == Type.DS)) {
        out[n++] = t;
      }
    }
    if (signed && n > 0 && (!delegation || node.has(Type.DS))) {
      out[n++] = Type.RRSIG;
    }
    return sortedUnique(out, n);
  }

  /** The real types the name owns, sorted, each once. */
  static int[] types(Node node) {
    int[] out = new int[node.recordCount()];
    int n = 0;
    for (int i = 0; i < out.length; i++) {
      ZoneRecord r = node.record(i);
      if (!r.isPseudo()) {
        out[n++] = r.type();
      }
    }
    return sortedUnique(out, n);
  }

  private static int[] sortedUnique(int[] values, int n) {
    Arrays.sort(values, 0, n);
    int m = 0;
    for (int i = 0; i < n; i++) {
      if (m == 0 || values[m - 1] != values[i]) {
        values[m++] = values[i];
      }
    }
    return Arrays.copyOf(values, m);
  }

  /**
   * How a bitmap differs from the expected one, as "lacks A; lists AAAA", or null when they match.
   */
  public static String difference(int[] expected, int[] actual) {
    StringBuilder lacks = new StringBuilder();
    StringBuilder extra = new StringBuilder();
    for (int t : expected) {
      if (Arrays.binarySearch(actual, t) < 0) {
        lacks.append(lacks.length() == 0 ? "" : " ").append(CommonTypes.name(t));
      }
    }
    for (int t : actual) {
      if (Arrays.binarySearch(expected, t) < 0) {
        extra.append(extra.length() == 0 ? "" : " ").append(CommonTypes.name(t));
      }
    }
    if (lacks.length() == 0 && extra.length() == 0) {
      return null;
    }
    String out = lacks.length() == 0 ? "" : "lacks " + lacks;
    if (extra.length() > 0) {
      out += (out.isEmpty() ? "" : " and ") + "lists " + extra + " that the name does not have";
    }
    return out;
  }

  /** The record to point at for a name: its first, or for an empty non-terminal, a child's. */
  public static ZoneRecord anchor(Zone zone, int index) {
    List<Node> nodes = zone.nodes();
    for (int i = index; i < nodes.size(); i++) {
      List<ZoneRecord> records = nodes.get(i).records();
      if (!records.isEmpty()) {
        return records.get(0);
      }
    }
    return null;
  }
}

package dev.zonelint.dnssec;

import dev.zonelint.zone.Node;
import dev.zonelint.zone.Zone;
import dev.zonelint.zone.ZoneRecord;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.xbill.DNS.DNSOutput;
import org.xbill.DNS.Type;

/**
 * RFC 8976 §3 SIMPLE zone digest: every in-zone RR (glue and occluded data included) in canonical
 * form and order, except the apex ZONEMD RRset and the RRSIGs that cover it, duplicates removed,
 * fed to one hash.
 */
public final class ZoneDigest {
  /** RFC 8976 §5.2: scheme SIMPLE. */
  public static final int SCHEME_SIMPLE = 1;

  private ZoneDigest() {}

  /** The JDK digest of an RFC 8976 §5.3 hash algorithm number, or null if unassigned. */
  public static String hashName(int algorithm) {
    switch (algorithm) {
      case 1:
        return "SHA-384";
      case 2:
        return "SHA-512";
      default:
        return null;
    }
  }

  /** Digest length of a hash algorithm, in octets. */
  public static int hashLength(int algorithm) {
    return algorithm == 1 ? 48 : 64;
  }

  /** The SIMPLE digest of the zone with hash algorithm 1 (SHA-384) or 2 (SHA-512). */
  public static byte[] simple(Zone zone, int hashAlgorithm) {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance(hashName(hashAlgorithm));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks " + hashName(hashAlgorithm), e);
    }
    for (Node node : zone.nodes()) {
      if (node.isEmptyNonTerminal()) {
        continue;
      }
      Map<Integer, List<ZoneRecord>> byType = new TreeMap<>();
      for (ZoneRecord r : node.records()) {
        if (!r.isPseudo() && !(node.isApex() && coversZonemd(r))) {
          byType.computeIfAbsent(r.type(), t -> new ArrayList<>(2)).add(r);
        }
      }
      byte[] owner = byType.isEmpty() ? null : node.name().toWireCanonical();
      for (List<ZoneRecord> rrset : byType.values()) {
        digest.update(canonicalRrs(owner, rrset));
      }
    }
    return digest.digest();
  }

  /**
   * The RRs in canonical order, each with its own TTL: an RRSIG RRset holds signatures with the
   * TTLs of the RRsets they cover (RFC 4034 §3).
   */
  private static byte[] canonicalRrs(byte[] owner, List<ZoneRecord> rrset) {
    List<Map.Entry<byte[], Long>> rrs = new ArrayList<>(rrset.size());
    for (ZoneRecord r : rrset) {
      rrs.add(Map.entry(Canonical.rdata(r), r.ttl()));
    }
    rrs.sort((a, b) -> Arrays.compareUnsigned(a.getKey(), b.getKey()));
    ZoneRecord first = rrset.get(0);
    DNSOutput out = new DNSOutput(256);
    byte[] previous = null;
    for (Map.Entry<byte[], Long> rr : rrs) {
      if (previous != null && Arrays.equals(previous, rr.getKey())) {
        continue;
      }
      previous = rr.getKey();
      Canonical.writeRrset(
          out, owner, first.type(), first.dclass(), rr.getValue(), List.of(previous));
    }
    return out.toByteArray();
  }

  /** The apex ZONEMD RRset and its signatures are left out (RFC 8976 §3.3.1). */
  private static boolean coversZonemd(ZoneRecord r) {
    if (r.type() == Type.ZONEMD) {
      return true;
    }
    if (r.type() != Type.RRSIG) {
      return false;
    }
    byte[] rdata = r.rdata();
    return rdata.length >= 2 && ((rdata[0] & 0xFF) << 8 | (rdata[1] & 0xFF)) == Type.ZONEMD;
  }
}

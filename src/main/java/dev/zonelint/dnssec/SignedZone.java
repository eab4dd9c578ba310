package dev.zonelint.dnssec;

import dev.zonelint.zone.Node;
import dev.zonelint.zone.Zone;
import dev.zonelint.zone.ZoneRecord;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.xbill.DNS.Name;
import org.xbill.DNS.Type;

/**
 * A zone seen as DNSSEC data: its apex keys, its signatures, whether it is signed, and which RRsets
 * must be. Decoded once per zone and shared by the DNSSEC rules, which would otherwise each decode
 * every key and every RRSIG again.
 */
public final class SignedZone {
  private static final int[] NONE = {};

  private final Zone zone;
  private final List<ZoneKey> keys;
  // The zone keys of protocol 3 by key tag and algorithm ({@link #tagged}), in file order: the
  // candidates of every signature by the apex, made once rather than a list per signature. A zone
  // has a few keys: a scan of these finds them, where a map boxed each signature's tag to ask.
  private final int[] candidateTags;
  private final List<List<ZoneKey>> candidates;
  private final ZoneRecord firstRrsig;
  private final List<SignedNode> signedNodes;
  private final IdentityHashMap<Node, List<RrsigFields>> signatures;

  /** One of the zone's names with its RRSIGs that decode, in file order. */
  public record SignedNode(Node node, List<RrsigFields> signatures) {}

  private SignedZone(Zone zone, List<ZoneKey> keys, List<SignedNode> signedNodes) {
    this.zone = zone;
    this.keys = keys;
    Map<Integer, List<ZoneKey>> byTag = new LinkedHashMap<>();
    for (ZoneKey k : keys) {
      if (k.isZoneKey() && k.protocol() == ZoneKey.PROTOCOL) {
        byTag.computeIfAbsent(tagged(k.keyTag(), k.algorithm()), t -> new ArrayList<>(1)).add(k);
      }
    }
    candidateTags = new int[byTag.size()];
    candidates = new ArrayList<>(byTag.size());
    for (Map.Entry<Integer, List<ZoneKey>> e : byTag.entrySet()) {
      candidateTags[candidates.size()] = e.getKey();
      candidates.add(List.copyOf(e.getValue()));
    }
    this.firstRrsig = signedNodes.isEmpty() ? null : signedNodes.get(0).node().first(Type.RRSIG);
    this.signedNodes = signedNodes;
    this.signatures = new IdentityHashMap<>(signedNodes.size());
    for (SignedNode n : signedNodes) {
      signatures.put(n.node(), n.signatures());
    }
  }

  public static SignedZone of(Zone zone) {
    return zone.derived(SignedZone.class, SignedZone::decode);
  }

  private static SignedZone decode(Zone zone) {
    List<ZoneKey> keys = new ArrayList<>();
    Node apex = zone.apex();
    if (apex != null) {
      for (ZoneRecord r : apex.records(Type.DNSKEY)) {
        keys.add(new ZoneKey(r));
      }
    }
    List<SignedNode> signedNodes = new ArrayList<>();
    byte[] originWire = zone.origin() == null ? null : zone.origin().toWireCanonical();
    int signatureCount = 0;
    for (Node node : zone.hasType(Type.RRSIG) ? zone.nodes() : List.<Node>of()) {
      if (node.has(Type.RRSIG)) {
        List<RrsigFields> decoded = decodeSignatures(node, zone.origin(), originWire);
        signedNodes.add(new SignedNode(node, decoded));
        signatureCount += decoded.size();
      }
    }
    if (!keys.isEmpty()) {
      SignatureVerifier.expect(signatureCount);
    }
    return new SignedZone(zone, keys, signedNodes);
  }

  public Zone zone() {
    return zone;
  }

  /** Every apex DNSKEY, in file order. */
  public List<ZoneKey> keys() {
    return keys;
  }

  /** The first RRSIG in canonical order, or null when the zone has none. */
  public ZoneRecord firstRrsig() {
    return firstRrsig;
  }

  /** Keys and signatures both present: the signature checks apply. */
  public boolean isSigned() {
    return !keys.isEmpty() && firstRrsig != null;
  }

  /**
   * The keys that can have made this signature: zone keys of protocol 3 with its tag and algorithm,
   * and only when the signer is the apex (RFC 4035 §5.3.1). One list, shared by every signature of
   * that tag and algorithm.
   */
  public List<ZoneKey> keysFor(RrsigFields sig) {
    if (!sig.signer().equals(zone.origin())) {
      return List.of();
    }
    int tag = tagged(sig.keyTag(), sig.algorithm());
    for (int i = 0; i < candidateTags.length; i++) {
      if (candidateTags[i] == tag) {
        return candidates.get(i);
      }
    }
    return List.of();
  }

  /** Whether {@link #keysFor} finds a key. */
  public boolean hasKeyFor(RrsigFields sig) {
    return !keysFor(sig).isEmpty();
  }

  /** A key tag (16 bits) and an algorithm (8 bits) as one number. */
  private static int tagged(int keyTag, int algorithm) {
    return keyTag << 8 | algorithm;
  }

  /** Algorithms of the zone keys: RFC 6840 §5.11 wants every RRset signed with each. */
  public Set<Integer> algorithms() {
    Set<Integer> out = new TreeSet<>();
    for (ZoneKey k : keys) {
      if (k.isZoneKey() && k.protocol() == ZoneKey.PROTOCOL) {
        out.add(k.algorithm());
      }
    }
    return out;
  }

  /**
   * The types of the node's RRsets that must be signed (RFC 4035 §2.2), ascending: all
   * authoritative data, which at a delegation is only DS and NSEC; glue and data occluded by a cut
   * or DNAME are not signed. Read from the name's type bitmap rather than by grouping its records
   * (which cost a map and lists at each of a large signed zone's names).
   */
  public static int[] signedTypes(Node node) {
    if (node.isOutOfZone() || node.enclosingCut() != null || node.enclosingDname() != null) {
      return NONE;
    }
    long low = node.typesBelow64() & ~(1L << Type.RRSIG);
    long high = node.types64To127();
    if (node.isDelegation()) {
      low &= 1L << Type.DS | 1L << Type.NSEC;
      high = 0;
    }
    int[] types = new int[Long.bitCount(low) + Long.bitCount(high)];
    int n = 0;
    for (long bits = low; bits != 0; bits &= bits - 1) {
      types[n++] = Long.numberOfTrailingZeros(bits);
    }
    for (long bits = high; bits != 0; bits &= bits - 1) {
      types[n++] = 64 + Long.numberOfTrailingZeros(bits);
    }
    return node.isDelegation() ? types : withTypesFrom128(node, types);
  }

  /** The bitmap stops at 127: CAA, URI and the like are found among the records. */
  private static int[] withTypesFrom128(Node node, int[] types) {
    int[] out = types;
    for (int i = 0, count = node.recordCount(); i < count; i++) {
      ZoneRecord r = node.record(i);
      if (r.type() >= 128 && !r.isPseudo() && node.first(r.type()) == r) {
        out = Arrays.copyOf(out, out.length + 1);
        out[out.length - 1] = r.type();
      }
    }
    if (out != types) {
      Arrays.sort(out);
    }
    return out;
  }

  /**
   * The names with RRSIGs, in canonical order: for rules about every signature, cheaper than asking
   * {@link #signatures} at every name.
   */
  public List<SignedNode> signedNodes() {
    return signedNodes;
  }

  /** The RRSIGs of one of the zone's names that decode, in file order. */
  public List<RrsigFields> signatures(Node node) {
    return signatures.getOrDefault(node, List.of());
  }

  private static List<RrsigFields> decodeSignatures(Node node, Name origin, byte[] originWire) {
    List<RrsigFields> out = new ArrayList<>(2);
    for (ZoneRecord r : node.records(Type.RRSIG)) {
      RrsigFields f = RrsigFields.of(r, origin, originWire);
      if (f != null) {
        out.add(f);
      }
    }
    return List.copyOf(out);
  }

  /** Algorithm numbers as {@code 13 (ECDSAP256SHA256)}. */
  public static String describe(Set<Integer> algorithms) {
    Set<String> names = new LinkedHashSet<>();
    for (int a : algorithms) {
      names.add(describe(a));
    }
    return String.join(", ", names);
  }

  public static String describe(int algorithm) {
    Algorithm known = Algorithm.of(algorithm);
    return known == null ? Integer.toString(algorithm) : algorithm + " (" + known.mnemonic() + ")";
  }
}

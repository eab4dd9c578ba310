package dev.zonelint.dnssec;

import dev.zonelint.zone.Node;
import dev.zonelint.zone.Zone;
import dev.zonelint.zone.ZoneRecord;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.xbill.DNS.DClass;
import org.xbill.DNS.NSEC3PARAMRecord;
import org.xbill.DNS.NSEC3Record;
import org.xbill.DNS.Name;
import org.xbill.DNS.Type;
import org.xbill.DNS.utils.base32;

/**
 * A zone's NSEC3 chain (RFC 5155) matched against the hashes of its names: which names lack an
 * NSEC3, which NSEC3 match no name, and which records do not belong to the chain. Built once per
 * zone and shared by the nsec3 rules; every name is hashed once, in parallel.
 */
public final class Nsec3Chain {
  /** Octets of a SHA-1 hash, the only NSEC3 hash algorithm (RFC 5155 §11). */
  public static final int SHA1_LENGTH = 20;

  private static final int OPT_OUT = NSEC3Record.Flags.OPT_OUT;
  private static final base32 BASE32HEX = new base32(base32.Alphabet.BASE32HEX, false, false);

  /** An NSEC3 of the chain with its decoded owner hash and RDATA fields. */
  public static final class Link {
    private final ZoneRecord record;
    private final byte[] rdata;
    private final byte[] hash;
    private final byte[] next;
    private final int typesAt;

    Link(ZoneRecord record, byte[] rdata, byte[] hash, byte[] next, int typesAt) {
      this.record = record;
      this.rdata = rdata;
      this.hash = hash;
      this.next = next;
      this.typesAt = typesAt;
    }

    public ZoneRecord record() {
      return record;
    }

    /** The owner's hash; not to be modified. */
    public byte[] hash() {
      return hash;
    }

    /** The next hashed owner; not to be modified. */
    public byte[] next() {
      return next;
    }

    /** The types of the bitmap, sorted, or null when it is malformed. */
    public int[] types() {
      return DenialRdata.types(rdata, typesAt);
    }

    public boolean optOut() {
      return (rdata[1] & OPT_OUT) != 0;
    }
  }

  /** A name that needs an NSEC3: its node, its index in canonical order and its hash. */
  public static final class Hashed {
    private final Node node;
    private final int index;
    private final byte[] hash;

    Hashed(Node node, int index, byte[] hash) {
      this.node = node;
      this.index = index;
      this.hash = hash;
    }

    public Node node() {
      return node;
    }

    public int index() {
      return index;
    }

    /** The name's hash; not to be modified. */
    public byte[] hash() {
      return hash;
    }
  }

  /** A name and the NSEC3 of its hash. */
  public record Match(Hashed name, Link link) {}

  private ZoneRecord param;
  private boolean paramFromApex;
  private final List<ZoneRecord> foreign = new ArrayList<>();
  private final List<ZoneRecord> misplaced = new ArrayList<>();
  private final List<Link> links = new ArrayList<>();
  private final List<Hashed> missing = new ArrayList<>();
  private final List<Link> orphans = new ArrayList<>();
  private final List<Match> matches = new ArrayList<>();

  private Nsec3Chain() {}

  /** The chain of a zone with NSEC3 records, or null when it has none. */
  public static Nsec3Chain of(Zone zone) {
    if (!zone.hasType(Type.NSEC3) || zone.apex() == null) {
      return null;
    }
    // Several nsec3 rules ask for the same zone, possibly at once: one builds it, kept with it.
    return zone.derived(Nsec3Chain.class, Nsec3Chain::build);
  }

  /** The NSEC3PARAM whose parameters the chain uses, else the first NSEC3; null if none reads. */
  public ZoneRecord param() {
    return param;
  }

  /** Whether the apex has an NSEC3PARAM (RFC 5155 §4): servers find the chain through it. */
  public boolean hasApexParam() {
    return paramFromApex;
  }

  /** NSEC3 records with other parameters than the chain's, or flags other than opt-out. */
  public List<ZoneRecord> foreign() {
    return foreign;
  }

  /** NSEC3 records whose owner is not a hash label directly below the apex. */
  public List<ZoneRecord> misplaced() {
    return misplaced;
  }

  /** The chain's NSEC3 records in hash order. */
  public List<Link> links() {
    return links;
  }

  /** Names that need an NSEC3 and have none (opt-out exemptions left out). */
  public List<Hashed> missing() {
    return missing;
  }

  /** Chain records whose hash is no name's. */
  public List<Link> orphans() {
    return orphans;
  }

  /** Names with the NSEC3 of their hash, in hash order. */
  public List<Match> matches() {
    return matches;
  }

  private static Nsec3Chain build(Zone zone) {
    Nsec3Chain chain = new Nsec3Chain();
    chain.collect(zone);
    if (chain.param != null && chain.hashAlgorithm() == NSEC3Record.SHA1_DIGEST_ID) {
      chain.match(zone, chain.hashNames(zone));
    }
    return chain;
  }

  private int hashAlgorithm() {
    return param.rdata()[0] & 0xFF;
  }

  /** Picks the parameters and sorts the zone's NSEC3 records into chain, foreign and misplaced. */
  private void collect(Zone zone) {
    Node apex = zone.apex();
    for (ZoneRecord r : apex.records(Type.NSEC3PARAM)) {
      if (param == null && r.rdata().length >= 5) {
        param = r;
        paramFromApex = true;
      }
    }
    int hashLabels = zone.origin().labels() + 1;
    for (Node node : zone.nodes()) {
      if (!node.has(Type.NSEC3)) {
        continue;
      }
      for (ZoneRecord r : node.records(Type.NSEC3)) {
        byte[] rdata = r.rdata();
        int hashAt = rdata.length < 5 ? rdata.length : 5 + (rdata[4] & 0xFF);
        if (hashAt >= rdata.length || hashAt + 1 + (rdata[hashAt] & 0xFF) > rdata.length) {
          continue; // the parser reports RDATA it cannot read
        }
        if (param == null) {
          param = r;
        }
        if (!sameParameters(rdata, param.rdata()) || (rdata[1] & ~OPT_OUT) != 0) {
          foreign.add(r);
          continue;
        }
        int typesAt = hashAt + 1 + (rdata[hashAt] & 0xFF);
        byte[] next = Arrays.copyOfRange(rdata, hashAt + 1, typesAt);
        byte[] hash =
            node.name().labels() == hashLabels ? ownerHash(node.name(), rdata, next) : null;
        if (hash == null) {
          misplaced.add(r);
        } else {
          links.add(new Link(r, rdata, hash, next, typesAt));
        }
      }
    }
    links.sort(Comparator.comparing(Link::hash, Arrays::compareUnsigned));
  }

  /** The hash in the owner's first label, or null when it is not base32hex of the right length. */
  private static byte[] ownerHash(Name owner, byte[] rdata, byte[] next) {
    byte[] hash = BASE32HEX.fromString(owner.getLabelString(0));
    int length = (rdata[0] & 0xFF) == NSEC3Record.SHA1_DIGEST_ID ? SHA1_LENGTH : next.length;
    return hash == null || hash.length != length ? null : hash;
  }

  /**
   * Same hash algorithm, iterations and salt: NSEC3 and NSEC3PARAM RDATA share that layout (RFC
   * 5155 §3.2, §4.2), flags aside.
   */
  private static boolean sameParameters(byte[] nsec3, byte[] param) {
    int saltEnd = 5 + (param[4] & 0xFF);
    return nsec3[0] == param[0]
        && nsec3[2] == param[2]
        && nsec3[3] == param[3]
        && param.length >= saltEnd
        && nsec3.length >= saltEnd
        && Arrays.equals(nsec3, 4, saltEnd, param, 4, saltEnd);
  }

  /** Every name that needs an NSEC3 (RFC 5155 §7.1), hashed, in hash order. */
  private List<Hashed> hashNames(Zone zone) {
    byte[] p = param.rdata();
    int saltLength = Math.min(p[4] & 0xFF, p.length - 5);
    NSEC3PARAMRecord hasher =
        new NSEC3PARAMRecord(
            zone.origin(),
            DClass.IN,
            0,
            p[0] & 0xFF,
            0,
            (p[2] & 0xFF) << 8 | (p[3] & 0xFF),
            Arrays.copyOfRange(p, 5, 5 + saltLength));
    List<Node> nodes = zone.nodes();
    Hashed[] hashed = new Hashed[nodes.size()];
    // Hashing costs iterations + 1 SHA-1 per name: spread over the cores.
    IntStream.range(0, nodes.size())
        .parallel()
        .forEach(
            i -> {
              Node node = nodes.get(i);
              if (needsNsec3(node)) {
                hashed[i] = new Hashed(node, i, hash(hasher, node.name()));
              }
            });
    List<Hashed> out = new ArrayList<>();
    for (Hashed h : hashed) {
      if (h != null) {
        out.add(h);
      }
    }
    out.sort(Comparator.comparing(Hashed::hash, Arrays::compareUnsigned));
    return out;
  }

  /** Authoritative names and empty non-terminals that are not below a cut or DNAME. */
  private static boolean needsNsec3(Node node) {
    if (node.isEmptyNonTerminal()) {
      return node.enclosingCut() == null && node.enclosingDname() == null;
    }
    return Denial.isAuthoritative(node);
  }

  private static byte[] hash(NSEC3PARAMRecord hasher, Name name) {
    try {
      return hasher.hashName(name);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-1 is a required JDK algorithm", e);
    }
  }

  /** Walks names and links, both in hash order, side by side. */
  private void match(Zone zone, List<Hashed> names) {
    List<Hashed> absent = new ArrayList<>();
    List<Link> covering = new ArrayList<>();
    BitSet present = new BitSet(zone.nodes().size());
    int i = 0;
    int j = 0;
    while (i < names.size() || j < links.size()) {
      int c =
          i == names.size()
              ? 1
              : j == links.size()
                  ? -1
                  : Arrays.compareUnsigned(names.get(i).hash(), links.get(j).hash());
      if (c == 0) {
        matches.add(new Match(names.get(i), links.get(j)));
        present.set(names.get(i).index());
        i++;
        j++;
        // A second NSEC3 of the same hash is nsec3-chain-broken's finding, not an orphan.
        while (j < links.size() && Arrays.equals(links.get(j).hash(), links.get(j - 1).hash())) {
          j++;
        }
      } else if (c < 0) {
        absent.add(names.get(i));
        covering.add(links.isEmpty() ? null : links.get((j == 0 ? links.size() : j) - 1));
        i++;
      } else {
        if (j == 0 || !Arrays.equals(links.get(j).hash(), links.get(j - 1).hash())) {
          orphans.add(links.get(j));
        }
        j++;
      }
    }
    for (int k = 0; k < absent.size(); k++) {
      Link cover = covering.get(k);
      if (cover == null || !cover.optOut() || !optedOut(zone, absent.get(k), present)) {
        missing.add(absent.get(k));
      }
    }
  }

  /**
   * Whether a name whose hash an opt-out NSEC3 covers may lack its own (RFC 5155 §7.1, §7.2.1): an
   * insecure delegation, or an empty non-terminal derived only from insecure delegations that are
   * themselves opted out (one with an NSEC3 makes the names above it provable, so they need one).
   */
  private static boolean optedOut(Zone zone, Hashed name, BitSet present) {
    Node node = name.node();
    if (!node.isEmptyNonTerminal()) {
      return isInsecureDelegation(node);
    }
    List<Node> nodes = zone.nodes();
    for (int k = name.index() + 1; k < nodes.size(); k++) {
      Node below = nodes.get(k);
      if (!below.name().subdomain(node.name())) {
        break;
      }
      if (Denial.isAuthoritative(below) && (!isInsecureDelegation(below) || present.get(k))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isInsecureDelegation(Node node) {
    return node.isDelegation() && !node.has(Type.DS);
  }
}

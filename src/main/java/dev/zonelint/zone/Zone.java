package dev.zonelint.zone;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.xbill.DNS.Name;

/**
 * A parsed zone: its origin, the files it was read from, and its owner names in canonical DNS order
 * (RFC 4034 §6.1), empty non-terminals included. Names outside the origin are kept apart so that
 * rules can report them.
 */
public final class Zone {
  private final Name origin;
  private final OriginSource originSource;
  private final List<String> files;
  private final Node[] nodes;
  private final List<Node> outOfZone;
  private final Map<Name, Node> index;
  private final Node apex;
  private final int recordCount;
  private final BitSet types;
  // Facts rules derive from the zone and share (its DNSSEC keys and signatures, say): computed
  // once per zone, not once per rule, and gone with the zone.
  private final Map<Class<?>, Fact> derived = new ConcurrentHashMap<>();

  private Zone(
      Name origin,
      OriginSource originSource,
      List<String> files,
      Node[] nodes,
      List<Node> outOfZone,
      Map<Name, Node> index,
      Node apex,
      int recordCount,
      BitSet types) {
    this.origin = origin;
    this.originSource = originSource;
    this.files = files;
    this.nodes = nodes;
    this.outOfZone = outOfZone;
    this.index = index;
    this.apex = apex;
    this.recordCount = recordCount;
    this.types = types;
  }

  /** The zone's origin, or null if none could be determined. */
  public Name origin() {
    return origin;
  }

  public OriginSource originSource() {
    return originSource;
  }

  /** Display paths of the files read; index 0 is the top-level file. */
  public List<String> files() {
    return files;
  }

  /** The apex node, or null if there is no origin. */
  public Node apex() {
    return apex;
  }

  /** In-zone owner names in canonical order, empty non-terminals included. */
  public List<Node> nodes() {
    return Arrays.asList(nodes);
  }

  /** Owner names that are not at or below the origin, in file order. */
  public List<Node> outOfZone() {
    return outOfZone;
  }

  /** The node of a name, in or out of zone, or null. */
  public Node find(Name name) {
    return index.get(name);
  }

  /** Whether the name is at or below the origin. */
  public boolean contains(Name name) {
    return origin != null && name.subdomain(origin);
  }

  public int recordCount() {
    return recordCount;
  }

  /**
   * Whether any record, in the zone or out of it, has this type: lets a rule about a rare type
   * (RRSIG, say) skip a walk over every name.
   */
  public boolean hasType(int type) {
    return types.get(type);
  }

  /**
   * The zone's fact of this kind, computed once, on first use, and kept with the zone; threads
   * asking while it is computed wait for it.
   */
  public <T> T derived(Class<T> kind, Function<Zone, T> compute) {
    return kind.cast(derived.computeIfAbsent(kind, k -> new Fact()).get(this, compute));
  }

  /**
   * One derived fact, computed by the first thread that asks while the others wait: zone-wide rules
   * run in parallel and ask for the same facts at once. Its own lock, not the map's, so that
   * computing one fact may ask for another.
   */
  private static final class Fact {
    private boolean computed;
    private Object value;

    synchronized Object get(Zone zone, Function<Zone, ?> compute) {
      if (!computed) {
        value = compute.apply(zone);
        computed = true;
      }
      return value;
    }
  }

  /** Every record in canonical owner order, then file order; out-of-zone records last. */
  public List<ZoneRecord> records() {
    List<ZoneRecord> all = new ArrayList<>(recordCount);
    for (Node n : nodes) {
      all.addAll(n.records());
    }
    for (Node n : outOfZone) {
      all.addAll(n.records());
    }
    return all;
  }

  /** Collects records while a file is parsed, then links the tree. */
  public static final class Builder {
    private final Map<Name, Node> index = new HashMap<>();
    private final List<Node> inOrder = new ArrayList<>();
    private final List<String> files = new ArrayList<>();
    private int recordCount;
    private final BitSet types = new BitSet();
    private Name lastOwner;
    private Node lastNode;

    /** Registers a file and returns its index for {@link SourceSpan#file()}. */
    public int addFile(String displayPath) {
      files.add(displayPath);
      return files.size() - 1;
    }

    public int recordCount() {
      return recordCount;
    }

    /** Adds a record; the owner name is interned so that each name is stored once. */
    // Identity is the point: the parser hands the same Name object for consecutive owners.
    @SuppressWarnings("ReferenceEquality")
    public ZoneRecord add(
        Name owner,
        RecordKind kind,
        int type,
        int dclass,
        long ttl,
        byte[] rdata,
        SourceSpan span,
        int flags,
        String extra) {
      // Records of one name usually come together (blank owners): skip the hash lookup then.
      Node node = owner == lastOwner ? lastNode : node(owner);
      lastOwner = owner;
      lastNode = node;
      ZoneRecord record = new ZoneRecord(node, kind, type, dclass, ttl, rdata, span, flags, extra);
      node.add(record);
      types.set(type);
      recordCount++;
      return record;
    }

    /**
     * Appends what a builder of a later part of the same file read: its names and records after
     * these (a name both hold keeps these records first), its types and count. Both registered only
     * the top-level file, so the records' file indices agree.
     */
    public void append(Builder later) {
      if (later.files.size() != 1 || files.size() != 1) {
        throw new IllegalArgumentException("only parts of one file without includes merge");
      }
      for (Node theirs : later.inOrder) {
        Node mine = index.putIfAbsent(theirs.name(), theirs);
        if (mine == null) {
          inOrder.add(theirs);
        } else {
          for (ZoneRecord r : theirs.records()) {
            mine.add(r.movedTo(mine));
          }
        }
      }
      types.or(later.types);
      recordCount += later.recordCount;
      lastOwner = null;
      lastNode = null;
    }

    /** The number of files registered: the top-level one and those it included. */
    public int fileCount() {
      return files.size();
    }

    private Node node(Name name) {
      Node node = index.get(name);
      if (node == null) {
        node = new Node(name);
        index.put(name, node);
        inOrder.add(node);
      }
      return node;
    }

    /** Links the tree under {@code origin} (null when unknown: every name is then out of zone). */
    public Zone build(Name origin, OriginSource source) {
      List<Node> inZone = new ArrayList<>(inOrder.size());
      List<Node> outside = new ArrayList<>();
      for (Node n : inOrder) {
        if (origin != null && n.name().subdomain(origin)) {
          inZone.add(n);
        } else {
          n.markOutOfZone();
          outside.add(n);
        }
      }
      Node apex = null;
      if (origin != null) {
        boolean hadApex = index.containsKey(origin);
        apex = node(origin);
        if (!hadApex) {
          inZone.add(apex);
        }
        addEmptyNonTerminals(inZone, origin);
      }
      Node[] sorted = inZone.toArray(new Node[0]);
      if (origin != null) {
        link(sorted, CanonicalOrder.sort(sorted, origin));
      }
      return new Zone(
          origin, source, List.copyOf(files), sorted, outside, index, apex, recordCount, types);
    }

    /** Adds the names between each owner and the origin that own nothing themselves. */
    private void addEmptyNonTerminals(List<Node> inZone, Name origin) {
      int originLabels = origin.labels();
      int existing = inZone.size();
      for (int i = 0; i < existing; i++) {
        Name name = inZone.get(i).name();
        for (int strip = 1; name.labels() - strip > originLabels; strip++) {
          Name ancestor = new Name(name, strip);
          if (index.containsKey(ancestor)) {
            break;
          }
          Node ent = new Node(ancestor);
          index.put(ancestor, ent);
          inZone.add(ent);
        }
      }
    }

    /**
     * Canonical order is a depth-first walk, so a stack of open ancestors gives each parent. The
     * sort keys answer "is below" with a prefix test, cheaper than comparing the names label by
     * label; only the origin has the empty key.
     */
    private static void link(Node[] sorted, byte[][] keys) {
      int[] stack = new int[256];
      int depth = 0;
      for (int i = 0; i < sorted.length; i++) {
        while (depth > 0 && !CanonicalOrder.below(keys[i], keys[stack[depth - 1]])) {
          depth--;
        }
        Node parent = depth == 0 ? null : sorted[stack[depth - 1]];
        sorted[i].link(parent, keys[i].length == 0);
        stack[depth++] = i;
      }
    }
  }
}

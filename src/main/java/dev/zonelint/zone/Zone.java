package dev.zonelint.zone;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
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
  private final NodeIndex index;
  private final Node apex;
  private final int recordCount;
  private final BitSet types;
  private final TypeIndex typeIndex;
  // Facts rules derive from the zone and share (its DNSSEC keys and signatures, say): computed
  // once per zone, not once per rule, and gone with the zone.
  private final Map<Class<?>, Once<Object>> derived = new ConcurrentHashMap<>();

  private Zone(
      Name origin,
      OriginSource originSource,
      List<String> files,
      Node[] nodes,
      List<Node> outOfZone,
      NodeIndex index,
      Node apex,
      int recordCount,
      BitSet types,
      TypeIndex typeIndex) {
    this.origin = origin;
    this.originSource = originSource;
    this.files = files;
    this.nodes = nodes;
    this.outOfZone = outOfZone;
    this.index = index;
    this.apex = apex;
    this.recordCount = recordCount;
    this.types = types;
    this.typeIndex = typeIndex;
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

  /**
   * Every name, in the zone or out of it, in the order the files first gave them, the empty
   * non-terminals the zone adds after them: the order a large zone's names and records lie in
   * memory, so a walk over all of them in this order runs into far fewer cache misses than one in
   * canonical order.
   */
  public List<Node> namesAsRead() {
    return Collections.unmodifiableList(index.inOrder());
  }

  /**
   * The in-zone names owning a real record of any of these types (each below 128), in canonical
   * order: a rule about a few types visits their names instead of every name.
   */
  public List<Node> nodesWith(int... types) {
    return typeIndex.nodesWith(nodes, types);
  }

  /** Owner names that are not at or below the origin, in file order. */
  public List<Node> outOfZone() {
    return outOfZone;
  }

  /** The node of a name, in or out of zone, or null. */
  public Node find(Name name) {
    return index.get(name);
  }

  /**
   * The name a record points at ({@link ZoneRecord#target()}): the zone's own node when the target
   * is one of its names, written in lower case as that node is. Decoding each target (a Name and an
   * array per label) was most of the cost of following CNAME, MX and SRV targets, and most of them
   * point into the zone.
   */
  public Name target(ZoneRecord record) {
    Node node = record.targetNode(index);
    return node != null ? node : record.target();
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
   * asking while it is computed wait for it ({@link Once}), and computing one may ask for another.
   */
  public <T> T derived(Class<T> kind, Function<Zone, T> compute) {
    return kind.cast(
        derived.computeIfAbsent(kind, k -> new Once<>()).get(() -> compute.apply(this)));
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
    // Null in a builder for a later part of a file, which is only ever appended to another.
    private final NodeIndex index;
    private final RdataArena rdataArena = new RdataArena();
    // A later part's names in the order they were read; the first part's index keeps its own.
    private final List<Node> unindexed;
    private final List<String> files = new ArrayList<>();
    private int recordCount;
    private final BitSet types = new BitSet();
    private Name lastOwner;
    private Node lastNode;

    public Builder() {
      this(8);
    }

    /** A builder with room for {@code expectedNames} owner names before its tables grow. */
    public Builder(int expectedNames) {
      this(new NodeIndex(expectedNames), expectedNames);
    }

    private Builder(NodeIndex index, int expectedNames) {
      this.index = index;
      unindexed = index != null ? null : new ArrayList<>(expectedNames);
    }

    /**
     * A builder for a later part of a file, whose names {@link #append} puts in the first part's
     * index: it keeps no index of its own, so a name its part writes again further on gets a node
     * of its own, which the append merges; it can be neither built nor appended to. Its own index
     * was garbage after the append, and every name of the part was looked up twice (5M records: 34
     * MB less heap when the parse ends).
     */
    public static Builder forLaterPart(int expectedNames) {
      return new Builder(null, expectedNames);
    }

    /** Registers a file and returns its index for {@link SourceSpan#file()}. */
    public int addFile(String displayPath) {
      files.add(displayPath);
      return files.size() - 1;
    }

    public int recordCount() {
      return recordCount;
    }

    /**
     * Adds a record; the owner name is interned so that each name is stored once, and the RDATA (at
     * most 65,535 bytes) is copied into the builder's arena.
     */
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
      // Without an index, an owner written again on the next line is also the same node.
      boolean sameOwner = owner == lastOwner || (index == null && owner.equals(lastOwner));
      Node node = sameOwner ? lastNode : node(owner);
      lastOwner = owner;
      lastNode = node;
      int at = rdataArena.put(rdata);
      ZoneRecord record =
          new ZoneRecord(node, kind, type, dclass, ttl, rdataArena.chunk(), at, span, flags)
              .withExtra(extra);
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
      requireIndex();
      if (later.files.size() != 1 || files.size() != 1) {
        throw new IllegalArgumentException("only parts of one file without includes merge");
      }
      for (Node theirs : later.unindexed) {
        Node mine = index.putIfAbsent(theirs);
        if (mine != null) {
          for (ZoneRecord r : theirs.records()) {
            r.moveTo(mine);
            mine.add(r);
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
      if (index == null) {
        Node node = new Node(name);
        unindexed.add(node);
        return node;
      }
      return index.getOrAdd(name);
    }

    /** Below this many names they are sorted in and out of the zone on one thread. */
    private static final int PARALLEL_THRESHOLD = 100_000;

    /**
     * Cuts the records of {@code names[from, to)} to size and puts each name at or below the origin
     * into {@code owners} from {@code at}, counting its types below 128 in {@code typeCounts}, the
     * others (marked) into {@code outside}, keeping their order; returns how many it put into
     * {@code owners}.
     */
    private static int sortOut(
        List<Node> names,
        int from,
        int to,
        Name origin,
        Node[] owners,
        int at,
        int[] typeCounts,
        List<Node> outside) {
      int put = 0;
      for (Node n : names.subList(from, to)) {
        n.trimRecords();
        if (origin != null && n.name().subdomain(origin)) {
          owners[at + put++] = n;
          TypeIndex.count(n, typeCounts);
        } else {
          n.markOutOfZone();
          outside.add(n);
        }
      }
      return put;
    }

    private void requireIndex() {
      if (index == null) {
        throw new IllegalStateException("a later part's builder only joins the first part's");
      }
    }

    /** Links the tree under {@code origin} (null when unknown: every name is then out of zone). */
    public Zone build(Name origin, OriginSource source) {
      requireIndex();
      List<Node> inOrder = index.inOrder();
      int n = inOrder.size();
      boolean hadApex = origin != null && index.get(origin) != null;
      // The names in the zone go straight into the array the sort takes: lists of them, then an
      // array made from those, were three more arrays of every name for the collector to promote
      // and drop (5M records: 34 MB).
      Node[] owners = new Node[origin == null ? 0 : n + (hadApex ? 0 : 1)];
      List<Node> outside = new ArrayList<>();
      int[] typeCounts = new int[128];
      int inZone;
      if (n < PARALLEL_THRESHOLD) {
        inZone = sortOut(inOrder, 0, n, origin, owners, 0, typeCounts, outside);
      } else {
        // A large zone's names are trimmed and tested in two halves at once: one core alone spent
        // ~70 ms on a million names between the parse and the sort, each name's first touch. The
        // later half fills the array from its middle, then moves down behind the first.
        int half = n / 2;
        List<Node> laterOutside = new ArrayList<>();
        int[] laterTypeCounts = new int[128];
        CompletableFuture<Integer> later =
            CompletableFuture.supplyAsync(
                () ->
                    sortOut(inOrder, half, n, origin, owners, half, laterTypeCounts, laterOutside));
        inZone = sortOut(inOrder, 0, half, origin, owners, 0, typeCounts, outside);
        int laterInZone = later.join();
        System.arraycopy(owners, half, owners, inZone, laterInZone);
        inZone += laterInZone;
        outside.addAll(laterOutside);
        for (int t = 0; t < typeCounts.length; t++) {
          typeCounts[t] += laterTypeCounts[t];
        }
      }
      Node apex = null;
      Node[] sorted = new Node[0];
      TypeIndex typeIndex = new TypeIndex();
      if (origin != null) {
        apex = node(origin);
        if (!hadApex) {
          owners[inZone++] = apex;
        }
        // Short only when names lie outside the zone, which is an error the checker reports.
        Node[] named = inZone == owners.length ? owners : Arrays.copyOf(owners, inZone);
        sorted =
            TreeLink.link(named, CanonicalOrder.sort(named, origin), index, typeIndex, typeCounts);
      }
      return new Zone(
          origin,
          source,
          List.copyOf(files),
          sorted,
          outside,
          index,
          apex,
          recordCount,
          types,
          typeIndex);
    }
  }
}

package dev.zonelint.check.rules.alias;

import dev.zonelint.zone.Node;
import dev.zonelint.zone.Zone;
import dev.zonelint.zone.ZoneAnswer;
import dev.zonelint.zone.ZoneRecord;
import java.util.ArrayList;
import java.util.List;
import org.xbill.DNS.DNAMERecord;
import org.xbill.DNS.Name;
import org.xbill.DNS.NameTooLongException;
import org.xbill.DNS.Type;

/**
 * The CNAMEs the zone serves as a graph: each one points at the CNAME that answers for its target
 * inside the zone (the target's own, a matching wildcard's, or the one a DNAME of the zone rewrites
 * the target to). Every node has at most one successor, so one walk with memoised results finds
 * every loop and every chain length in time linear in the number of CNAMEs. Where a name has
 * several CNAMEs only the first is followed; {@code multiple-cname} reports the others.
 */
final class CnameGraph {
  /** Chain length of a CNAME on a loop or leading into one. */
  static final int ENDLESS = -1;

  /** DNAME rewrites followed for one target; each costs one lookup, so the walk stays linear. */
  private static final int MAX_DNAME_HOPS = 8;

  private final List<ZoneRecord> cnames = new ArrayList<>();
  private final int[] next;
  private final int[] length;
  private final int[] last;
  private final boolean[] pointedAt;
  private final List<List<Integer>> loops = new ArrayList<>();

  /**
   * The graph of this zone: cname-loop and cname-chain both need it, and building it is the
   * costliest zone-wide step of a large check, so it is built once and kept with the zone.
   */
  static CnameGraph of(Zone zone) {
    return zone.derived(CnameGraph.class, CnameGraph::new);
  }

  private CnameGraph(Zone zone) {
    for (Node node : zone.nodesWith(Type.CNAME)) {
      if (node.isServed()) {
        cnames.add(node.first(Type.CNAME));
      }
    }
    int n = cnames.size();
    long[] positions = positionsByNode();
    next = new int[n];
    pointedAt = new boolean[n];
    for (int i = 0; i < n; i++) {
      Node answer = answer(zone, zone.target(cnames.get(i)));
      int to = answer == null ? -1 : positionOf(positions, answer);
      next[i] = to;
      if (to >= 0) {
        pointedAt[to] = true;
      }
    }
    length = new int[n];
    last = new int[n];
    walk();
  }

  /**
   * The CNAMEs' positions by their nodes: an open-addressing table at most half full whose slots
   * pack the name's hash (cached by dnsjava) with the position + 1 (0 for an empty slot), so that a
   * probe reads a CNAME's node only when the hashes match. An IdentityHashMap to boxed positions,
   * grown by doubling, left ~45 MB of old-generation garbage for the 783k CNAMEs of a 5M-record
   * zone; this is 16 MB.
   */
  private long[] positionsByNode() {
    long[] table = new long[Integer.highestOneBit(Math.max(1, 2 * cnames.size() - 1)) << 1];
    for (int i = 0; i < cnames.size(); i++) {
      Node node = cnames.get(i).node();
      table[slot(table, node)] = (long) node.hashCode() << 32 | (i + 1);
    }
    return table;
  }

  /** The CNAME position of a node, or -1 if it owns no CNAME of the graph. */
  private int positionOf(long[] table, Node node) {
    return (int) table[slot(table, node)] - 1;
  }

  /** The slot holding the node's position, else the empty slot where it would go. */
  // Identity is the point: the table maps the graph's own nodes.
  @SuppressWarnings("ReferenceEquality")
  private int slot(long[] table, Node node) {
    int hash = node.hashCode();
    int mask = table.length - 1;
    int mixed = hash * 0x9E3779B9;
    int i = (mixed ^ (mixed >>> 16)) & mask;
    for (long s = table[i]; s != 0; s = table[i]) {
      if ((int) (s >>> 32) == hash && cnames.get((int) s - 1).node() == node) {
        return i;
      }
      i = (i + 1) & mask;
    }
    return i;
  }

  /**
   * The node whose records answer for a name, following DNAME rewrites inside the zone as a
   * resolver would (RFC 6672 §3.2), or null when the zone does not answer it with data.
   */
  private static Node answer(Zone zone, Name name) {
    Name query = name;
    for (int hop = 0; hop < MAX_DNAME_HOPS && query != null; hop++) {
      ZoneAnswer answer = ZoneAnswer.of(zone, query);
      if (answer.exists()) {
        return answer.node();
      }
      ZoneRecord dname = answer.dname() != null ? answer.dname().first(Type.DNAME) : null;
      if (dname == null) {
        return null;
      }
      try {
        query = query.fromDNAME((DNAMERecord) dname.toDns());
      } catch (NameTooLongException e) {
        return null; // RFC 6672 §2.2: the rewrite fails with YXDOMAIN
      }
    }
    return null;
  }

  /** Fills {@link #length}, {@link #last} and {@link #loops}, visiting each CNAME once. */
  private void walk() {
    int n = cnames.size();
    int[] path = new int[n];
    boolean[] onPath = new boolean[n];
    for (int start = 0; start < n; start++) {
      if (length[start] != 0) {
        continue;
      }
      int size = 0;
      int v = start;
      while (v >= 0 && length[v] == 0 && !onPath[v]) {
        onPath[v] = true;
        path[size++] = v;
        v = next[v];
      }
      int base;
      int end;
      if (v < 0) {
        base = 0;
        end = path[size - 1];
      } else if (onPath[v]) {
        base = ENDLESS;
        end = v;
        int from = size - 1;
        while (path[from] != v) {
          from--;
        }
        addLoop(path, from, size);
      } else {
        base = length[v];
        end = last[v];
      }
      for (int k = size - 1; k >= 0; k--) {
        int u = path[k];
        onPath[u] = false;
        length[u] = base == ENDLESS ? ENDLESS : base + size - k;
        last[u] = end;
      }
    }
  }

  /** Records the loop path[from..size), rotated to start at its first member in canonical order. */
  private void addLoop(int[] path, int from, int size) {
    int first = from;
    for (int k = from; k < size; k++) {
      if (path[k] < path[first]) {
        first = k;
      }
    }
    List<Integer> loop = new ArrayList<>(size - from);
    for (int k = 0; k < size - from; k++) {
      loop.add(path[from + (first - from + k) % (size - from)]);
    }
    loops.add(loop);
  }

  int size() {
    return cnames.size();
  }

  ZoneRecord cname(int i) {
    return cnames.get(i);
  }

  /** The CNAME that answers for this one's target, or -1 when the chain stops there. */
  int next(int i) {
    return next[i];
  }

  /** How many CNAMEs resolving this one's owner follows inside the zone, or {@link #ENDLESS}. */
  int length(int i) {
    return length[i];
  }

  /** The last CNAME of this one's chain (for a loop, where the chain enters it). */
  int last(int i) {
    return last[i];
  }

  /** Whether another CNAME of the zone leads to this one. */
  boolean pointedAt(int i) {
    return pointedAt[i];
  }

  /** Every loop, each starting at its member that comes first in canonical order. */
  List<List<Integer>> loops() {
    return loops;
  }
}

package dev.zonelint.zone;

import java.util.Arrays;
import java.util.List;
import org.xbill.DNS.Name;

/**
 * A zone's nodes by name (letter case ignored, as {@link Name#equals} does), in the order they were
 * added: an open-addressing table whose slots each pack a name's hash with the position of its node
 * in that order. A {@code HashMap} spent an entry object per name, a million on a large zone, which
 * the collector copied while the zone was read. The table holds no references: when it held the
 * nodes, the names added at random slots while a large zone was read left every card of it dirty
 * for each young collection, which then scanned all of it (8M slots for 5M records); the array of
 * nodes is only appended to, and is the builder's list of names too, where a second list held them
 * again (5M records: 17 MB). (fastutil has such maps, but its 20 MB jar would slow every start-up.)
 */
final class NodeIndex {
  private Node[] nodes;
  // hash << 32 | position + 1; 0 is an empty slot.
  private long[] slots;
  private int size;

  /**
   * An index with room for {@code expected} names before it grows: each growth left the arrays it
   * replaced as garbage, in the old generation by then for a large zone (5M records: ~110 MB). The
   * table is filled to at most three quarters, two thirds with as many names as expected: a power
   * of two at least twice the names (at most half full) took 128 MB for the 4.2M names expected of
   * a 5M-record zone, where 64 MB hold them 0.46 full.
   */
  NodeIndex(int expected) {
    int names = Math.max(8, Math.min(expected, 1 << 28));
    nodes = new Node[names];
    slots = new long[Integer.highestOneBit(names + names / 2 - 1) << 1];
  }

  /** The nodes in the order they were added, as a view. */
  List<Node> inOrder() {
    return Arrays.asList(nodes).subList(0, size);
  }

  /** The node of this name, or null. */
  Node get(Name name) {
    long slot = slots[slotOf(name, name.hashCode())];
    return slot == 0 ? null : nodes[position(slot)];
  }

  /**
   * The node whose name is the wire name {@code bytes[from, from + length)} (dnsjava's hash {@code
   * hash}) letter for letter, or null: the octets are compared with the node's lower-cased name, so
   * only a name in lower case matches, and a node spelt with capitals is not returned.
   */
  // Identity is the point: canonicalize() returns the name itself when it is in lower case.
  @SuppressWarnings("ReferenceEquality")
  Node getLowerCase(byte[] bytes, int from, int length, int hash) {
    int mask = slots.length - 1;
    for (int i = spread(hash, mask); slots[i] != 0; i = (i + 1) & mask) {
      long s = slots[i];
      Node node = (int) (s >>> 32) == hash ? nodes[position(s)] : null;
      if (node != null
          && node.length() == length
          && Arrays.equals(node.toWireCanonical(), 0, length, bytes, from, from + length)) {
        return node.canonicalize() == node ? node : null;
      }
    }
    return null;
  }

  /**
   * Adds the node (last in order) unless one of its name is there already; returns that one, else
   * null.
   */
  Node putIfAbsent(Node node) {
    int hash = node.name().hashCode();
    int i = slotOf(node.name(), hash);
    if (slots[i] != 0) {
      return nodes[position(slots[i])];
    }
    insert(node, hash, i);
    return null;
  }

  /**
   * The node of this name, made and added if there was none: one probe of the table for a name read
   * from a file, where get and then put probed twice.
   */
  Node getOrAdd(Name name) {
    int hash = name.hashCode();
    int i = slotOf(name, hash);
    if (slots[i] != 0) {
      return nodes[position(slots[i])];
    }
    Node node = new Node(name);
    insert(node, hash, i);
    return node;
  }

  /** Puts a node into the empty slot {@code i}, which {@link #slotOf} found for its hash. */
  private void insert(Node node, int hash, int i) {
    if (4L * (size + 1) > 3L * slots.length) {
      grow();
      i = slotOf(node.name(), hash);
    }
    if (size == nodes.length) {
      nodes = Arrays.copyOf(nodes, size + size / 2);
    }
    nodes[size++] = node;
    slots[i] = (long) hash << 32 | size;
  }

  /** The slot holding the name's node, else the empty slot where it would go. */
  private int slotOf(Name name, int hash) {
    int mask = slots.length - 1;
    int i = spread(hash, mask);
    for (long s = slots[i]; s != 0; s = slots[i]) {
      if ((int) (s >>> 32) == hash && nodes[position(s)].name().equals(name)) {
        return i;
      }
      i = (i + 1) & mask;
    }
    return i;
  }

  private static int position(long slot) {
    return (int) slot - 1;
  }

  private void grow() {
    long[] old = slots;
    slots = new long[old.length * 2];
    int mask = slots.length - 1;
    for (long s : old) {
      if (s != 0) {
        int i = spread((int) (s >>> 32), mask);
        while (slots[i] != 0) {
          i = (i + 1) & mask;
        }
        slots[i] = s;
      }
    }
  }

  /** Linear probing needs well-spread slots; Name's hash is a plain sum of shifted bytes. */
  private static int spread(int hash, int mask) {
    int mixed = hash * 0x9E3779B9;
    return (mixed ^ (mixed >>> 16)) & mask;
  }
}

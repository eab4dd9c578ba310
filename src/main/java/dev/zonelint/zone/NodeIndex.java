package dev.zonelint.zone;

import java.util.Arrays;
import java.util.List;
import org.xbill.DNS.Name;

/**
 * A zone's nodes by name (letter case ignored, as {@link Name#equals} does): an open-addressing
 * table whose slots each pack a name's hash with the position of its node in an array of the nodes
 * in the order they were added. A {@code HashMap} spent an entry object per name, a million on a
 * large zone, which the collector copied while the zone was read. The table holds no references:
 * when it held the nodes, the names added at random slots while a large zone was read left every
 * card of it dirty for each young collection, which then scanned all of it (8M slots for 5M
 * records); the array of nodes is only appended to. (fastutil has such maps, but its 20 MB jar
 * would slow every start-up.)
 */
final class NodeIndex {
  private Node[] nodes;
  // hash << 32 | position + 1; 0 is an empty slot.
  private long[] slots;
  private int size;

  /**
   * An index with room for {@code expected} names before it grows: each doubling left the arrays it
   * replaced as garbage, in the old generation by then for a large zone (5M records: ~110 MB).
   */
  NodeIndex(int expected) {
    int capacity = Integer.highestOneBit(Math.max(8, Math.min(expected, 1 << 29)) - 1) << 1;
    nodes = new Node[capacity];
    slots = new long[2 * capacity];
  }

  /** The node of this name, or null. */
  Node get(Name name) {
    long slot = slots[slotOf(name, name.hashCode())];
    return slot == 0 ? null : nodes[position(slot)];
  }

  /** Adds the node unless one of its name is there already; returns that one, else null. */
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
   * The node of this name, made and added (and appended to {@code added}) if there was none: one
   * probe of the table for a name read from a file, where get and then put probed twice.
   */
  Node getOrAdd(Name name, List<Node> added) {
    int hash = name.hashCode();
    int i = slotOf(name, hash);
    if (slots[i] != 0) {
      return nodes[position(slots[i])];
    }
    Node node = new Node(name);
    insert(node, hash, i);
    added.add(node);
    return node;
  }

  /** Puts a node into the empty slot {@code i}, which {@link #slotOf} found for its hash. */
  private void insert(Node node, int hash, int i) {
    if (2 * (size + 1) > slots.length) {
      grow();
      i = slotOf(node.name(), hash);
    }
    if (size == nodes.length) {
      nodes = Arrays.copyOf(nodes, size * 2);
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

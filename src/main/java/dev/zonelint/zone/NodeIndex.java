package dev.zonelint.zone;

import org.xbill.DNS.Name;

/**
 * A zone's nodes by name (letter case ignored, as {@link Name#equals} does): an open-addressing
 * table of the nodes themselves, each keyed by its own name. A {@code HashMap} spent an entry
 * object per name, a million on a large zone, which the collector copied while the zone was read;
 * here a name costs two array slots. (fastutil has such a set, but its 20 MB jar would slow every
 * start-up.)
 */
final class NodeIndex {
  private Node[] nodes = new Node[16];
  private int[] hashes = new int[16];
  private int size;

  /** The node of this name, or null. */
  Node get(Name name) {
    return nodes[slotOf(name, name.hashCode())];
  }

  /** Adds the node unless one of its name is there already; returns that one, else null. */
  Node putIfAbsent(Node node) {
    if (2 * (size + 1) > nodes.length) {
      grow();
    }
    int hash = node.name().hashCode();
    int i = slotOf(node.name(), hash);
    if (nodes[i] != null) {
      return nodes[i];
    }
    nodes[i] = node;
    hashes[i] = hash;
    size++;
    return null;
  }

  /** The slot holding the name's node, else the empty slot where it would go. */
  private int slotOf(Name name, int hash) {
    int mask = nodes.length - 1;
    int i = slot(hash, mask);
    while (nodes[i] != null && (hashes[i] != hash || !nodes[i].name().equals(name))) {
      i = (i + 1) & mask;
    }
    return i;
  }

  private void grow() {
    Node[] oldNodes = nodes;
    int[] oldHashes = hashes;
    nodes = new Node[oldNodes.length * 2];
    hashes = new int[oldNodes.length * 2];
    int mask = nodes.length - 1;
    for (int j = 0; j < oldNodes.length; j++) {
      if (oldNodes[j] != null) {
        int i = slot(oldHashes[j], mask);
        while (nodes[i] != null) {
          i = (i + 1) & mask;
        }
        nodes[i] = oldNodes[j];
        hashes[i] = oldHashes[j];
      }
    }
  }

  /** Linear probing needs well-spread slots; Name's hash is a plain sum of shifted bytes. */
  private static int slot(int hash, int mask) {
    int mixed = hash * 0x9E3779B9;
    return (mixed ^ (mixed >>> 16)) & mask;
  }
}

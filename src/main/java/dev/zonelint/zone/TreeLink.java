package dev.zonelint.zone;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Links a zone's sorted owners into a tree and places the empty non-terminals between them (names
 * that own nothing but have names below them). Canonical order is a depth-first walk, so a stack of
 * open ancestors gives each parent, and a name more than one label below its nearest listed
 * ancestor has empty non-terminals in between: each sorts just before the first name below it,
 * which is where the walk finds it. The sort keys answer "is below" with a prefix test and count
 * labels by their 0 ends; only the origin has the empty key. The walk also fills the type index.
 *
 * <p>Large zones are walked in two halves at once, split where the top label below the origin
 * changes: the halves then share no ancestor but the apex, linked first, and make no empty
 * non-terminal twice. (The walk is mostly cache misses on nodes visited out of file order: 0.4 s on
 * one core for a million names.)
 */
final class TreeLink {
  /** Below this many names one walk: a second thread costs more than it saves. */
  private static final int PARALLEL_THRESHOLD = 20_000;

  // The names in order, grown by half when empty non-terminals fill the room for the owners.
  private Node[] out;
  private int size;
  private final List<Node> emptyNonTerminals = new ArrayList<>();
  private final TypeIndex types;

  private TreeLink(int capacity, int[] typeCounts, int owners) {
    out = new Node[capacity];
    types = new TypeIndex(typeCounts, (double) capacity / owners);
  }

  /**
   * The owners in the order of their sorted keys (the apex's first, as its empty key sorts first)
   * with the empty non-terminals in their places, each linked to its parent; new nodes are added to
   * {@code index} and every position to {@code types}. {@code typeCounts[t]} is how many owners own
   * type {@code t}.
   */
  static Node[] link(
      Node[] owners, SortKeys keys, NodeIndex index, TypeIndex types, int[] typeCounts) {
    int n = owners.length;
    Node apex = owners[keys.source(0)];
    apex.link(null, true);
    int split = n < PARALLEL_THRESHOLD ? -1 : topLabelChange(keys, n / 4, n / 2, 3 * n / 4);
    TreeLink first = new TreeLink(split < 0 ? n : split, typeCounts, n);
    first.add(apex);
    first.types.add(apex, 0);
    CompletableFuture<TreeLink> later =
        split < 0
            ? null
            : CompletableFuture.supplyAsync(
                () -> {
                  TreeLink part = new TreeLink(n - split, typeCounts, n);
                  part.walk(owners, apex, keys, split, n);
                  return part;
                });
    first.walk(owners, apex, keys, 1, split < 0 ? n : split);
    // Indexed while the second half may still be walked, which does not read the index: after
    // both halves, one core spent ~0.1 s on it for 5M records.
    first.indexEmptyNonTerminals(index);
    types.append(first.types, 0);
    if (later == null) {
      return Arrays.copyOf(first.out, first.size);
    }
    TreeLink second = later.join();
    second.indexEmptyNonTerminals(index);
    types.append(second.types, first.size);
    // Straight into an array of the final size: appending the second half to the first's list
    // grew it by half again, one more copy of the names for the collector to promote and drop.
    Node[] all = Arrays.copyOf(first.out, first.size + second.size);
    System.arraycopy(second.out, 0, all, first.size, second.size);
    return all;
  }

  /**
   * The position nearest {@code middle}, within {@code [from, to]}, whose name's top label below
   * the origin differs from the previous name's; -1 if there is none.
   */
  private static int topLabelChange(SortKeys keys, int from, int middle, int to) {
    for (int d = 0; middle - d >= from || middle + d <= to; d++) {
      if (middle + d <= to && middle + d > 1 && keys.differAtTop(middle + d - 1, middle + d)) {
        return middle + d;
      }
      if (middle - d >= from && middle - d > 1 && keys.differAtTop(middle - d - 1, middle - d)) {
        return middle - d;
      }
    }
    return -1;
  }

  private void indexEmptyNonTerminals(NodeIndex index) {
    for (Node ent : emptyNonTerminals) {
      index.putIfAbsent(ent);
    }
  }

  private void add(Node node) {
    if (size == out.length) {
      out = Arrays.copyOf(out, size + (size >> 1) + 16);
    }
    out[size++] = node;
  }

  /**
   * Links the owners of keys {@code [from, to)}, whose only ancestor before {@code from} is the
   * apex. Each is read through its key's source: mostly cache misses, as the names are out of file
   * order, but those of a sorted copy of the array were the same misses and one more array.
   */
  private void walk(Node[] owners, Node apex, SortKeys keys, int from, int to) {
    // The open ancestors and where their keys lie in the keys' array: an empty non-terminal's
    // key is the start of the key of the name that made it.
    int[] stackStarts = new int[256];
    int[] stackEnds = new int[256];
    Node[] stack = new Node[256];
    stackStarts[0] = keys.start(0);
    stackEnds[0] = keys.end(0);
    stack[0] = apex;
    int depth = 1;
    for (int i = from; i < to; i++) {
      Node owner = owners[keys.source(i)];
      // The apex's empty key starts every key: it is never popped.
      while (!keys.startsWith(i, stackStarts[depth - 1], stackEnds[depth - 1])) {
        depth--;
      }
      int between = keys.labelsAfter(i, stackEnds[depth - 1] - stackStarts[depth - 1]) - 1;
      for (int strip = between; strip > 0; strip--) {
        Node ent = new Node(owner, strip);
        emptyNonTerminals.add(ent);
        ent.link(stack[depth - 1], false);
        add(ent);
        stackStarts[depth] = keys.start(i);
        stackEnds[depth] = keys.ancestorEnd(i, strip);
        stack[depth++] = ent;
      }
      owner.link(stack[depth - 1], false);
      types.add(owner, size);
      add(owner);
      stackStarts[depth] = keys.start(i);
      stackEnds[depth] = keys.end(i);
      stack[depth++] = owner;
    }
  }
}

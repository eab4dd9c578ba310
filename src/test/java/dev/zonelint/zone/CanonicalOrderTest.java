package dev.zonelint.zone;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.xbill.DNS.Name;

/** The key-based sort gives exactly dnsjava's canonical order (RFC 4034 §6.1). */
class CanonicalOrderTest {
  private static final Name ORIGIN = Name.fromConstantString("example.com.");

  @Test
  void rfc4034Example() {
    List<String> expected =
        List.of(
            "example.com.",
            "a.example.com.",
            "yljkjljk.a.example.com.",
            "Z.a.example.com.",
            "zABC.a.EXAMPLE.com.",
            "z.example.com.",
            "\\001.z.example.com.",
            "*.z.example.com.",
            "\\200.z.example.com.");
    List<String> shuffled = new ArrayList<>(expected);
    java.util.Collections.reverse(shuffled);
    assertEquals(expected, sorted(shuffled));
  }

  @Test
  void agreesWithNameCompareTo() {
    qt().withExamples(300)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Random rnd = new Random(seed);
              List<String> names = new ArrayList<>();
              for (int i = 0; i < 40; i++) {
                StringBuilder n = new StringBuilder();
                int labels = rnd.nextInt(4);
                for (int l = 0; l < labels; l++) {
                  int len = 1 + rnd.nextInt(3);
                  for (int c = 0; c < len; c++) {
                    int b = pick(rnd);
                    n.append(String.format("\\%03d", b));
                  }
                  n.append('.');
                }
                String name = n + "example.com.";
                if (!names.contains(name)) {
                  names.add(name);
                }
              }
              List<Name> byDnsjava = new ArrayList<>();
              for (String s : names) {
                byDnsjava.add(Name.fromConstantString(s));
              }
              byDnsjava.sort(null);
              List<String> expected = new ArrayList<>();
              for (Name n : byDnsjava) {
                expected.add(n.toString());
              }
              List<String> actual = new ArrayList<>();
              for (String s : sorted(names)) {
                actual.add(Name.fromConstantString(s).toString());
              }
              assertEquals(dedupe(expected), dedupe(actual));
            });
  }

  private static int pick(Random rnd) {
    int[] bytes = {0, 1, 2, 'a', 'A', 'b', 'B', '-', '*', 'z', 255};
    return bytes[rnd.nextInt(bytes.length)];
  }

  /** Names equal but for case compare equal; keep the first of each. */
  private static List<String> dedupe(List<String> names) {
    List<String> out = new ArrayList<>();
    for (String n : names) {
      if (out.stream()
          .noneMatch(o -> Name.fromConstantString(o).equals(Name.fromConstantString(n)))) {
        out.add(n.toLowerCase(java.util.Locale.ROOT));
      }
    }
    return out;
  }

  /** Enough names for the keys to be made in chunks on all cores and two halves sorted at once. */
  @Test
  void manyNamesAgreeWithNameCompareTo() {
    Random rnd = new Random(20261207);
    String[] pieces = {"a", "A", "b", "B", "0", "-", "z", "*", "\\001", "\\255"};
    java.util.Set<Name> unique = new java.util.LinkedHashSet<>();
    while (unique.size() < 30_000) {
      StringBuilder n = new StringBuilder();
      for (int l = rnd.nextInt(4); l >= 0; l--) {
        for (int c = 1 + rnd.nextInt(4); c > 0; c--) {
          n.append(pieces[rnd.nextInt(pieces.length)]);
        }
        n.append('.');
      }
      unique.add(Name.fromConstantString(n + "example.com."));
    }
    List<Name> expected = new ArrayList<>(unique);
    java.util.Collections.sort(expected);
    Node[] nodes = unique.stream().map(Node::new).toArray(Node[]::new);
    assertEquals(expected, namesInOrder(nodes));
  }

  /**
   * Names that tie on their first 8, 16 and 24 key bytes by the thousand (long labels, one family
   * prefix, a few shared parents), in both the one-thread and the two-half sort.
   */
  @Test
  void namesSharingLongKeyPrefixesAgreeWithNameCompareTo() {
    for (int count : new int[] {3_000, 30_000}) {
      Random rnd = new Random(count);
      String[] parents = {"", "svc.sfo.", "monitoring-cluster.", "a.monitoring-cluster."};
      java.util.Set<Name> unique = new java.util.LinkedHashSet<>();
      while (unique.size() < count) {
        String host = "host-service-" + Integer.toString(rnd.nextInt(count * 4), 3);
        String child = rnd.nextInt(4) == 0 ? "_acme-challenge-verification." : "";
        String parent = parents[rnd.nextInt(parents.length)];
        unique.add(Name.fromConstantString(child + host + "." + parent + "example.com."));
      }
      List<Name> expected = new ArrayList<>(unique);
      java.util.Collections.sort(expected);
      Node[] nodes = unique.stream().map(Node::new).toArray(Node[]::new);
      assertEquals(expected, namesInOrder(nodes), count + " names");
    }
  }

  /**
   * A file already in canonical order (as signers write them) stays in it, on one thread and in
   * halves, and one nearly so is sorted: two names tying on their first eight key bytes swapped, or
   * the first and the last.
   */
  @Test
  void namesAlreadyInOrderAndNearlySo() {
    for (int count : new int[] {300, 30_000}) {
      List<Name> names = new ArrayList<>();
      names.add(ORIGIN);
      for (int i = 0; i < count; i++) {
        names.add(Name.fromConstantString("monitoring-host-" + (100_000 + i) + ".example.com."));
      }
      java.util.Collections.sort(names);
      assertEquals(names, namesInOrder(names.stream().map(Node::new).toArray(Node[]::new)));
      List<Name> tieSwapped = new ArrayList<>(names);
      java.util.Collections.swap(tieSwapped, count / 2, count / 2 + 1);
      assertEquals(names, namesInOrder(tieSwapped.stream().map(Node::new).toArray(Node[]::new)));
      List<Name> endsSwapped = new ArrayList<>(names);
      java.util.Collections.swap(endsSwapped, 0, count);
      assertEquals(names, namesInOrder(endsSwapped.stream().map(Node::new).toArray(Node[]::new)));
    }
  }

  private static List<String> sorted(List<String> names) {
    Node[] nodes = new Node[names.size()];
    for (int i = 0; i < nodes.length; i++) {
      nodes[i] = new Node(Name.fromConstantString(names.get(i)));
    }
    return namesInOrder(nodes).stream().map(Name::toString).toList();
  }

  /** The names by their sorted keys, which must each name a different one of them. */
  private static List<Name> namesInOrder(Node[] nodes) {
    Node[] given = nodes.clone();
    SortKeys keys = CanonicalOrder.sort(nodes, ORIGIN);
    assertArrayEquals(given, nodes, "the names stay where they are");
    List<Name> out = new ArrayList<>();
    java.util.BitSet seen = new java.util.BitSet();
    for (int i = 0; i < nodes.length; i++) {
      int source = keys.source(i);
      assertFalse(seen.get(source), "name " + source + " twice");
      seen.set(source);
      out.add(nodes[source].name());
    }
    return out;
  }
}

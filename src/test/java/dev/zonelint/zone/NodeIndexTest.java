package dev.zonelint.zone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xbill.DNS.Name;

/**
 * The index finds each node by its name in any letter case, and nothing else, and lists the nodes
 * in the order they were added, whether it was made with room for fewer, about as many or more
 * names than it is given.
 */
class NodeIndexTest {

  @ParameterizedTest(name = "room for {0} names")
  @ValueSource(ints = {0, 1, 8, 9, 5_000, 10_922, 10_923, 16_384, 16_385, 20_000, 100_000})
  void findsEveryNodeInAnyCaseAcrossGrowth(int expected) {
    NodeIndex index = new NodeIndex(expected);
    List<Node> added = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      Node node =
          new Node(Name.fromConstantString("Host" + i + ".Sub" + (i % 7) + ".example.com."));
      assertNull(index.putIfAbsent(node));
      added.add(node);
    }
    for (Node node : added) {
      String lower = node.name().toString().toLowerCase(Locale.ROOT);
      assertSame(node, index.get(Name.fromConstantString(lower)));
      assertSame(node, index.putIfAbsent(new Node(Name.fromConstantString(lower))));
    }
    assertEquals(added, index.inOrder());
    Node made = index.getOrAdd(Name.fromConstantString("made.example.com."));
    assertSame(made, index.getOrAdd(Name.fromConstantString("MADE.example.com.")));
    assertSame(made, index.inOrder().get(added.size()));
    assertEquals(added.size() + 1, index.inOrder().size());
    assertNull(index.get(Name.fromConstantString("host20000.sub0.example.com.")));
    assertNull(index.get(Name.fromConstantString("example.com.")));
  }
}

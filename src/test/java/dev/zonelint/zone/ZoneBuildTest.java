package dev.zonelint.zone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Name;
import org.xbill.DNS.Type;

/**
 * The built tree holds every owner and every empty non-terminal between an owner and the origin,
 * once, in dnsjava's canonical order, with the highest delegation above as their cut; a node's
 * records read by index are its record list.
 */
class ZoneBuildTest {
  private static final Name ORIGIN = Name.fromConstantString("example.com.");
  private static final String[] LABELS = {"a", "B", "c", "\\000", "*", "xn--d"};

  @Test
  void emptyNonTerminalsAndCutsMatchABruteForceModel() {
    qt().withExamples(300)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Random rnd = new Random(seed);
              Zone.Builder builder = new Zone.Builder();
              builder.addFile("test.zone");
              TreeSet<Name> expected = new TreeSet<>();
              expected.add(ORIGIN);
              List<Name> delegations = new ArrayList<>();
              for (int i = 0; i < 1 + rnd.nextInt(30); i++) {
                Name owner = randomName(rnd);
                boolean delegation = !owner.equals(ORIGIN) && rnd.nextInt(5) == 0;
                builder.add(
                    owner,
                    RecordKind.DNS,
                    delegation ? Type.NS : Type.TXT,
                    DClass.IN,
                    300,
                    new byte[] {0},
                    new SourceSpan(0, i + 1, 1, 0, 1),
                    0,
                    null);
                if (delegation) {
                  delegations.add(owner);
                }
                for (Name n = owner; !n.equals(ORIGIN); n = new Name(n, 1)) {
                  expected.add(n);
                }
              }
              Zone zone = builder.build(ORIGIN, OriginSource.OPTION);
              List<Name> actual = zone.nodes().stream().map(Node::name).toList();
              assertEquals(List.copyOf(expected), actual);
              for (Node node : zone.nodes()) {
                assertSame(node, zone.find(node.name()));
                List<ZoneRecord> indexed = new ArrayList<>();
                for (int k = 0; k < node.recordCount(); k++) {
                  indexed.add(node.record(k));
                }
                assertEquals(node.records(), indexed);
                assertThrows(
                    IndexOutOfBoundsException.class, () -> node.record(node.recordCount()));
                assertEquals(node.name().equals(ORIGIN), node.isApex());
                Name cut = null;
                for (Name d : delegations) {
                  if (node.name().subdomain(d)
                      && !node.name().equals(d)
                      && (cut == null || cut.subdomain(d))) {
                    cut = d;
                  }
                }
                Node enclosing = node.enclosingCut();
                assertEquals(cut, enclosing == null ? null : enclosing.name(), node.toString());
              }
              assertTrue(zone.apex().isApex());
            });
  }

  private static Name randomName(Random rnd) {
    StringBuilder name = new StringBuilder();
    for (int i = rnd.nextInt(5); i > 0; i--) {
      name.append(LABELS[rnd.nextInt(LABELS.length)]).append('.');
    }
    return Name.fromConstantString(name + "example.com.");
  }
}

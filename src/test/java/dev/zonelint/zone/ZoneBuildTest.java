package dev.zonelint.zone;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Random;
import java.util.Set;
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
  // The types of non-delegation records: CAA (257) is above the type index's range.
  private static final int[] TYPES = {Type.TXT, Type.A, Type.CNAME, Type.SPF, Type.DS, Type.CAA};

  @Test
  void emptyNonTerminalsAndCutsMatchABruteForceModel() {
    qt().withExamples(300)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Random rnd = new Random(seed);
              matchesBruteForceModel(rnd, 1 + rnd.nextInt(30), ZoneBuildTest::randomName);
            });
  }

  /**
   * Zones of over 20,000 names are linked in two halves on two threads, split where the top label
   * changes: the tree must be the one the brute-force model gives, halves and all.
   */
  @Test
  void largeZonesLinkedInHalvesMatchTheModelToo() {
    for (long seed = 1; seed <= 2; seed++) {
      Random rnd = new Random(seed);
      Zone zone = matchesBruteForceModel(rnd, 30_000, ZoneBuildTest::randomLargeZoneName);
      assertTrue(zone.nodes().size() > 20_000, "large enough to be linked in halves");
    }
  }

  /**
   * The type index of a zone linked in halves guesses each half's share of a type from its share of
   * the names: a type whose names all sort into one half outgrows that guess, and its names are
   * still listed, in order, once each.
   */
  @Test
  void typesCrowdedIntoOneHalfAreAllIndexed() {
    Zone.Builder builder = new Zone.Builder();
    builder.addFile("test.zone");
    for (int i = 0; i < 30_000; i++) {
      boolean early = i % 2 == 0;
      builder.add(
          Name.fromConstantString((early ? "a" : "z") + i + ".example.com."),
          RecordKind.DNS,
          early ? Type.TXT : Type.A,
          DClass.IN,
          300,
          new byte[4],
          new SourceSpan(0, i + 1, 1, 0, 1),
          0,
          null);
    }
    Zone zone = builder.build(ORIGIN, OriginSource.OPTION);
    for (int type : List.of(Type.TXT, Type.A)) {
      List<Node> expected = zone.nodes().stream().filter(n -> n.has(type)).toList();
      assertEquals(15_000, expected.size());
      assertEquals(expected, zone.nodesWith(type), Type.string(type));
    }
  }

  /**
   * Names outside the origin are kept apart in the order they were first written, every name's
   * records are cut to size, and the names inside are linked in canonical order, whether the zone
   * is small or large enough to be sorted out in halves, with names outside or none, with the apex
   * written or not.
   */
  @Test
  void namesOutsideTheOriginKeepTheirOrderInSmallAndLargeZones() {
    for (int names : new int[] {2_000, 130_000}) {
      for (boolean allInside : new boolean[] {false, true}) {
        Random rnd = new Random(names);
        Zone.Builder builder = new Zone.Builder();
        builder.addFile("test.zone");
        List<Name> outside = new ArrayList<>();
        TreeSet<Name> inside = new TreeSet<>();
        inside.add(ORIGIN);
        for (int i = 0; i < names; i++) {
          boolean out = !allInside && rnd.nextInt(7) == 0;
          boolean apex = allInside && i == names / 3;
          Name owner =
              apex
                  ? ORIGIN
                  : Name.fromConstantString("h" + i + (out ? ".other.net." : ".example.com."));
          for (int k = rnd.nextInt(3); k >= 0; k--) {
            builder.add(
                owner,
                RecordKind.DNS,
                Type.A,
                DClass.IN,
                300,
                new byte[4],
                new SourceSpan(0, i + 1, 1, 0, 1),
                0,
                null);
          }
          if (out) {
            outside.add(owner);
          } else {
            inside.add(owner);
          }
        }
        Zone zone = builder.build(ORIGIN, OriginSource.OPTION);
        String what = names + " names, all inside " + allInside;
        assertEquals(outside, zone.outOfZone().stream().map(Node::name).toList(), what);
        assertTrue(zone.outOfZone().stream().allMatch(Node::isOutOfZone));
        List<Name> linked = zone.nodes().stream().map(Node::name).toList();
        assertEquals(inside.size(), linked.size(), what);
        // Not assertEquals: its message would print 130,000 names.
        assertTrue(List.copyOf(inside).equals(linked), what + ": every name, in canonical order");
        assertTrue(zone.nodes().stream().noneMatch(Node::isOutOfZone), what);
        assertSame(zone.apex(), zone.nodes().get(0));
        assertNamesAsReadAreEveryNameOnce(zone, outside, what);
        for (Node node : zone.outOfZone()) {
          assertEquals(node.recordCount(), node.records().size());
          for (ZoneRecord r : node.records()) {
            assertSame(node, r.node());
          }
        }
      }
    }
  }

  /**
   * The names as read are the names in the zone (empty non-terminals included) and those outside
   * it, each once, the ones first written in the order they were first written: the checker walks
   * them in place of the canonical ones.
   */
  private static void assertNamesAsReadAreEveryNameOnce(
      Zone zone, List<Name> outside, String what) {
    List<Node> asRead = zone.namesAsRead();
    assertEquals(zone.nodes().size() + zone.outOfZone().size(), asRead.size(), what);
    Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    seen.addAll(asRead);
    assertEquals(asRead.size(), seen.size(), what + ": each name once");
    assertTrue(seen.containsAll(zone.nodes()), what + ": every name in the zone");
    assertEquals(
        outside,
        asRead.stream().filter(Node::isOutOfZone).map(Node::name).toList(),
        what + ": the names outside, in file order");
  }

  private static Zone matchesBruteForceModel(
      Random rnd, int records, java.util.function.Function<Random, Name> names) {
    Zone.Builder builder = new Zone.Builder();
    builder.addFile("test.zone");
    TreeSet<Name> expected = new TreeSet<>();
    expected.add(ORIGIN);
    List<Name> delegations = new ArrayList<>();
    List<ZoneRecord> written = new ArrayList<>();
    List<byte[]> writtenRdata = new ArrayList<>();
    for (int i = 0; i < records; i++) {
      Name owner = names.apply(rnd);
      boolean delegation = !owner.equals(ORIGIN) && rnd.nextInt(5) == 0;
      byte[] rdata = new byte[rnd.nextInt(3) == 0 ? rnd.nextInt(600) : rnd.nextInt(8)];
      rnd.nextBytes(rdata);
      ZoneRecord added =
          builder.add(
              owner,
              RecordKind.DNS,
              delegation ? Type.NS : TYPES[rnd.nextInt(TYPES.length)],
              DClass.IN,
              300,
              rdata,
              new SourceSpan(0, i + 1, 1, 0, 1),
              0,
              null);
      written.add(added);
      writtenRdata.add(rdata);
      if (delegation) {
        delegations.add(owner);
      }
      for (Name n = owner; !n.equals(ORIGIN); n = new Name(n, 1)) {
        expected.add(n);
      }
    }
    Zone zone = builder.build(ORIGIN, OriginSource.OPTION);
    assertNamesAsReadAreEveryNameOnce(zone, List.of(), records + " records");
    List<Name> actual = zone.nodes().stream().map(Node::name).toList();
    assertEquals(List.copyOf(expected), actual);
    for (Node node : zone.nodes()) {
      assertSame(node, zone.find(node.name()));
      List<ZoneRecord> indexed = new ArrayList<>();
      for (int k = 0; k < node.recordCount(); k++) {
        indexed.add(node.record(k));
      }
      assertEquals(node.records(), indexed);
      assertThrows(IndexOutOfBoundsException.class, () -> node.record(node.recordCount()));
      assertEquals(node.name().equals(ORIGIN), node.isApex());
      List<ZoneRecord> own = node.records();
      assertEquals(
          own.stream().allMatch(r -> !r.isPseudo() && r.type() < 128)
              && own.stream().map(ZoneRecord::type).distinct().count() == own.size(),
          node.typesAllDistinct(),
          node.toString());
      // The highest delegation strictly above the name.
      Name cut = null;
      for (Name n = node.name(); !n.equals(ORIGIN); n = new Name(n, 1)) {
        if (!n.equals(node.name()) && delegations.contains(n)) {
          cut = n;
        }
      }
      Node enclosing = node.enclosingCut();
      assertEquals(cut, enclosing == null ? null : enclosing.name(), node.toString());
    }
    assertTrue(zone.apex().isApex());
    for (int k = 0; k < written.size(); k++) {
      ZoneRecord r = written.get(k);
      assertArrayEquals(writtenRdata.get(k), r.rdata());
      assertEquals(writtenRdata.get(k).length, r.rdataLength());
      assertEquals(writtenRdata.get(k).length, r.rdataBuffer().remaining());
    }
    for (int type : List.of(Type.A, Type.NS, Type.CNAME, Type.TXT, Type.DS, Type.SPF)) {
      assertEquals(
          zone.nodes().stream().filter(n -> n.has(type)).toList(),
          zone.nodesWith(type),
          Type.string(type));
    }
    assertEquals(
        zone.nodes().stream().filter(n -> n.has(Type.TXT) || n.has(Type.SPF)).toList(),
        zone.nodesWith(Type.TXT, Type.SPF));
    assertThrows(IllegalArgumentException.class, () -> zone.nodesWith(Type.CAA));
    return zone;
  }

  /**
   * A name's records are its array, doubled while the zone is read (empty slots at its end) and cut
   * to size when it is built: counts across the doublings, before and after, read back in order.
   */
  @Test
  void recordsOfANameReadBackInOrderWhileGrowingAndOnceCut() {
    Zone.Builder builder = new Zone.Builder();
    builder.addFile("test.zone");
    SourceSpan span = new SourceSpan(0, 1, 1, 0, 1);
    Node growing = new Node(ORIGIN);
    List<ZoneRecord> added = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      ZoneRecord r =
          builder.add(
              ORIGIN, RecordKind.DNS, Type.TXT, 1, 300, new byte[] {(byte) i}, span, 0, null);
      added.add(r);
      growing.add(r);
      assertEquals(added, growing.records(), "while growing, " + added.size());
      assertEquals(added.size(), growing.recordCount());
      assertSame(r, growing.record(added.size() - 1));
      int past = added.size();
      assertThrows(IndexOutOfBoundsException.class, () -> growing.record(past));
    }
    growing.trimRecords();
    assertEquals(added, growing.records());
    assertEquals(40, growing.recordCount());
    assertThrows(IndexOutOfBoundsException.class, () -> growing.record(40));
    Node built = builder.build(ORIGIN, OriginSource.OPTION).find(ORIGIN);
    assertEquals(added, built.records());
    assertEquals(40, built.recordCount());
  }

  /**
   * A later part's builder keeps no index: a name it holds twice, on consecutive lines written out
   * or further apart, ends up one node after the append, its records in file order, as one builder
   * reading both parts gives; such a builder cannot be built on its own.
   */
  @Test
  void aLaterPartJoinsTheFirstAsOneBuilderWouldHaveReadIt() {
    Name a = Name.fromConstantString("a.example.com.");
    Name b = Name.fromConstantString("B.example.com.");
    Name later = Name.fromConstantString("b.example.com.");
    List<Name> firstPart = List.of(ORIGIN, b, a);
    // A new Name object each time, as the parser makes for an owner written out.
    List<Name> secondPart =
        List.of(
            a,
            Name.fromConstantString("a.example.com."),
            Name.fromConstantString("c.example.com."),
            later,
            Name.fromConstantString("c.example.com."));
    Zone.Builder one = new Zone.Builder();
    Zone.Builder first = new Zone.Builder();
    Zone.Builder second = Zone.Builder.forLaterPart(8);
    for (Zone.Builder builder : List.of(one, first, second)) {
      builder.addFile("test.zone");
    }
    int line = 1;
    for (Name owner : firstPart) {
      addTxt(one, owner, line);
      addTxt(first, owner, line++);
    }
    for (Name owner : secondPart) {
      addTxt(one, owner, line);
      addTxt(second, owner, line++);
    }
    assertThrows(IllegalStateException.class, () -> second.build(ORIGIN, OriginSource.OPTION));
    first.append(second);
    Zone joined = first.build(ORIGIN, OriginSource.OPTION);
    Zone read = one.build(ORIGIN, OriginSource.OPTION);
    assertEquals(describe(read), describe(joined));
    assertEquals(4, joined.nodes().size(), "the apex and a, b, c below it, once each");
    assertNamesAsReadAreEveryNameOnce(joined, List.of(), "joined");
    for (Node node : joined.nodes()) {
      for (int i = 0; i < node.recordCount(); i++) {
        assertSame(node, node.record(i).node(), "line " + node.record(i).line());
      }
    }
  }

  private static void addTxt(Zone.Builder builder, Name owner, int line) {
    builder.add(
        owner,
        RecordKind.DNS,
        Type.TXT,
        DClass.IN,
        300,
        new byte[] {1, (byte) line},
        new SourceSpan(0, line, 1, line, line + 1),
        0,
        null);
  }

  /** Each name as written first, with the lines of its records in order. */
  private static List<String> describe(Zone zone) {
    List<String> out = new ArrayList<>();
    for (Node node : zone.nodes()) {
      StringBuilder lines = new StringBuilder(node.name().toString());
      for (int i = 0; i < node.recordCount(); i++) {
        lines.append(' ').append(node.record(i).line());
      }
      out.add(lines.toString());
    }
    return out;
  }

  @Test
  void recordsWithTheSameBytesHaveTheSameRdata() {
    Zone.Builder builder = new Zone.Builder();
    builder.addFile("test.zone");
    SourceSpan span = new SourceSpan(0, 1, 1, 0, 1);
    byte[] bytes = {1, 2, 3};
    ZoneRecord a = builder.add(ORIGIN, RecordKind.DNS, Type.TXT, 1, 300, bytes, span, 0, null);
    ZoneRecord b = builder.add(ORIGIN, RecordKind.DNS, Type.TXT, 1, 300, bytes, span, 0, null);
    ZoneRecord c =
        builder.add(ORIGIN, RecordKind.DNS, Type.TXT, 1, 300, new byte[] {1, 2}, span, 0, null);
    byte[] largest = new byte[0xFFFF];
    largest[0xFFFE] = 7;
    ZoneRecord big = builder.add(ORIGIN, RecordKind.DNS, Type.TXT, 1, 300, largest, span, 0, null);
    assertArrayEquals(largest, big.rdata());
    assertArrayEquals(bytes, a.rdata());
    assertTrue(a.sameRdata(b));
    assertFalse(a.sameRdata(c));
    assertFalse(c.sameRdata(a));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            builder.add(
                ORIGIN, RecordKind.DNS, Type.TXT, 1, 300, new byte[0x10000], span, 0, null));
  }

  /**
   * A TXT's text is its character-strings joined, one char per octet, whatever the octets; RDATA
   * whose last length octet overstates what follows (as wire data may) yields what is there.
   */
  @Test
  void txtJoinsTheCharacterStringsOctetForChar() {
    Zone.Builder builder = new Zone.Builder();
    builder.addFile("test.zone");
    SourceSpan span = new SourceSpan(0, 1, 1, 0, 1);
    Random rnd = new Random(7);
    for (int run = 0; run < 500; run++) {
      java.io.ByteArrayOutputStream wire = new java.io.ByteArrayOutputStream();
      StringBuilder expected = new StringBuilder();
      for (int strings = rnd.nextInt(5); strings > 0; strings--) {
        int length = rnd.nextInt(4) == 0 ? 0 : rnd.nextInt(256);
        wire.write(length);
        for (int k = 0; k < length; k++) {
          int octet = rnd.nextInt(256);
          wire.write(octet);
          expected.append((char) octet);
        }
      }
      if (run % 10 == 0) {
        wire.write(200); // a length with nothing after it
        wire.write('x');
        expected.append('x');
      }
      ZoneRecord r =
          builder.add(ORIGIN, RecordKind.DNS, Type.TXT, 1, 300, wire.toByteArray(), span, 0, null);
      assertEquals(expected.toString(), r.txt());
    }
  }

  /** Names under a few dozen top labels, up to four deep, with the odd special label. */
  private static Name randomLargeZoneName(Random rnd) {
    StringBuilder name = new StringBuilder();
    for (int i = 1 + rnd.nextInt(4); i > 0; i--) {
      name.append(
              rnd.nextInt(50) == 0
                  ? LABELS[rnd.nextInt(LABELS.length)]
                  : "l" + rnd.nextInt(i == 1 ? 30 : 300))
          .append('.');
    }
    return Name.fromConstantString(name + "example.com.");
  }

  private static Name randomName(Random rnd) {
    StringBuilder name = new StringBuilder();
    for (int i = rnd.nextInt(5); i > 0; i--) {
      name.append(LABELS[rnd.nextInt(LABELS.length)]).append('.');
    }
    return Name.fromConstantString(name + "example.com.");
  }
}

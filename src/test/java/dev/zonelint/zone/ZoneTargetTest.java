package dev.zonelint.zone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.zonelint.parse.ParseOptions;
import dev.zonelint.parse.ZoneParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Name;
import org.xbill.DNS.Type;

/**
 * A record's target is the zone's own node, found without decoding, only where it reads exactly as
 * the decoded name would; everywhere else it is the decoded name.
 */
class ZoneTargetTest {
  private static final String ZONE =
      """
      $ORIGIN example.com.
      @          SOA   ns1 hostmaster 1 7200 3600 1209600 300
      @          NS    ns1
      @          NS    ns.example.net.
      ns1        A     192.0.2.1
      Upper      A     192.0.2.2
      a.b        A     192.0.2.3
      www        CNAME ns1
      shout      CNAME NS1
      up         CNAME upper
      up2        CNAME Upper
      ent        CNAME b
      gone       CNAME nothing
      away       CNAME cdn.example.net.
      @          MX    10 ns1
      _sip._tcp  SRV   0 5 5060 ns1
      apex       ALIAS ns1
      """;

  /** Columns: owner; type; the target; whether it is the zone's node of that name. */
  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "www.example.com., CNAME, ns1.example.com., true",
    "example.com., MX, ns1.example.com., true",
    "_sip._tcp.example.com., SRV, ns1.example.com., true",
    "apex.example.com., ALIAS, ns1.example.com., true",
    "ent.example.com., CNAME, b.example.com., true", // an empty non-terminal is a node too
    // Written in capitals, or pointing at a node spelt with them: decoded, its case kept.
    "shout.example.com., CNAME, NS1.example.com., false",
    "up.example.com., CNAME, upper.example.com., false",
    "up2.example.com., CNAME, Upper.example.com., false",
    "gone.example.com., CNAME, nothing.example.com., false",
    "away.example.com., CNAME, cdn.example.net., false",
  })
  void targets(String owner, String type, String target, boolean isNode) throws IOException {
    Zone zone = zone();
    Node node = zone.find(Name.fromString(owner));
    ZoneRecord record =
        node.records().stream().filter(r -> r.typeName().equals(type)).findFirst().orElseThrow();
    Name found = zone.target(record);
    assertEquals(record.target(), found);
    assertEquals(record.target().toString(), found.toString(), "as written");
    if (isNode) {
      assertSame(zone.find(found), found);
    } else {
      assertNotSame(zone.find(found), found);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"ns1.example.com., A", "example.com., SOA"})
  void recordsWithoutTargetHaveNone(String owner, String type) throws IOException {
    Zone zone = zone();
    assertNull(zone.target(zone.find(Name.fromString(owner)).first(Type.value(type))));
  }

  /**
   * Whatever the names and their letter case, a target reads as the decoded one: the same name,
   * spelt the same, and the zone's own node whenever it is returned in place of a decoded name.
   */
  @Test
  void everyTargetReadsAsDecoded() {
    qt().withExamples(300)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Random rnd = new Random(seed);
              Zone.Builder builder = new Zone.Builder();
              builder.addFile("test.zone");
              List<ZoneRecord> pointers = new ArrayList<>();
              int[] types = {Type.CNAME, Type.MX, Type.SRV, Type.NS, Type.DNAME};
              for (int line = 1; line <= 40; line++) {
                Name owner = randomName(rnd);
                int type = types[rnd.nextInt(types.length)];
                byte[] target = randomName(rnd).toWire();
                int skip = type == Type.MX ? 2 : type == Type.SRV ? 6 : 0;
                byte[] rdata = new byte[skip + target.length];
                System.arraycopy(target, 0, rdata, skip, target.length);
                pointers.add(
                    builder.add(
                        owner,
                        RecordKind.DNS,
                        type,
                        DClass.IN,
                        300,
                        rdata,
                        new SourceSpan(0, line, 1, 0, 1),
                        0,
                        null));
              }
              Zone zone =
                  builder.build(Name.fromConstantString("example.com."), OriginSource.OPTION);
              for (ZoneRecord r : pointers) {
                Name found = zone.target(r);
                assertEquals(r.target(), found);
                assertEquals(r.target().toString(), found.toString());
                if (found instanceof Node node) {
                  assertSame(zone.find(node), node);
                }
              }
            });
  }

  /** A name of a few labels below the origin or another zone, some letters in capitals. */
  private static Name randomName(Random rnd) {
    String[] labels = {"a", "b", "www", "mail", "*", "x-y", "\\000"};
    StringBuilder name = new StringBuilder();
    for (int i = rnd.nextInt(4); i > 0; i--) {
      String label = labels[rnd.nextInt(labels.length)];
      name.append(rnd.nextInt(4) == 0 ? label.toUpperCase(Locale.ROOT) : label).append('.');
    }
    name.append(
        rnd.nextInt(6) == 0
            ? "example.net."
            : rnd.nextInt(8) == 0 ? "Example.COM." : "example.com.");
    return Name.fromConstantString(name.toString());
  }

  private static Zone zone() throws IOException {
    return ZoneParser.parse(
            new ByteArrayInputStream(ZONE.getBytes(StandardCharsets.UTF_8)),
            Path.of("example.com.zone"),
            ParseOptions.defaults(Path.of("example.com.zone"), Name.fromString("example.com.")))
        .zone();
  }
}

package dev.zonelint.zone;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zonelint.parse.ParseOptions;
import dev.zonelint.parse.ZoneParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xbill.DNS.Name;

/** How the zone answers each kind of name: RFC 1034 §4.3.2, RFC 4592 §3.3.1, RFC 6672 §2.3. */
class ZoneAnswerTest {
  private static final String ZONE =
      """
      $ORIGIN example.com.
      @          SOA   ns1 hostmaster 1 7200 3600 1209600 300
      @          NS    ns1
      ns1        A     192.0.2.1
      a.b        A     192.0.2.2
      *.wild     TXT   "any"
      host.wild  TXT   "a name of its own"
      sub        NS    ns.sub
      ns.sub     A     192.0.2.3
      old        DNAME new.example.net.
      old        TXT   "the owner itself is not redirected"
      www        CNAME ns1
      sub2       DNAME new.example.net.
      x.sub2     NS    ns.example.net.
      """;

  /** Columns: name; in zone; cut; dname; answering node ("-" for none). */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "ns1.example.com., true, -, -, ns1.example.com.",
    "b.example.com., true, -, -, b.example.com.", // empty non-terminal
    "x.wild.example.com., true, -, -, *.wild.example.com.",
    "x.y.wild.example.com., true, -, -, *.wild.example.com.",
    // host.wild is the closest encloser, and no wildcard stands directly below it
    "x.host.wild.example.com., true, -, -, -",
    "nope.example.com., true, -, -, -",
    "sub.example.com., true, sub.example.com., -, sub.example.com.",
    "ns.sub.example.com., true, sub.example.com., -, ns.sub.example.com.",
    "deep.in.sub.example.com., true, sub.example.com., -, -",
    "old.example.com., true, -, -, old.example.com.",
    "x.old.example.com., true, -, old.example.com., -",
    "y.x.sub2.example.com., true, -, sub2.example.com., -", // the DNAME comes first
    "example.net., false, -, -, -",
  })
  void answers(String name, boolean inZone, String cut, String dname, String node)
      throws IOException {
    ZoneAnswer a = ZoneAnswer.of(zone(), Name.fromString(name));
    assertEquals(inZone, a.inZone(), "in zone");
    assertEquals(cut, a.cut() == null ? "-" : a.cut().name().toString(), "cut");
    assertEquals(dname, a.dname() == null ? "-" : a.dname().name().toString(), "dname");
    assertEquals(node, a.node() == null ? "-" : a.node().name().toString(), "node");
    assertEquals(
        inZone && cut.equals("-") && dname.equals("-") && node.equals("-"), a.isNxdomain());
  }

  private static Zone zone() throws IOException {
    Name origin = Name.fromConstantString("example.com.");
    return ZoneParser.parse(
            new ByteArrayInputStream(ZONE.getBytes(StandardCharsets.UTF_8)),
            Path.of("example.com.zone"),
            ParseOptions.defaults(Path.of("example.com.zone"), origin))
        .zone();
  }
}

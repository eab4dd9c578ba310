package dev.zonelint.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zonelint.zone.Node;
import dev.zonelint.zone.ZoneRecord;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xbill.DNS.Name;

/**
 * A file parsed in two parts at once must give exactly the one-pass result, wherever it is split:
 * records with their positions and flags, problems, comments, files and origin. Zones are made of
 * lines that lean on state across a split: directives, inherited owners and TTLs, parentheses,
 * classes, includes, comments and CR LF endings.
 */
class ParallelParseTest {
  private static final Name ORIGIN = Name.fromConstantString("example.com.");

  private static final String[] LINES = {
    "$TTL 300",
    "$ORIGIN sub",
    "$ORIGIN example.com.",
    "$ORIGIN Other.Example.com.",
    "www 600 IN A 192.0.2.1",
    "www A 192.0.2.2",
    "\tIN TXT \"v=spf1 -all\"",
    "  600 MX 10 mx.example.net.",
    "mail MX 10 mx.example.net.",
    "Mixed.Case AAAA 2001:db8::1",
    "multi TXT ( \"a\"\n  \"b\" )",
    "paren ( A\n192.0.2.7 )",
    "; zonelint-disable-next-line cname-and-other-data",
    "; a plain comment",
    "",
    "ch CH TXT \"chaos\"",
    "bad A not-an-address",
    "$GENERATE 1-3 host$ A 192.0.2.$",
    "$INCLUDE inc.zone",
    "quoted TXT \"semi;colon (paren\"",
    // A Route 53 alias keeps its hosted zone and flag when the parts merge.
    "alias CNAME www\nr53 AWS ALIAS A d111.cloudfront.net. Z2FDTNDATAQYW2 false",
    "_dmarc TXT \"v=DMARC1; p=reject\"",
    "1.2 PTR host.example.com.",
    "*.wild 60 A 192.0.2.9",
    "@ 3600 NS ns1.example.com.",
    "unclosed TXT ( \"x\"",
    // Inside parentheses a line starting with $ is data, not a directive.
    "odd TXT ( \"x\"\n$ORIGIN trap.example.\n\"y\" )",
    "$ORIGIN absolute.example.",
    // The split's scan reads only the last absolute $ORIGIN: one ended by an escaped dot is
    // relative, a broken one is replaced by the next (a tab and a comment around it).
    "$ORIGIN esc\\.\n$ORIGIN bad..example.\n$ORIGIN\tTab.Example.com. ; note",
    // A broken owner silences the blank-owner records after it, past an entry that fails to lex.
    "a..b A 192.0.2.1\nx \"unclosed\n\tA 192.0.2.3",
  };

  @TempDir Path dir;

  @Test
  void everySplitGivesTheOnePassResult() throws IOException {
    Files.writeString(dir.resolve("inc.zone"), "included A 192.0.2.100\n$TTL 77\n");
    Random random = new Random(20261123);
    int parallel = 0;
    int splits = 0;
    for (int zone = 0; zone < 80; zone++) {
      String text = randomZone(random);
      Path file = dir.resolve("z" + zone + ".zone");
      Files.writeString(file, text, StandardCharsets.ISO_8859_1);
      // Without an origin (z0.zone names none) the SOA sets it, unless a $ORIGIN came first.
      ParseOptions options = ParseOptions.defaults(file, random.nextBoolean() ? ORIGIN : null);
      List<String> expected = render(onePass(file, options));
      for (int target : lineStarts(text)) {
        splits++;
        ParseResult got = ParallelParse.parseSplitNear(file, options, target);
        if (got != null) {
          parallel += splits(file, target, options) ? 1 : 0;
          assertEquals(expected, render(got), "split near " + target + " of:\n" + text);
        }
      }
    }
    // The property means little if nearly every split falls back to one pass.
    assertTrue(parallel > splits / 10, parallel + " of " + splits + " splits ran in parallel");
  }

  @Test
  void aGeneratedZoneWithOriginSectionsSplitsInTheMiddle() throws IOException {
    StringBuilder text = new StringBuilder("$TTL 3600\n$ORIGIN example.com.\n");
    text.append("@ SOA ns1 hostmaster 1 7200 3600 1209600 3600\n@ NS ns1\nns1 A 192.0.2.53\n");
    for (int i = 0; i < 2000; i++) {
      if (i % 50 == 0) {
        text.append("$ORIGIN s").append(i).append(".example.com.\n");
      } else if (i % 50 == 25) {
        text.append("$ORIGIN example.com.\n");
      }
      text.append("h").append(i).append(" 300 A 192.0.2.").append(i % 250).append('\n');
      text.append("  TXT \"t").append(i).append("\"\n");
    }
    Path file = dir.resolve("generated.zone");
    Files.writeString(file, text);
    ParseResult got = ParallelParse.parseSplitNear(file, options(file), text.length() / 2);
    assertNotNull(got, "a zone of plain records and $ORIGIN lines splits");
    assertEquals(render(onePass(file, options(file))), render(got));
  }

  /** Whether the file splits near the target (else its first part is read as the one pass). */
  private static boolean splits(Path file, int target, ParseOptions options) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      Name origin = options.origin() != null ? options.origin() : FileOrigin.guess(file);
      return SplitPoint.find(channel, target, origin) != null;
    }
  }

  private static String randomZone(Random random) {
    StringBuilder text = new StringBuilder();
    if (random.nextBoolean()) {
      text.append("$TTL 3600\n");
    }
    text.append("@ SOA ns1 hostmaster 1 7200 3600 1209600 3600\n");
    int lines = 10 + random.nextInt(30);
    for (int i = 0; i < lines; i++) {
      text.append(LINES[random.nextInt(LINES.length)]).append('\n');
    }
    String zone = text.toString();
    return random.nextInt(4) == 0 ? zone.replace("\n", "\r\n") : zone;
  }

  private static List<Integer> lineStarts(String text) {
    List<Integer> starts = new ArrayList<>();
    for (int i = 1; i < text.length(); i++) {
      if (text.charAt(i - 1) == '\n') {
        starts.add(i);
      }
    }
    return starts;
  }

  private ParseOptions options(Path file) {
    return ParseOptions.defaults(file, ORIGIN);
  }

  private static ParseResult onePass(Path file, ParseOptions options) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return ZoneParser.parse(in, file, options);
    }
  }

  /** What a parse gives, as lines to compare: a parallel parse must give the same. */
  static List<String> render(ParseResult result) {
    List<String> out = new ArrayList<>();
    out.add("origin " + result.zone().origin() + " from " + result.zone().originSource());
    out.add("files " + result.zone().files());
    // The tree in canonical order, empty non-terminals and cuts included: each part orders its own
    // names and the orders merge.
    for (Node n : result.zone().nodes()) {
      out.add(
          "name "
              + n.name()
              + (n.isApex() ? " apex" : "")
              + (n.isEmptyNonTerminal() ? " empty" : "")
              + (n.enclosingCut() == null ? "" : " below-cut " + n.enclosingCut().name()));
    }
    result.zone().outOfZone().forEach(n -> out.add("outside " + n.name()));
    for (ZoneRecord r : result.zone().records()) {
      out.add(
          r
              + " at "
              + r.span()
              + (r.has(ZoneRecord.OWNER_INHERITED) ? " inherited-owner" : "")
              + (r.has(ZoneRecord.TTL_EXPLICIT) ? " explicit-ttl" : "")
              + (r.has(ZoneRecord.GENERATED) ? " generated" : ""));
    }
    result.diagnostics().forEach(d -> out.add(d.toString()));
    result.comments().forEach(c -> out.add(c.toString()));
    return out;
  }
}

package dev.zonelint.parse;

import static dev.zonelint.parse.ParserFixture.parse;
import static dev.zonelint.parse.ParserFixture.positions;
import static dev.zonelint.parse.ParserFixture.records;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xbill.DNS.Name;

class DirectivesTest {
  @TempDir Path dir;

  private ParseResult parseFile(Path file) throws IOException {
    return ZoneParser.parse(
        file,
        new ParseOptions(
            Name.fromConstantString("example.com."),
            file.toString(),
            dir,
            ParseOptions.DEFAULT_MAX_GENERATE,
            ParseOptions.DEFAULT_MAX_RECORDS));
  }

  @Test
  void includeRelativeToTheIncludingFileWithItsOwnOrigin() throws IOException {
    Files.createDirectories(dir.resolve("sub"));
    Files.writeString(dir.resolve("sub/hosts.inc"), "www A 192.0.2.1\n");
    Path main = dir.resolve("sub/main.zone");
    Files.writeString(main, "$TTL 60\n$INCLUDE hosts.inc lab.example.com.\nafter A 192.0.2.2\n");
    ParseResult r = parseFile(main);
    assertEquals(List.of(), positions(r));
    assertEquals(
        List.of("after.example.com. 60 A 192.0.2.2", "www.lab.example.com. 60 A 192.0.2.1"),
        records(r));
    assertEquals(2, r.zone().files().size());
  }

  @Test
  void includeLoopAndMissingFile() throws IOException {
    Path a = dir.resolve("a.zone");
    Files.writeString(a, "$TTL 60\n$INCLUDE b.inc\n$INCLUDE missing.inc\n");
    Files.writeString(dir.resolve("b.inc"), "x A 192.0.2.1\n$INCLUDE a.zone\n");
    ParseResult r = parseFile(a);
    assertEquals(List.of("2:10 include", "3:10 include"), positions(r).stream().sorted().toList());
    assertTrue(r.diagnostics().stream().anyMatch(d -> d.message().contains("loop")));
  }

  @Test
  void includeDepthIsBounded() throws IOException {
    for (int i = 0; i < 20; i++) {
      Files.writeString(dir.resolve("n" + i + ".inc"), "$INCLUDE n" + (i + 1) + ".inc\n");
    }
    Files.writeString(dir.resolve("n20.inc"), "x 60 A 192.0.2.1\n");
    ParseResult r = parseFile(dir.resolve("n0.inc"));
    assertEquals(1, r.diagnostics().size());
    assertTrue(r.diagnostics().get(0).message().contains("deeper than 16"));
  }

  @Test
  void generateWithStepAndModifiers() {
    ParseResult r =
        parse(
            """
            $TTL 60
            $GENERATE 1-5/2 host-$ A 192.0.2.$
            $GENERATE 10-11 ${0,3,d}.x CNAME h${1,2,x}
            $GENERATE 255-255 ${0,3,n} PTR p$$.example.com.
            """);
    assertEquals(List.of(), positions(r));
    assertEquals(
        List.of(
            "host-1.example.com. 60 A 192.0.2.1",
            "host-3.example.com. 60 A 192.0.2.3",
            "host-5.example.com. 60 A 192.0.2.5",
            "010.x.example.com. 60 CNAME h0b.example.com.",
            "011.x.example.com. 60 CNAME h0c.example.com.",
            "f.f.example.com. 60 PTR p\\$.example.com."),
        records(r).stream().sorted(DirectivesTest::byGenerationOrder).toList());
  }

  private static int byGenerationOrder(String a, String b) {
    List<String> order = List.of("host-1", "host-3", "host-5", "010", "011", "f.f");
    return Integer.compare(indexOf(order, a), indexOf(order, b));
  }

  private static int indexOf(List<String> prefixes, String s) {
    for (int i = 0; i < prefixes.size(); i++) {
      if (s.startsWith(prefixes.get(i))) {
        return i;
      }
    }
    return prefixes.size();
  }

  @Test
  void generateLimitsAndErrorsAreReportedOnce() {
    ParseResult r =
        ParserFixture.parse(
            """
            $TTL 60
            $GENERATE 1-100000 h$ A 192.0.2.1
            $GENERATE 5-1 h$ A 192.0.2.1
            $GENERATE 1-300 h$ A 192.0.2.$
            $GENERATE 1-3 h${0,1,q} A 192.0.2.1
            $GENERATE 1-1 host$ TXT foo${2147483647}
            """
                .getBytes(StandardCharsets.UTF_8),
            "example.com.",
            Path.of("t.zone"),
            1000);
    assertEquals(
        List.of(
            "2:11 generate", "3:11 generate", "4:22 generate", "5:15 generate", "6:25 generate"),
        positions(r));
    // The third directive made records 1..255 before value 256 failed.
    assertEquals(255, r.zone().recordCount());
  }

  @Test
  void includeFallsBackToTheWorkingFolderAsBindDoes() throws IOException {
    Files.createDirectories(dir.resolve("zones"));
    Files.writeString(dir.resolve("zones/common.inc"), "ns A 192.0.2.53\n");
    Path main = dir.resolve("zones/main.zone");
    // BIND resolves against its working folder: "zones/common.inc" from the folder above.
    Files.writeString(main, "$TTL 60\n$INCLUDE zones/common.inc\n");
    ParseResult r = parseFile(main);
    assertEquals(List.of(), positions(r));
    assertEquals(List.of("ns.example.com. 60 A 192.0.2.53"), records(r));
  }
}

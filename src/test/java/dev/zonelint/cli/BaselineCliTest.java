package dev.zonelint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Adopting zonelint on a legacy zone: accept today's findings, fail only on new ones. */
class BaselineCliTest {
  @TempDir Path dir;

  private static final String LEGACY =
      """
      $TTL 300
      @ SOA ns1 hm 1 7200 3600 1209600 300
      @ NS ns1
      ns1 A 192.0.2.1
      www CNAME x.example.net.
      www TXT "hello"
      """;

  @Test
  void onlyNewFindingsAreReported() throws IOException {
    Path zone = dir.resolve("example.com.zone");
    Files.writeString(zone, LEGACY);
    Path baseline = dir.resolve("zonelint-baseline.json");

    MainTest.Run missing =
        MainTest.run("check", "--baseline", baseline.toString(), zone.toString());
    assertEquals(2, missing.exit());
    assertTrue(missing.err().contains("create it with --update-baseline"), missing.err());

    MainTest.Run write =
        MainTest.run(
            "check", "--baseline", baseline.toString(), "--update-baseline", zone.toString());
    assertEquals(0, write.exit(), write.out() + write.err());
    assertTrue(write.err().contains("wrote 1 finding to "), write.err());
    assertTrue(Files.exists(baseline));

    // A comment above shifts every line: the accepted finding is still recognised.
    Files.writeString(zone, "; legacy zone\n" + LEGACY);
    assertEquals(
        0, MainTest.run("check", "--baseline", baseline.toString(), zone.toString()).exit());

    Files.writeString(zone, LEGACY + "mail CNAME y.example.net.\nmail MX 10 mx.example.net.\n");
    MainTest.Run fresh = MainTest.run("check", "--baseline", baseline.toString(), zone.toString());
    assertEquals(1, fresh.exit());
    assertTrue(fresh.out().contains(":8:1: error[cname-and-other-data]"), fresh.out());
    assertTrue(!fresh.out().contains(":6:1:"), "the accepted finding stays hidden: " + fresh.out());
  }

  @Test
  void updateNeedsAFile() throws IOException {
    Path zone = dir.resolve("example.com.zone");
    Files.writeString(zone, LEGACY);
    MainTest.Run r = MainTest.run("check", "--update-baseline", zone.toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("--update-baseline needs --baseline FILE"), r.err());
  }
}

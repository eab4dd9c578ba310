package dev.zonelint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code .zonelint.yaml} found by walking up, {@code --config}, and the command line winning. */
class ConfigCliTest {
  @TempDir Path dir;

  /** www's CNAME and TXT collide: one cname-and-other-data error on line 6. */
  private static final String ZONE =
      """
      $TTL 300
      @ SOA ns1 hm 1 7200 3600 1209600 300
      @ NS ns1
      ns1 A 192.0.2.1
      www CNAME x.example.net.
      www TXT "hello"
      """;

  private Path zone(String relative) throws IOException {
    Path p = dir.resolve(relative);
    Files.createDirectories(p.getParent());
    Files.writeString(p, ZONE);
    return p;
  }

  private void config(String relative, String yaml) throws IOException {
    Files.writeString(dir.resolve(relative), yaml);
  }

  @Test
  void nearestConfigAboveTheZoneApplies() throws IOException {
    Path z = zone("zones/sub/example.com.zone");
    assertEquals(1, MainTest.run("check", z.toString()).exit());
    config(".zonelint.yaml", "rules:\n  cname-and-other-data: off\n");
    assertEquals(0, MainTest.run("check", z.toString()).exit());
    assertEquals(1, MainTest.run("check", "--no-config", z.toString()).exit());
    config("zones/.zonelint.yaml", "rules:\n  cname-and-other-data: warning\n");
    MainTest.Run nearest = MainTest.run("check", z.toString());
    assertEquals(0, nearest.exit());
    assertTrue(nearest.out().contains("warning[cname-and-other-data]"), nearest.out());
  }

  @Test
  void theCommandLineWins() throws IOException {
    Path z = zone("example.com.zone");
    config(".zonelint.yaml", "rules:\n  cname-and-other-data: off\noptions:\n  cname-chain: 1\n");
    assertEquals(1, MainTest.run("check", "--enable", "cname-and-other-data", z.toString()).exit());
    config(".zonelint.yaml", "rules:\n  cname-and-other-data: info\n");
    assertEquals(
        1, MainTest.run("check", "--severity", "cname-and-other-data=error", z.toString()).exit());
  }

  @Test
  void optionsTheConfigDoesNotSetSurviveIt() throws IOException {
    Path z = zone("example.com.zone");
    Path register = dir.resolve("register.csv");
    Files.writeString(register, "name,owner\ngone.example.com.,web\n");
    config(".zonelint.yaml", "options:\n  cname-chain: 4\n");
    MainTest.Run r = MainTest.run("check", "--register", register.toString(), z.toString());
    assertTrue(r.out().contains("info[stale-register-entry]"), r.out());
  }

  @Test
  void filesAndOriginsFromTheConfig() throws IOException {
    Path z = zone("zones/internal.txt");
    config(
        ".zonelint.yaml",
        """
        files: ["zones/*.txt"]
        origins:
          "zones/internal.txt": corp.example.
        """);
    MainTest.Run r = MainTest.run("check", "--format", "json", dir.toString());
    assertEquals(1, r.exit(), r.err());
    assertTrue(r.out().contains("\"path\" : \"" + z + "\""), r.out());
    assertTrue(r.out().contains("\"origin\" : \"corp.example.\""), r.out());
    assertTrue(r.out().contains("\"originSource\" : \"option\""), r.out());
  }

  @Test
  void explicitConfigReplacesTheSearch() throws IOException {
    Path z = zone("example.com.zone");
    config(".zonelint.yaml", "rules:\n  cname-and-other-data: off\n");
    Path other = dir.resolve("strict.yaml");
    Files.writeString(other, "rules:\n  cname-and-other-data: error\n");
    assertEquals(1, MainTest.run("check", "--config", other.toString(), z.toString()).exit());
  }

  @Test
  void aBadConfigIsAUsageErrorWithItsLine() throws IOException {
    Path z = zone("example.com.zone");
    config(".zonelint.yaml", "rules:\n  cname-and-other-data: off\nfail-on: info\n");
    MainTest.Run r = MainTest.run("check", z.toString());
    assertEquals(2, r.exit());
    assertEquals(
        "zonelint: "
            + dir.resolve(".zonelint.yaml")
            + ":3: unknown key 'fail-on' (known: files, origins, provider, rules, options)\n",
        r.err());
  }
}

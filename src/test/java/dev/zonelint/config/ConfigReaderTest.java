package dev.zonelint.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zonelint.diag.Severity;
import dev.zonelint.provider.Provider;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigReaderTest {
  private static final Set<String> RULES = Set.of("cname-chain", "ttl-mismatch", "dangling-cname");

  @TempDir Path dir;

  private ZoneConfig read(String yaml) throws IOException, ConfigException {
    Path file = dir.resolve(ConfigReader.FILE_NAME);
    Files.writeString(file, yaml);
    return ConfigReader.read(file, RULES);
  }

  private String error(String yaml) {
    return assertThrows(ConfigException.class, () -> read(yaml)).getMessage();
  }

  @Test
  void readsEveryKey() throws Exception {
    ZoneConfig c =
        read(
            """
            files: ["zones/*.zone", "zones/db.*"]
            origins:
              "zones/internal.zone": corp.example.
            provider: cloudflare
            rules:
              ttl-mismatch: off
              dangling-cname: error
            options:
              cname-chain: 4
              spf-known: spf.tsv
              max-diagnostics: 50
              include-root: zones
            """);
    assertTrue(c.isZoneFile(dir.resolve("zones/a.zone")));
    assertEquals(false, c.isZoneFile(dir.resolve("other/a.zone")));
    assertEquals("corp.example.", c.originOf(dir.resolve("zones/internal.zone")));
    assertNull(c.originOf(dir.resolve("zones/a.zone")));
    assertEquals(Provider.byId("cloudflare"), c.provider());
    assertTrue(c.rules().containsKey("ttl-mismatch"));
    assertNull(c.rules().get("ttl-mismatch"), "off");
    assertEquals(Severity.ERROR, c.rules().get("dangling-cname"));
    assertEquals(4, c.cnameChain());
    assertEquals(dir.resolve("spf.tsv").toAbsolutePath(), c.spfKnown());
    assertEquals(50, c.maxDiagnostics());
    assertEquals(dir.resolve("zones").toAbsolutePath(), c.includeRoot());
  }

  @Test
  void emptyFileSetsNothing() throws Exception {
    ZoneConfig c = read("");
    assertNull(c.isZoneFile(dir.resolve("a.zone")));
    assertNull(c.provider());
  }

  @Test
  void mistakesNameTheFileAndLine() {
    String file = dir.resolve(ConfigReader.FILE_NAME).toString();
    assertEquals(
        file + ":3: unknown key 'colour' (known: files, origins, provider, rules, options)",
        error("provider: bind\n\ncolour: red\n"));
    assertEquals(
        file + ":2: unknown rule 'no-such-rule' (see `zonelint rules`)",
        error("rules:\n  no-such-rule: off\n"));
    assertEquals(
        file + ":2: rule ttl-mismatch takes off, info, warning or error, not 'loud'",
        error("rules:\n  ttl-mismatch: loud\n"));
    assertEquals(
        file
            + ":2: unknown key 'cname-chains' (known: cname-chain, spf-known, max-diagnostics,"
            + " include-root)",
        error("options:\n  cname-chains: 3\n"));
    assertEquals(
        file + ":2: cname-chain takes a whole number >= 1, not 'many'",
        error("options:\n  cname-chain: many\n"));
    assertTrue(error("provider: no-such-dns\n").startsWith(file + ":1: unknown provider"));
    assertTrue(error("rules: [\n").startsWith(file + ":"), "bad YAML is a ConfigException");
    assertTrue(error("- a\n- b\n").contains("must be a mapping"));
  }
}

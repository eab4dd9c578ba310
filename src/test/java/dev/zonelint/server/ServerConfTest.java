package dev.zonelint.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** named.conf and nsd.conf fixtures with includes, views, patterns and skipped zone types. */
class ServerConfTest {
  @TempDir Path dir;

  private static Path fixture(String name) throws URISyntaxException {
    return Path.of(ServerConfTest.class.getResource(name).toURI());
  }

  /** "origin view file" per zone, file relative to the configuration's folder. */
  private static List<String> describe(List<ServerZone> zones, Path conf) {
    Path base = conf.toAbsolutePath().getParent();
    return zones.stream()
        .map(z -> z.origin() + " " + z.view() + " " + base.relativize(z.file()))
        .toList();
  }

  @Test
  void namedConfPrimariesAcrossIncludesAndViews() throws Exception {
    Path conf = fixture("bind/named.conf");
    List<ServerZone> zones = NamedConf.read(conf);
    assertEquals(
        List.of(
            "example.com. internal zones/internal/example.com.zone",
            "example.com. external zones/external/example.com.zone",
            "example.edu. external zones/db.example.edu"),
        describe(zones, conf));
    assertEquals(conf.getParent().resolve("zones"), zones.get(0).directory());
  }

  @Test
  void nsdConfPrimariesThroughPatternsAndIncludes() throws Exception {
    Path conf = fixture("nsd/nsd.conf");
    assertEquals(
        List.of("example.com.  zones/example.com.zone", "example.org.  zones/db.example.org"),
        describe(NsdConf.read(conf), conf));
  }

  @Test
  void nsdZonefileSubstitutions() {
    assertEquals("e/x/example.com.zone", NsdConf.expand("%1/%2/%s.zone", "example.com."));
    assertEquals("100%.zone", NsdConf.expand("100%%.zone", "a"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "missing semicolon | options { directory \"z\" }; | 1 | missing ';' before '}'",
        "unclosed block | zone \"a\" {\\n type primary;\\n | 1 | never closed",
        "stray brace | };\\n | 1 | '}' without a matching '{'",
        "open string | zone \"a { type primary; };\\n | 1 | unterminated quoted string",
        "open comment | /* x\\n\\n | 1 | unterminated /* comment",
        "primary without file | zone \"a\" { type primary; }; | 1 | primary zone 'a' has no file",
        "zone without block | zone \"a\"; | 1 | zone 'a' has no { } block",
        "missing include | \\n include \"nope.conf\"; | 2 | cannot read included",
        "include loop | include \"named.conf\"; | 1 | includes itself",
      })
  void brokenNamedConfNamesFileAndLine(String name, String text, int line, String message)
      throws IOException {
    Path conf = dir.resolve("named.conf");
    Files.writeString(conf, text.replace("\\n", "\n"));
    ConfException e = assertThrows(ConfException.class, () -> NamedConf.read(conf));
    String expected = conf.toAbsolutePath() + ":" + line + ": ";
    assertEquals(expected, e.getMessage().substring(0, expected.length()), e.getMessage());
    assertEquals(true, e.getMessage().contains(message), e.getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "key outside a section | name: x | 1 | outside a section",
        "no colon | zone:\\n  name example.com | 2 | expected 'key: value'",
        "unknown pattern | zone:\\n name: a\\n include-pattern: p | 1 | no pattern named 'p'",
        "nameless zone | zone:\\n zonefile: a | 1 | zone: without a name",
      })
  void brokenNsdConfNamesFileAndLine(String name, String text, int line, String message)
      throws IOException {
    Path conf = dir.resolve("nsd.conf");
    Files.writeString(conf, text.replace("\\n", "\n"));
    ConfException e = assertThrows(ConfException.class, () -> NsdConf.read(conf));
    String expected = conf.toAbsolutePath() + ":" + line + ": ";
    assertEquals(expected, e.getMessage().substring(0, expected.length()), e.getMessage());
    assertEquals(true, e.getMessage().contains(message), e.getMessage());
  }
}

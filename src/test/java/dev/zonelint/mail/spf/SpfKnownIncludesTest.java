package dev.zonelint.mail.spf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpfKnownIncludesTest {

  @Test
  void builtInListLoadsAndEveryRecordParses() {
    SpfKnownIncludes known = SpfKnownIncludes.builtIn();
    for (String name :
        new String[] {
          "_spf.google.com",
          "spf.protection.outlook.com",
          "amazonses.com",
          "sendgrid.net",
          "servers.mcsv.net",
          "_spf.salesforce.com",
          "mailgun.org"
        }) {
      assertTrue(known.names().contains(name), name);
    }
    for (String name : known.names()) {
      SpfRecord r = SpfParser.parse(known.record(name));
      assertTrue(r.valid(), name + ": " + r.errors());
    }
  }

  @Test
  void namesAreCaseInsensitiveWithOptionalTrailingDot() {
    SpfKnownIncludes known = SpfKnownIncludes.builtIn();
    assertEquals(known.record("mailgun.org"), known.record("MailGun.ORG."));
    assertNull(known.record("unknown.example"));
    assertTrue(SpfKnownIncludes.empty().names().isEmpty());
  }

  @Test
  void aUserFileAddsAndReplacesEntries(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("spf-known.tsv");
    Files.writeString(
        file,
        """
        # my providers

        spf.example.net\tv=spf1 ip4:192.0.2.0/24 -all
        MAILGUN.ORG.\tv=spf1 ip4:198.51.100.0/24 -all
        """);
    SpfKnownIncludes merged = SpfKnownIncludes.builtIn().withFile(file);
    assertEquals("v=spf1 ip4:192.0.2.0/24 -all", merged.record("spf.example.net"));
    assertEquals("v=spf1 ip4:198.51.100.0/24 -all", merged.record("mailgun.org"));
    assertEquals(
        SpfKnownIncludes.builtIn().record("amazonses.com"), merged.record("amazonses.com"));
    assertTrue(SpfKnownIncludes.builtIn().record("mailgun.org").contains("include:"));
    assertTrue(merged.isShipped("amazonses.com"), "still zonelint's copy");
    assertFalse(merged.isShipped("mailgun.org"), "the user's record replaced it");
    assertFalse(merged.isShipped("spf.example.net"));
  }

  @Test
  void malformedLinesNameTheFileAndLine(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.tsv");
    Files.writeString(file, "ok.example\tv=spf1 -all\nno-tab-here v=spf1 -all\n");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> SpfKnownIncludes.empty().withFile(file));
    assertTrue(e.getMessage().contains("bad.tsv:2"), e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> SpfKnownIncludes.empty().withText("x.example\tnot spf\n", "inline"));
  }
}

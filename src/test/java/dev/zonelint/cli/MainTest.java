package dev.zonelint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line end to end, through {@link Main#run} (no System.exit). */
class MainTest {
  @TempDir Path dir;

  /** Output of one run. */
  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err), false);
    return new Run(code, out.toString(), err.toString());
  }

  private Path zone(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  private static final String CLEAN =
      """
      $TTL 300
      @ SOA ns1 hm 1 7200 3600 1209600 300
      @ NS ns1
      ns1 A 192.0.2.1
      """;

  @Test
  void cleanZoneExitsZero() throws IOException {
    Run r = run("check", "--origin", "example.com", zone("a.zone", CLEAN).toString());
    assertEquals(0, r.exit(), r.out() + r.err());
    assertTrue(r.out().contains("no problems (1 file, 3 records)"), r.out());
  }

  @Test
  void findingsExitOneWithCompilerStyleText() throws IOException {
    Path p = zone("a.zone", CLEAN + "www CNAME x.example.net.\nwww TXT \"v=spf1 -all\"\n");
    Run r = run("check", "--origin", "example.com.", p.toString());
    assertEquals(1, r.exit());
    assertTrue(r.out().contains(p + ":6:1: error[cname-and-other-data]: "), r.out());
    assertTrue(r.out().contains(p + ":5:1: note: the CNAME is here"), r.out());
    assertTrue(r.out().contains(" 6 | www TXT \"v=spf1 -all\""), r.out());
    assertTrue(r.out().contains("= see `zonelint explain cname-and-other-data`"), r.out());
    assertFalse(r.out().contains("\u001b["), "no colour when not a terminal");
  }

  @Test
  void jsonHasTheDocumentedFields() throws IOException {
    Path p = zone("a.zone", CLEAN + "www CNAME x.example.net.\nwww A 192.0.2.9\n");
    Run r = run("check", "--origin", "example.com.", "--format", "json", p.toString());
    assertEquals(1, r.exit());
    List<String> fields = new ArrayList<>();
    try (JsonParser json = new JsonFactory().createParser(r.out())) {
      int depth = 0;
      boolean inDiagnostics = false;
      for (JsonToken t = json.nextToken(); t != null; t = json.nextToken()) {
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
          depth++;
        } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          depth--;
        } else if (t == JsonToken.FIELD_NAME) {
          if (depth == 1) {
            inDiagnostics = json.currentName().equals("diagnostics");
          } else if (depth == 3 && inDiagnostics) {
            fields.add(json.currentName());
          }
        }
      }
    }
    assertEquals(
        List.of(
            "rule",
            "severity",
            "path",
            "line",
            "column",
            "owner",
            "type",
            "message",
            "help",
            "related",
            "fix"),
        fields);
    assertTrue(r.out().contains("\"severity\" : \"error\""));
  }

  @Test
  void failOnWarningAndDisable() throws IOException {
    Path p = zone("a.zone", CLEAN + "www CNAME x.example.net.\nwww A 192.0.2.9\n");
    assertEquals(
        0,
        run("check", "--origin", "example.com.", "--disable", "cname-and-other-data", p.toString())
            .exit());
    assertEquals(
        0,
        run(
                "check",
                "--origin",
                "example.com.",
                "--severity",
                "cname-and-other-data=warning",
                p.toString())
            .exit());
    assertEquals(
        1,
        run(
                "check",
                "--origin",
                "example.com.",
                "--severity",
                "cname-and-other-data=warning",
                "--fail-on",
                "warning",
                p.toString())
            .exit());
  }

  @Test
  void syntaxErrorsAreFindingsNotCrashes() throws IOException {
    Path p = zone("bad.zone", "\u0000\u00ff garbage (\n\"open\n");
    Run r = run("check", "--origin", "example.com.", p.toString());
    assertEquals(1, r.exit());
    assertFalse(r.err().contains("Exception"), r.err());
    assertTrue(r.out().contains("error[syntax]"), r.out());
  }

  @Test
  void providerDecidesWhatAnApexCnameAndAnAliasMean() throws IOException {
    Path p = zone("a.zone", CLEAN + "@ CNAME lb.example.net.\n");
    Run bind = run("check", "--origin", "example.com.", p.toString());
    assertEquals(1, bind.exit());
    assertTrue(bind.out().contains("error[cname-at-apex]"), bind.out());
    Run cloudflare =
        run("check", "--origin", "example.com.", "--provider", "cloudflare", p.toString());
    assertEquals(0, cloudflare.exit(), cloudflare.out());
    Path alias = zone("b.zone", CLEAN + "@ ALIAS lb.example.net.\n");
    Run plain = run("check", "--origin", "example.com.", alias.toString());
    assertTrue(plain.out().contains("error[alias-not-supported]"), plain.out());
    assertEquals(
        0,
        run("check", "--origin", "example.com.", "--provider", "PowerDNS", alias.toString())
            .exit());
  }

  @Test
  void usageAndIoErrorsExitTwo() {
    assertEquals(2, run("check", dir.resolve("missing.zone").toString()).exit());
    assertEquals(2, run("check", "--disable", "no-such-rule", dir.toString()).exit());
    assertEquals(2, run("check", "--fail-on", "loud", dir.toString()).exit());
    assertEquals(2, run("check", "--provider", "no-such-dns", dir.toString()).exit());
    assertEquals(2, run("check").exit());
    assertEquals(2, run("explain", "no-such-rule").exit());
  }

  @Test
  void foldersAreSearchedForZoneFilesInOrder() throws IOException {
    zone("db.example.com", CLEAN.replace("@ SOA", "example.com. SOA"));
    zone("b.example.com.zone", CLEAN.replace("$TTL", "$ORIGIN b.example.com.\n$TTL"));
    zone("notes.txt", "not a zone");
    Run r = run("check", "--format", "json", dir.toString());
    assertEquals(0, r.exit(), r.out());
    int first = r.out().indexOf("b.example.com.zone");
    int second = r.out().indexOf("db.example.com");
    assertTrue(first > 0 && second > first, r.out());
    assertFalse(r.out().contains("notes.txt"));
  }

  @Test
  void rulesAndExplain() {
    Run rules = run("rules");
    assertEquals(0, rules.exit());
    assertTrue(rules.out().matches("(?s).*cname-and-other-data +error .*"), rules.out());
    Run explain = run("explain", "syntax");
    assertEquals(0, explain.exit());
    assertTrue(explain.out().startsWith("# syntax"), explain.out());
  }

  @Test
  void spfKnownFileMakesOutOfZoneIncludesCountExactly() throws IOException {
    Path p = zone("a.zone", CLEAN + "@ TXT \"v=spf1 include:big.example.net -all\"\n");
    assertEquals(0, run("check", "--origin", "example.com.", p.toString()).exit());
    StringBuilder record = new StringBuilder("v=spf1");
    for (int i = 0; i < 10; i++) {
      record.append(" a:h").append(i).append(".example.net");
    }
    Path known = dir.resolve("known.tsv");
    Files.writeString(known, "# test\nbig.example.net\t" + record + " -all\n");
    Run r = run("check", "--origin", "example.com.", "--spf-known", known.toString(), p.toString());
    assertEquals(1, r.exit(), r.out());
    assertTrue(r.out().contains("error[spf-too-many-lookups]"), r.out());
    assertEquals(
        2, run("check", "--spf-known", dir.resolve("nope.tsv").toString(), p.toString()).exit());
  }
}

package dev.zonelint.mail.dmarc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Properties of the DMARC grammar over generated records. */
class DmarcPropertiesTest {
  private static final String[] POLICIES = {"none", "quarantine", "reject"};

  /** A random record that RFC 7489 §6.4 (plus DMARCbis tags) accepts. */
  static String validRecord(Random r) {
    List<String> tags = new ArrayList<>();
    tags.add(tag(r, "p", caseOf(r, POLICIES[r.nextInt(3)])));
    if (r.nextBoolean()) {
      tags.add(tag(r, "sp", POLICIES[r.nextInt(3)]));
    }
    if (r.nextBoolean()) {
      tags.add(tag(r, "np", POLICIES[r.nextInt(3)]));
    }
    if (r.nextBoolean()) {
      tags.add(tag(r, "pct", String.valueOf(r.nextInt(101))));
    }
    if (r.nextBoolean()) {
      tags.add(tag(r, r.nextBoolean() ? "adkim" : "aspf", r.nextBoolean() ? "r" : "s"));
    }
    if (r.nextBoolean()) {
      tags.add(tag(r, r.nextBoolean() ? "rua" : "ruf", uris(r)));
    }
    if (r.nextBoolean()) {
      tags.add(tag(r, "fo", String.join(sep(r, ":"), pick(r, "0", "1", "d", "s"))));
    }
    if (r.nextBoolean()) {
      tags.add(tag(r, "ri", String.valueOf(r.nextInt(Integer.MAX_VALUE))));
    }
    if (r.nextBoolean()) {
      tags.add(tag(r, "psd", new String[] {"y", "n", "u"}[r.nextInt(3)]));
    }
    Collections.shuffle(tags, r);
    StringBuilder out = new StringBuilder(tag(r, "v", "DMARC1"));
    for (String t : tags) {
      out.append(sep(r, ";")).append(t);
    }
    if (r.nextBoolean()) {
      out.append(sep(r, ";"));
    }
    return out.toString();
  }

  private static String tag(Random r, String name, String value) {
    return caseOf(r, name) + sep(r, "=") + value;
  }

  private static String uris(Random r) {
    List<String> out = new ArrayList<>();
    for (int i = 0, n = 1 + r.nextInt(3); i < n; i++) {
      String size = r.nextBoolean() ? "" : "!" + r.nextInt(1000) + (r.nextBoolean() ? "m" : "");
      out.add("mailto:rep" + i + "@r" + r.nextInt(100) + ".example.net" + size);
    }
    return String.join(sep(r, ","), out);
  }

  private static List<String> pick(Random r, String... from) {
    List<String> out = new ArrayList<>();
    for (String s : from) {
      if (r.nextBoolean() || (out.isEmpty() && s.equals(from[from.length - 1]))) {
        out.add(s);
      }
    }
    return out;
  }

  /** A separator with optional white space around it. */
  private static String sep(Random r, String s) {
    return (r.nextInt(4) == 0 ? " " : "") + s + (r.nextBoolean() ? " " : "");
  }

  private static String caseOf(Random r, String s) {
    return r.nextInt(5) == 0 ? s.toUpperCase(Locale.ROOT) : s;
  }

  @Test
  void generatedValidRecordsParseClean() {
    qt().withExamples(500)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              String text = validRecord(new Random(seed));
              DmarcRecord r = DmarcRecord.parse(text);
              assertEquals(List.of(), r.issues(), text);
              assertTrue(DmarcRecord.isDmarc(text), text);
              assertTrue(r.policy() != null, text);
            });
  }

  @Test
  void mutatedRecordsNeverThrowAndPointInside() {
    qt().withExamples(3000)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Random r = new Random(seed);
              String text = mutate(r, validRecord(r));
              DmarcRecord parsed = DmarcRecord.parse(text);
              DmarcRecord.isDmarc(text);
              DmarcRecord.mentionsDmarc(text);
              parsed.policy();
              parsed.subdomainPolicy();
              parsed.percent();
              for (DmarcIssue i : parsed.issues()) {
                assertTrue(i.column() >= 1 && i.column() <= text.length() + 1, text + " " + i);
                assertFalse(i.message().isBlank() || i.message().endsWith("."), i.message());
              }
            });
  }

  private static final String NOISE = ";=, :!\t\"\\v\u00e9\u0000pP1-@";

  /** A few random insertions, deletions and replacements, biased to grammar characters. */
  static String mutate(Random r, String text) {
    StringBuilder s = new StringBuilder(text);
    for (int i = 0, n = 1 + r.nextInt(4); i < n; i++) {
      int at = s.length() == 0 ? 0 : r.nextInt(s.length());
      char c = r.nextBoolean() ? NOISE.charAt(r.nextInt(NOISE.length())) : (char) r.nextInt(256);
      switch (r.nextInt(3)) {
        case 0:
          s.insert(at, c);
          break;
        case 1:
          if (s.length() > 0) {
            s.deleteCharAt(at);
          }
          break;
        default:
          if (s.length() > 0) {
            s.setCharAt(at, c);
          }
      }
    }
    return s.toString();
  }
}

package dev.zonelint.mail.dkim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Properties of the DKIM key grammar over generated records with real keys. */
class DkimPropertiesTest {
  private static final String RSA1024 = TestKeys.rsaSpki(1024);
  private static final String RSA2048 = TestKeys.rsaSpki(2048);
  private static final String PKCS1 = TestKeys.rsaPkcs1(1024);
  private static final String ED25519 = TestKeys.ed25519Raw();

  /** A random key record RFC 6376 §3.6.1 accepts, and the key size it holds. */
  static String validRecord(Random r, int[] bits) {
    int kind = r.nextInt(4);
    String key = kind == 0 ? RSA1024 : kind == 1 ? RSA2048 : kind == 2 ? PKCS1 : ED25519;
    bits[0] = kind == 1 ? 2048 : kind == 3 ? 256 : 1024;
    List<String> tags = new ArrayList<>();
    tags.add("p" + fws(r) + "=" + fws(r) + spaced(r, key));
    if (kind == 3 || r.nextBoolean()) {
      tags.add("k=" + (kind == 3 ? "ed25519" : "rsa"));
    }
    if (r.nextBoolean()) {
      tags.add("h=" + (r.nextBoolean() ? "sha256" : "sha1" + fws(r) + ":" + fws(r) + "sha256"));
    }
    if (r.nextBoolean()) {
      tags.add("s=" + (r.nextBoolean() ? "*" : "email"));
    }
    if (r.nextBoolean()) {
      tags.add("t=" + (r.nextBoolean() ? "y" : "s:y"));
    }
    if (r.nextBoolean()) {
      tags.add("n=" + "key of " + r.nextInt(100));
    }
    Collections.shuffle(tags, r);
    if (r.nextBoolean()) {
      tags.add(0, "v=DKIM1");
    }
    String text = fws(r) + String.join(fws(r) + ";" + fws(r), tags);
    return r.nextBoolean() ? text + ";" : text;
  }

  /** The key with white space inserted at random places, as long keys are often written. */
  private static String spaced(Random r, String key) {
    StringBuilder out = new StringBuilder(key);
    for (int i = r.nextInt(4); i > 0; i--) {
      out.insert(r.nextInt(out.length()), r.nextBoolean() ? " " : "\t");
    }
    return out.toString();
  }

  private static String fws(Random r) {
    return r.nextInt(3) == 0 ? " " : "";
  }

  @Test
  void generatedValidRecordsParseCleanWithTheirSize() {
    qt().withExamples(400)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              int[] bits = new int[1];
              String text = validRecord(new Random(seed), bits);
              DkimKeyRecord r = DkimKeyRecord.parse(text);
              assertEquals(List.of(), r.issues(), text);
              assertEquals(bits[0], r.keyBits(), text);
              assertTrue(DkimKeyRecord.looksLikeKey(text), text);
            });
  }

  @Test
  void mutatedRecordsNeverThrowAndPointInside() {
    qt().withExamples(2000)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Random r = new Random(seed);
              String text = mutate(r, validRecord(r, new int[1]));
              DkimKeyRecord parsed = DkimKeyRecord.parse(text);
              DkimKeyRecord.looksLikeKey(text);
              parsed.isRevoked();
              assertTrue(parsed.keyBits() >= 0);
              for (DkimIssue i : parsed.issues()) {
                assertTrue(i.column() >= 1 && i.column() <= text.length() + 1, text + " " + i);
                assertFalse(i.message().isBlank() || i.message().endsWith("."), i.message());
              }
            });
  }

  private static final String NOISE = ";=: \t\r\nAa/+=-_\u00ff\u0000pkvh";

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

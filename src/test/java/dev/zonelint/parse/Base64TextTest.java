package dev.zonelint.parse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Arrays;
import java.util.Base64;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The RRSIG signature decoder reads exactly what the JDK's base64 decoder reads. */
class Base64TextTest {
  // The alphabet, padding, and characters just outside it (including one above ASCII).
  private static final String CHARS =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/==-_.*\u00e9";

  @Test
  void decodesEveryEncodingOfRandomBytes() {
    qt().withExamples(2000)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Random random = new Random(seed);
              byte[] bytes = new byte[1 + random.nextInt(300)];
              random.nextBytes(bytes);
              String text = Base64.getEncoder().encodeToString(bytes);
              assertArrayEquals(bytes, decoded(text), text);
            });
  }

  @Test
  void agreesWithTheJdkOnAnyText() {
    qt().withExamples(20000)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Random random = new Random(seed);
              StringBuilder text = new StringBuilder();
              for (int n = 4 * random.nextInt(5) + (random.nextInt(8) == 0 ? 1 : 0); n > 0; n--) {
                // Mostly the alphabet, so that valid texts and late mistakes both come up.
                text.append(
                    random.nextInt(6) == 0
                        ? CHARS.charAt(64 + random.nextInt(CHARS.length() - 64))
                        : CHARS.charAt(random.nextInt(64)));
              }
              String s = text.toString();
              byte[] jdk;
              try {
                jdk = s.isEmpty() ? null : Base64.getDecoder().decode(s);
              } catch (IllegalArgumentException e) {
                jdk = null;
              }
              assertArrayEquals(jdk, decoded(s), s);
            });
  }

  @Test
  void paddingOnlyEndsTheText() {
    assertArrayEquals(new byte[] {(byte) 0xFB}, decoded("+w=="));
    assertArrayEquals(new byte[] {(byte) 0xFB, (byte) 0xEF}, decoded("++8="));
    assertEquals(-1, Base64Text.decodedLength("++8"));
    assertEquals(-1, Base64Text.decodedLength(""));
    byte[] out = new byte[8];
    assertFalse(Base64Text.decode("+w==++++", out, 0));
    assertFalse(Base64Text.decode("+===", out, 0));
    assertFalse(Base64Text.decode("+w=+", out, 0));
    // Written where it is asked to be, nothing around it touched.
    Arrays.fill(out, (byte) 7);
    assertTrue(Base64Text.decode("AAEC", out, 2));
    assertArrayEquals(new byte[] {7, 7, 0, 1, 2, 7, 7, 7}, out);
  }

  /** What the decoder makes of the text, or null where it refuses it. */
  private static byte[] decoded(String text) {
    int length = Base64Text.decodedLength(text);
    if (length < 0) {
      return null;
    }
    byte[] out = new byte[length];
    return Base64Text.decode(text, out, 0) ? out : null;
  }
}

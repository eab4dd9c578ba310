package dev.zonelint.mail.spf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Properties of the SPF parser over generated records. */
class SpfPropertiesTest {
  private static final String LETTERS = "slodiphv";
  private static final String DELIMITERS = ".-+,/_=";

  /** Records built from the grammar parse without errors, term for term. */
  @Test
  void generatedRecordsParse() {
    qt().withExamples(1000)
        .forAll(longs().all())
        .checkAssert(SpfPropertiesTest::generatedRecordParses);
  }

  /** The seed on which the generator once spelled an unknown modifier "exp", with no domain. */
  @Test
  void generatedRecordOfAnOnceFailingSeedParses() {
    generatedRecordParses(-3012964467507779879L);
  }

  private static void generatedRecordParses(long seed) {
    List<String> terms = terms(new Random(seed));
    String text = "v=spf1" + (terms.isEmpty() ? "" : " " + String.join(" ", terms));
    SpfRecord r = SpfParser.parse(text);
    assertEquals(List.of(), r.errors(), text);
    assertEquals(terms.size(), r.terms().size(), text);
    for (int i = 0; i < terms.size(); i++) {
      assertEquals(terms.get(i), r.terms().get(i).text(), text);
    }
  }

  /** Flipped bytes, truncations and insertions give errors at most, never an exception. */
  @Test
  void mutatedRecordsNeverThrow() {
    qt().withExamples(3000)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Random random = new Random(seed);
              String valid = "v=spf1 " + String.join(" ", terms(random));
              String text = mutate(valid, random);
              SpfRecord r = SpfParser.parse(text);
              for (SpfError e : r.errors()) {
                assertTrue(e.column() >= 0 && e.column() <= text.length(), e.toString());
                assertTrue(text.startsWith(e.term(), e.column()), e.toString());
              }
              for (Term t : r.terms()) {
                assertTrue(text.startsWith(t.text(), t.column()), t.toString());
              }
            });
  }

  static String mutate(String valid, Random random) {
    byte[] bytes = valid.getBytes(StandardCharsets.ISO_8859_1);
    int edits = 1 + random.nextInt(4);
    for (int k = 0; k < edits && bytes.length > 0; k++) {
      int at = random.nextInt(bytes.length);
      switch (random.nextInt(4)) {
        case 0:
          bytes[at] = (byte) random.nextInt(256);
          break;
        case 1:
          bytes = java.util.Arrays.copyOf(bytes, at);
          break;
        case 2:
          bytes[at] = (byte) "%{}:/=.-+~?0123456789 \t".charAt(random.nextInt(23));
          break;
        default:
          bytes[at] ^= (byte) (1 << random.nextInt(8));
          break;
      }
    }
    return new String(bytes, StandardCharsets.ISO_8859_1);
  }

  static List<String> terms(Random r) {
    List<String> out = new ArrayList<>();
    int n = r.nextInt(12);
    boolean redirect = false;
    boolean exp = false;
    for (int i = 0; i < n; i++) {
      String q = r.nextInt(3) == 0 ? "" + "+-~?".charAt(r.nextInt(4)) : "";
      switch (r.nextInt(12)) {
        case 0:
          out.add(q + "all");
          break;
        case 1:
          out.add(q + "include:" + domain(r));
          break;
        case 2:
          out.add(q + (r.nextBoolean() ? "a" : "mx") + optionalDomain(r) + dualCidr(r));
          break;
        case 3:
          out.add(q + "ptr" + optionalDomain(r));
          break;
        case 4:
          out.add(q + "ip4:" + ip4(r) + (r.nextBoolean() ? "/" + r.nextInt(33) : ""));
          break;
        case 5:
          out.add(q + "ip6:" + ip6(r) + (r.nextBoolean() ? "/" + r.nextInt(129) : ""));
          break;
        case 6:
          out.add(q + "exists:" + domain(r));
          break;
        case 7:
          if (!redirect) {
            out.add("redirect=" + domain(r));
            redirect = true;
          }
          break;
        case 8:
          if (!exp) {
            out.add("exp=" + domain(r));
            exp = true;
          }
          break;
        case 9:
          // An unknown modifier: not exp or redirect, which have a grammar of their own (RFC
          // 7208 §6) and which label() can spell.
          String name = label(r, "abcxyz");
          boolean reserved = name.equals("exp") || name.equals("redirect");
          out.add((reserved ? "x" + name : name) + "=" + macros(r, 3));
          break;
        default:
          out.add(q + "ip4:" + ip4(r));
          break;
      }
    }
    return out;
  }

  private static String optionalDomain(Random r) {
    return r.nextBoolean() ? ":" + domain(r) : "";
  }

  private static String dualCidr(Random r) {
    switch (r.nextInt(4)) {
      case 0:
        return "/" + r.nextInt(33);
      case 1:
        return "//" + r.nextInt(129);
      case 2:
        return "/" + r.nextInt(33) + "//" + r.nextInt(129);
      default:
        return "";
    }
  }

  /** A domain-spec: macros and labels, ending in a top label or a macro. */
  static String domain(Random r) {
    StringBuilder out = new StringBuilder();
    int labels = 1 + r.nextInt(3);
    for (int i = 0; i < labels; i++) {
      out.append(r.nextInt(4) == 0 ? macro(r) : label(r, "abcdefghijklmnopqrstuvwxyz0123-_"));
      out.append('.');
    }
    if (r.nextInt(5) == 0) {
      out.append(macro(r));
    } else {
      out.append(label(r, "abcdefghijklmnopqrstuvwxyz")).append(r.nextBoolean() ? "." : "");
    }
    return out.toString();
  }

  private static String macros(Random r, int n) {
    StringBuilder out = new StringBuilder();
    for (int i = r.nextInt(n + 1); i > 0; i--) {
      out.append(r.nextBoolean() ? macro(r) : label(r, "abc.-_/"));
    }
    return out.toString();
  }

  private static String macro(Random r) {
    switch (r.nextInt(5)) {
      case 0:
        return "%%";
      case 1:
        return "%_";
      case 2:
        return "%-";
      default:
        char letter = LETTERS.charAt(r.nextInt(LETTERS.length()));
        StringBuilder out = new StringBuilder("%{");
        out.append(r.nextBoolean() ? letter : Character.toUpperCase(letter));
        if (r.nextBoolean()) {
          out.append(1 + r.nextInt(20));
        }
        if (r.nextBoolean()) {
          out.append('r');
        }
        for (int i = r.nextInt(3); i > 0; i--) {
          out.append(DELIMITERS.charAt(r.nextInt(DELIMITERS.length())));
        }
        return out.append('}').toString();
    }
  }

  /** A label that starts and ends with a letter or digit. */
  private static String label(Random r, String alphabet) {
    StringBuilder out = new StringBuilder();
    out.append((char) ('a' + r.nextInt(26)));
    for (int i = r.nextInt(8); i > 0; i--) {
      out.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return out.append((char) ('a' + r.nextInt(26))).toString();
  }

  private static String ip4(Random r) {
    return r.nextInt(256) + "." + r.nextInt(256) + "." + r.nextInt(256) + "." + r.nextInt(256);
  }

  private static String ip6(Random r) {
    int[] g = new int[8];
    for (int i = 0; i < 8; i++) {
      g[i] = r.nextInt(4) == 0 ? 0 : r.nextInt(65536);
    }
    switch (r.nextInt(3)) {
      case 0:
        return String.format(
            "%x:%x:%x:%x:%x:%x:%x:%x", g[0], g[1], g[2], g[3], g[4], g[5], g[6], g[7]);
      case 1:
        return String.format("%x:%x::%x:%x", g[0], g[1], g[6], g[7]);
      default:
        return String.format("::ffff:%s", ip4(r));
    }
  }
}

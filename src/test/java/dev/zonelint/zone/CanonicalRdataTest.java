package dev.zonelint.zone;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.Type;

/**
 * The canonical RDATA made on the wire bytes is exactly dnsjava's canonical form for the types it
 * covers, whatever the letter case of their names.
 */
class CanonicalRdataTest {
  private static final Name OWNER = Name.fromConstantString("Host.Example.com.");
  private static final String[] TEMPLATES = {
    "NS %s",
    "CNAME %s",
    "PTR %s",
    "DNAME %s",
    "MB %s",
    "MX 10 %s",
    "AFSDB 1 %s",
    "RT 5 %s",
    "KX 7 %s",
    "SRV 0 5 443 %s",
    "RRSIG A 13 3 300 20300101000000 20260101000000 12345 %s"
        + " KvJAbRCDrztGmbNGNXYUJq3Z0b0PRdnxGtYKjTIvK3bwrBNkhAmgmtvLmakG3AVMgKa3DwQsRlV3ayNAlQPqrw==",
    "SOA %s hostmaster.Example.COM. 1 2 3 4 5",
    "SOA Ns1.Example.COM. %s 2024061501 7200 3600 1209600 3600",
    "MINFO %1$s Errors.%1$s",
    "RP %1$s Txt.%1$s",
  };
  private static final String[] LABELS = {"a", "B", "xN--Z", "Mail", "_TCP", "\\065b", "é"};

  @Test
  void wireCanonicalFormIsDnsjavas() {
    qt().withExamples(500)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Random rnd = new Random(seed);
              StringBuilder name = new StringBuilder();
              for (int i = rnd.nextInt(4); i > 0; i--) {
                name.append(LABELS[rnd.nextInt(LABELS.length)]).append('.');
              }
              name.append("Example.COM.");
              String text = String.format(TEMPLATES[rnd.nextInt(TEMPLATES.length)], name);
              Record dns = dns(text);
              assertArrayEquals(
                  dns.rdataToWireCanonical(), CanonicalRdata.of(record(dns)), dns::toString);
            });
  }

  /**
   * Records whose canonical RDATA are equal have RDATA equal but for letter case: the test the
   * duplicate rule makes before building any canonical form. Names differ in case or not at all, or
   * are other names; most pairs with equal canonical forms differ as written.
   */
  @Test
  void equalCanonicalFormsAreEqualIgnoringCase() {
    int[] equalButWrittenApart = {0};
    qt().withExamples(500)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Random rnd = new Random(seed);
              String template = TEMPLATES[rnd.nextInt(TEMPLATES.length)];
              String name = LABELS[rnd.nextInt(LABELS.length)] + ".Example.COM.";
              String other =
                  rnd.nextBoolean()
                      ? flipCase(name, rnd)
                      : LABELS[rnd.nextInt(LABELS.length)] + ".example.com.";
              ZoneRecord a = record(dns(String.format(template, name)));
              ZoneRecord b = record(dns(String.format(template, other)));
              boolean canonicalEqual = Arrays.equals(CanonicalRdata.of(a), CanonicalRdata.of(b));
              if (canonicalEqual) {
                assertTrue(a.sameRdataIgnoringCase(b), () -> name + " / " + other);
                equalButWrittenApart[0] += a.sameRdata(b) ? 0 : 1;
              }
            });
    assertTrue(
        equalButWrittenApart[0] > 50, "pairs equal but for case: " + equalButWrittenApart[0]);
  }

  /**
   * Only ASCII letters fold: '@' and '`' (0x40, 0x60) stay apart, as '[' and '{' do; the same
   * folding matches lower-case bytes at a place in the RDATA, within its length.
   */
  @Test
  void onlyLettersFold() {
    assertTrue(record(dns("TXT \"aBc\"")).sameRdataIgnoringCase(record(dns("TXT \"AbC\""))));
    assertFalse(record(dns("TXT \"a@\"")).sameRdataIgnoringCase(record(dns("TXT \"a`\""))));
    assertFalse(record(dns("TXT \"a[\"")).sameRdataIgnoringCase(record(dns("TXT \"a{\""))));
    assertFalse(record(dns("TXT \"ab\"")).sameRdataIgnoringCase(record(dns("TXT \"abc\""))));
    ZoneRecord text = record(dns("TXT \"aB@\""));
    assertTrue(text.rdataHoldsIgnoringCase(1, "ab@".getBytes(StandardCharsets.US_ASCII)));
    assertTrue(text.rdataHoldsIgnoringCase(2, "b@".getBytes(StandardCharsets.US_ASCII)));
    assertFalse(text.rdataHoldsIgnoringCase(1, "ab`".getBytes(StandardCharsets.US_ASCII)));
    assertFalse(text.rdataHoldsIgnoringCase(2, "b@c".getBytes(StandardCharsets.US_ASCII)));
  }

  private static String flipCase(String text, Random rnd) {
    StringBuilder out = new StringBuilder(text);
    for (int i = 0; i < out.length(); i++) {
      char c = out.charAt(i);
      if (c < 128 && Character.isLetter(c) && rnd.nextBoolean()) {
        out.setCharAt(
            i, Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c));
      }
    }
    return out.toString();
  }

  /** A record in presentation form ({@code TYPE rdata}) at {@link #OWNER}, read by dnsjava. */
  private static Record dns(String text) {
    try {
      int type = Type.value(text.substring(0, text.indexOf(' ')));
      return Record.fromString(
          OWNER, type, DClass.IN, 300, text.substring(text.indexOf(' ') + 1), null);
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  private static ZoneRecord record(Record dns) {
    Zone.Builder builder = new Zone.Builder();
    builder.addFile("t.zone");
    return builder.add(
        OWNER,
        RecordKind.DNS,
        dns.getType(),
        DClass.IN,
        300,
        rdata(dns),
        new SourceSpan(0, 1, 1, 0, 1),
        0,
        null);
  }

  /** The RDATA as written, names in their original case (uncompressed, after the header). */
  private static byte[] rdata(Record dns) {
    byte[] wire = dns.toWire(Section.ANSWER);
    return Arrays.copyOfRange(wire, dns.getName().length() + 10, wire.length);
  }
}

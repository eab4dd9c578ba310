package dev.zonelint.zone;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

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
              String template = TEMPLATES[rnd.nextInt(TEMPLATES.length)];
              Record dns;
              try {
                String text = String.format(template, name);
                int type = Type.value(text.substring(0, text.indexOf(' ')));
                dns =
                    Record.fromString(
                        OWNER, type, DClass.IN, 300, text.substring(text.indexOf(' ') + 1), null);
              } catch (java.io.IOException e) {
                throw new AssertionError(e);
              }
              Zone.Builder builder = new Zone.Builder();
              builder.addFile("t.zone");
              ZoneRecord record =
                  builder.add(
                      OWNER,
                      RecordKind.DNS,
                      dns.getType(),
                      DClass.IN,
                      300,
                      rdata(dns),
                      new SourceSpan(0, 1, 1, 0, 1),
                      0,
                      null);
              assertArrayEquals(
                  dns.rdataToWireCanonical(), CanonicalRdata.of(record), dns::toString);
            });
  }

  /** The RDATA as written, names in their original case (uncompressed, after the header). */
  private static byte[] rdata(Record dns) {
    byte[] wire = dns.toWire(Section.ANSWER);
    return Arrays.copyOfRange(wire, dns.getName().length() + 10, wire.length);
  }
}

package dev.zonelint.parse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.xbill.DNS.Address;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/** The fast RDATA path accepts only what dnsjava accepts, and encodes it to the same bytes. */
class FastRdataTest {
  private static final Name ORIGIN = Name.fromConstantString("example.com.");
  private static final int[] TYPES = {
    Type.A, Type.AAAA, Type.NS, Type.CNAME, Type.DNAME, Type.PTR, Type.MX, Type.SRV, Type.TXT
  };
  private static final String[] PIECES = {
    "192.0.2.1",
    "10.0.0.255",
    "256.1.1.1",
    "01.2.3.4",
    "1.2.3",
    "1.2.3.4.5",
    "2001:db8::1",
    "::ffff:192.0.2.1",
    "2001:db8:::1",
    "host",
    "host.example.net.",
    "a\\.b",
    "\\065bc",
    "@",
    "-",
    "0",
    "10",
    "65535",
    "65536",
    "-1",
    "x\\",
    "\\999",
    "\\#",
    "é",
    "\\\"",
    "*",
    "..",
    "a..b",
    "\\é"
  };

  /** Only inside quotes can a token hold these (the lexer splits words on them). */
  private static final String[] QUOTED_ONLY = {"a b", ";", "(x)"};

  @Test
  void agreesWithDnsjava() {
    qt().withExamples(5000)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Random rnd = new Random(seed);
              int type = TYPES[rnd.nextInt(TYPES.length)];
              List<Token> tokens = new ArrayList<>();
              int n = 1 + rnd.nextInt(4);
              for (int i = 0; i < n; i++) {
                boolean quoted = type == Type.TXT && rnd.nextBoolean();
                String piece =
                    quoted && rnd.nextInt(4) == 0
                        ? QUOTED_ONLY[rnd.nextInt(QUOTED_ONLY.length)]
                        : PIECES[rnd.nextInt(PIECES.length)];
                tokens.add(new Token(piece, quoted, 1, 1, 0));
              }
              byte[] fast = FastRdata.encode(type, tokens, ORIGIN);
              byte[] slow = viaDnsjava(type, tokens);
              if (fast != null) {
                assertArrayEquals(slow, fast, () -> Type.string(type) + " " + tokens);
              }
            });
  }

  private static final String[] LABEL_PIECES = {
    "a", "B", "0", "-", "_", "*", "@", "$", "x\\.y", "\\065", "é", "z".repeat(63), "z".repeat(64)
  };

  /**
   * Plainly written names take the fast path and encode as dnsjava does, in any case and length;
   * whatever dnsjava refuses (empty or long labels, names over 255 octets) the fast path leaves.
   */
  @Test
  void plainNamesAgreeWithDnsjava() {
    Name longOrigin = Name.fromConstantString("o".repeat(60) + "." + "p".repeat(60) + ".example.");
    qt().withExamples(20000)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Random rnd = new Random(seed);
              StringBuilder text = new StringBuilder();
              for (int labels = rnd.nextInt(6); labels >= 0; labels--) {
                for (int pieces = rnd.nextInt(3); pieces >= 0; pieces--) {
                  text.append(LABEL_PIECES[rnd.nextInt(LABEL_PIECES.length)]);
                }
                if (labels > 0 || rnd.nextBoolean()) {
                  text.append(rnd.nextInt(20) == 0 ? ".." : ".");
                }
              }
              Name origin = rnd.nextBoolean() ? ORIGIN : longOrigin;
              byte[] fast = FastRdata.plainName(text.toString(), origin);
              byte[] slow;
              try {
                slow = RecordReader.name(text.toString(), origin).toWire();
              } catch (TextParseException e) {
                assertNull(fast, text::toString);
                return;
              }
              if (fast != null) {
                assertArrayEquals(slow, fast, text::toString);
              }
            });
    for (String plain : List.of("www", "Mail.Example.NET.", "_dmarc.b0", "*.w", ".", "x-1.y_2")) {
      assertArrayEquals(
          Name.fromConstantString(plain.endsWith(".") ? plain : plain + ".example.com.").toWire(),
          FastRdata.plainName(plain, ORIGIN),
          plain);
    }
  }

  /** Pieces of SOA and CAA fields, valid and not, in every position. */
  private static final String[] SOA_CAA_PIECES = {
    "ns1",
    "hostmaster.example.net.",
    "@",
    "a..b",
    "0",
    "255",
    "256",
    "2024061501",
    "4294967295",
    "4294967296",
    "99999999999",
    "1h",
    "-1",
    "issue",
    "iodef",
    "is-sue",
    "abcdefghijklmnop",
    "letsencrypt.org",
    "mailto:security@example.com",
    "a\\065",
    "é",
    ";",
    "a b",
    ""
  };

  @Test
  void soaAndCaaAgreeWithDnsjava() {
    qt().withExamples(5000)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Random rnd = new Random(seed);
              int type = rnd.nextBoolean() ? Type.SOA : Type.CAA;
              int n = type == Type.SOA ? 6 + rnd.nextInt(3) : 2 + rnd.nextInt(3);
              List<Token> tokens = new ArrayList<>();
              for (int i = 0; i < n; i++) {
                String piece = SOA_CAA_PIECES[rnd.nextInt(SOA_CAA_PIECES.length)];
                boolean quoted =
                    piece.isEmpty()
                        || piece.contains(" ")
                        || piece.equals(";")
                        || rnd.nextInt(5) == 0;
                tokens.add(new Token(piece, quoted, 1, 1, 0));
              }
              byte[] fast = FastRdata.encode(type, tokens, ORIGIN);
              if (fast != null) {
                assertArrayEquals(
                    viaDnsjava(type, tokens), fast, () -> Type.string(type) + " " + tokens);
              }
            });
  }

  /** Numbers and words for the DS fields before the digest. */
  private static final String[] DS_FIELDS = {
    "0", "1", "2", "4", "8", "13", "255", "256", "65535", "65536", "-1", "RSASHA256", "\\065", "é"
  };

  @Test
  void dsAgreesWithDnsjava() {
    qt().withExamples(5000)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Random rnd = new Random(seed);
              int type = rnd.nextBoolean() ? Type.DS : Type.CDS;
              List<Token> tokens = new ArrayList<>();
              for (int i = 0; i < 3; i++) {
                String field =
                    i == 2 && rnd.nextBoolean()
                        ? String.valueOf(1 + rnd.nextInt(4))
                        : DS_FIELDS[rnd.nextInt(DS_FIELDS.length)];
                tokens.add(new Token(field, rnd.nextInt(10) == 0, 1, 1, 0));
              }
              // A digest of a usual length or not, in upper or lower case, split into pieces,
              // sometimes with a character that is no hex digit.
              int[] lengths = {20, 32, 48, 0, 1, 19, 33};
              StringBuilder hex = new StringBuilder();
              for (int i = lengths[rnd.nextInt(lengths.length)] * 2; i > 0; i--) {
                hex.append("0123456789abcdefABCDEF".charAt(rnd.nextInt(22)));
              }
              if (rnd.nextInt(5) == 0 && hex.length() > 0) {
                hex.setCharAt(rnd.nextInt(hex.length()), "g é-".charAt(rnd.nextInt(4)));
              }
              for (int at = 0; at < hex.length(); ) {
                int end =
                    rnd.nextBoolean() ? hex.length() : at + 1 + rnd.nextInt(hex.length() - at);
                tokens.add(new Token(hex.substring(at, end), rnd.nextInt(10) == 0, 1, 1, 0));
                at = end;
              }
              byte[] fast = FastRdata.encode(type, tokens, ORIGIN);
              if (fast != null) {
                assertArrayEquals(
                    viaDnsjava(type, tokens), fast, () -> Type.string(type) + " " + tokens);
              }
            });
  }

  /**
   * IPv6 addresses written every way (full, :: at any run of zeros, leading zeros, either case) and
   * broken every way; what the fast path reads, dnsjava reads the same, and what dnsjava refuses,
   * the fast path leaves to it.
   */
  @Test
  void ipv6AgreesWithDnsjava() {
    qt().withExamples(20000)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Random rnd = new Random(seed);
              int[] groups = new int[8];
              for (int g = 0; g < 8; g++) {
                groups[g] = rnd.nextInt(3) == 0 ? 0 : rnd.nextInt(rnd.nextBoolean() ? 16 : 65536);
              }
              StringBuilder text = new StringBuilder();
              int gapFrom = rnd.nextInt(3) == 0 ? -1 : rnd.nextInt(9);
              int gapTo = gapFrom < 0 ? -1 : gapFrom + rnd.nextInt(9 - gapFrom);
              for (int g = 0; g < 8; g++) {
                if (g == gapFrom) {
                  text.append("::");
                }
                if (g >= gapFrom && g < gapTo) {
                  continue;
                }
                if (text.length() > 0 && text.charAt(text.length() - 1) != ':') {
                  text.append(':');
                }
                String hex = Integer.toHexString(groups[g]);
                if (rnd.nextInt(4) == 0) {
                  hex = "0".repeat(Math.max(0, 4 - hex.length())) + hex;
                }
                text.append(rnd.nextBoolean() ? hex.toUpperCase(java.util.Locale.ROOT) : hex);
              }
              if (gapFrom == 8) {
                text.append("::");
              }
              if (rnd.nextInt(4) == 0) {
                int at = rnd.nextInt(text.length() + 1);
                String[] breaks = {":", "::", "0", "12345", "g", "1.2.3.4", "０", " "};
                text.insert(at, breaks[rnd.nextInt(breaks.length)]);
              }
              String written = text.toString();
              byte[] fast = FastRdata.ipv6(written);
              byte[] slow = Address.toByteArray(written, Address.IPv6);
              if (fast != null) {
                assertArrayEquals(slow, fast, written);
              }
              if (slow == null) {
                assertNull(fast, written);
              }
            });
    assertArrayEquals(
        Address.toByteArray("2001:db8::1", Address.IPv6), FastRdata.ipv6("2001:db8::1"));
    assertArrayEquals(new byte[16], FastRdata.ipv6("::"));
  }

  private static final String[] NSEC_TYPES = {
    "A",
    "a",
    "NS",
    "RRSIG",
    "NSEC",
    "DNSKEY",
    "CAA",
    "TYPE65534",
    "TYPE0",
    "TYPE1234",
    "type65535",
    "ALIAS",
    "FOO",
    "65",
    "AAAA",
    "MX",
    "TXT",
    "SOA",
    "DS"
  };

  /**
   * NSEC's type bitmap in windows: any types in any order, repeated or not, unknown or quoted;
   * whatever the fast path encodes, dnsjava encodes the same.
   */
  @Test
  void nsecAgreesWithDnsjava() {
    qt().withExamples(5000)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Random rnd = new Random(seed);
              List<Token> tokens = new ArrayList<>();
              tokens.add(new Token(PIECES[rnd.nextInt(PIECES.length)], false, 1, 1, 0));
              for (int i = rnd.nextInt(9); i > 0; i--) {
                tokens.add(
                    new Token(
                        NSEC_TYPES[rnd.nextInt(NSEC_TYPES.length)], rnd.nextInt(20) == 0, 1, 1, 0));
              }
              byte[] fast = FastRdata.encode(Type.NSEC, tokens, ORIGIN);
              if (fast != null) {
                assertArrayEquals(viaDnsjava(Type.NSEC, tokens), fast, tokens::toString);
              }
            });
    List<Token> typical = new ArrayList<>();
    for (String t : "b.example.com. A AAAA RRSIG NSEC TYPE65534".split(" ")) {
      typical.add(new Token(t, false, 1, 1, 0));
    }
    assertArrayEquals(viaDnsjava(Type.NSEC, typical), FastRdata.encode(Type.NSEC, typical, ORIGIN));
  }

  /** The fast path is taken for what zones hold (else the property above could pass idly). */
  @Test
  void typicalSoaCaaAndDsTakeTheFastPath() {
    List<Token> soa = new ArrayList<>();
    for (String t : "ns1 hostmaster 2024061501 7200 3600 1209600 3600".split(" ")) {
      soa.add(new Token(t, false, 1, 1, 0));
    }
    byte[] fast = FastRdata.encode(Type.SOA, soa, ORIGIN);
    assertArrayEquals(viaDnsjava(Type.SOA, soa), fast);
    List<Token> caa =
        List.of(
            new Token("0", false, 1, 1, 0),
            new Token("issue", false, 1, 1, 0),
            new Token("letsencrypt.org", true, 1, 1, 0));
    assertArrayEquals(viaDnsjava(Type.CAA, caa), FastRdata.encode(Type.CAA, caa, ORIGIN));
    assertTrue(fast != null && FastRdata.encode(Type.CAA, caa, ORIGIN) != null);
    List<Token> ds = new ArrayList<>();
    for (String t :
        "60485 8 2 D4B7D520E7BB5F0F67674A0CCEB1E3E0 614B93C4F9E99B83 83F6A1E4469DA50A".split(" ")) {
      ds.add(new Token(t, false, 1, 1, 0));
    }
    byte[] fastDs = FastRdata.encode(Type.DS, ds, ORIGIN);
    assertTrue(fastDs != null);
    assertArrayEquals(viaDnsjava(Type.DS, ds), fastDs);
  }

  @Test
  void leavesGenericDataToDnsjava() {
    assertNull(FastRdata.encode(Type.A, List.of(new Token("\\#", false, 1, 1, 0)), ORIGIN));
  }

  private static byte[] viaDnsjava(int type, List<Token> tokens) {
    StringBuilder text = new StringBuilder();
    for (Token t : tokens) {
      text.append(t.source()).append(' ');
    }
    try {
      Record r = RecordReader.dnsjava(ORIGIN, type, 1, 300, text.toString(), ORIGIN);
      return RecordReader.wireRdata(r);
    } catch (Exception e) {
      return null;
    }
  }
}

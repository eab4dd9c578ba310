package dev.zonelint.parse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zonelint.diag.Diagnostic;
import dev.zonelint.zone.ZoneRecord;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Types dnsjava lacks or reads too strictly ({@code dev.zonelint.types}), and LOC's left-out
 * minutes and seconds: each good record's wire bytes and presentation, which reads back to the same
 * bytes; each bad one's syntax error.
 */
class ExtraTypesParseTest {
  private static final String HEAD =
      "$ORIGIN example.com.\n$TTL 3600\n@ SOA ns hostmaster 1 7200 3600 1209600 3600\n";

  private record Good(String record, String wireHex, String text) {}

  private static final List<Good> GOOD =
      List.of(
          new Good(
              "_dsync DSYNC CDS NOTIFY 5359 scanner.example.net.",
              "003b0114ef077363616e6e6572076578616d706c65036e657400",
              "CDS NOTIFY 5359 scanner.example.net."),
          new Good("_dsync TYPE66 csync 1 5360 .", "003e0114f000", "CSYNC NOTIFY 5360 ."),
          new Good("_dsync DSYNC TYPE59 7 53 .", "003b07003500", "CDS 7 53 ."),
          new Good("_dsync DSYNC \\# 6 003b0114ef00", "003b0114ef00", "CDS NOTIFY 5359 ."),
          new Good(
              "r RESINFO qnamemin exterr=15,16",
              "08716e616d656d696e0c6578746572723d31352c3136",
              "\"qnamemin\" \"exterr=15,16\""),
          new Good("w wallet \"BTC\" \"\"", "0342544300", "\"BTC\" \"\""),
          new Good("h HHIT abcd", "69b71d", "abcd"),
          new Good("b BRID ab cd", "69b71d", "abcd"),
          new Good(
              "nid NID 10 0014:4fff:ff20:ee64", "000a00144fffff20ee64", "10 0014:4fff:ff20:ee64"),
          new Good("l32 L32 10 192.0.2.1", "000ac0000201", "10 192.0.2.1"),
          new Good(
              "l64 L64 65535 2001:0DB8:1140:1000",
              "ffff20010db811401000",
              "65535 2001:0db8:1140:1000"),
          new Good("lp LP 10 l64", "000a036c3634076578616d706c6503636f6d00", "10 l64.example.com."),
          new Good("c CSYNC 66 3 A NS AAAA", "000000420003000460000008", "66 3 A NS AAAA"),
          new Good("c CSYNC 1 0", "000000010000", "1 0"),
          new Good("a AMTRELAY 10 0 1 203.0.113.15", "0a01cb00710f", "10 0 1 203.0.113.15"),
          new Good("a AMTRELAY 10 1 0 .", "0a80", "10 1 0 ."),
          new Good(
              "a AMTRELAY 10 0 3 relays",
              "0a030672656c617973076578616d706c6503636f6d00",
              "10 0 3 relays.example.com."),
          new Good(
              "a AMTRELAY 10 0 2 2001:db8::15",
              "0a0220010db8000000000000000000000015",
              "10 0 2 2001:db8:0:0:0:0:0:15"),
          new Good("n NINFO \"info\"", "04696e666f", "\"info\""),
          new Good("e EUI48 00-00-5E-00-53-2a", "00005e00532a", "00-00-5e-00-53-2a"),
          new Good(
              "e EUI64 00-00-5e-ef-10-00-00-2a", "00005eef1000002a", "00-00-5e-ef-10-00-00-2a"),
          new Good(
              "loc LOC 40 N 105 W 1208m",
              "001216138895440069782d80009a6e60",
              "40 00 0 N 105 00 0 W 1208m 1m 10000m 10m"),
          new Good(
              "loc LOC 40 32 n 105 4 w 1208m",
              "0012161388b2900069748400009a6e60",
              "40 32 0 N 105 04 0 W 1208m 1m 10000m 10m"),
          new Good(
              "@ ZONEMD 1 241 1 e1846540e33a9e4189792d18d5d131f605fc283e",
              "00000001f101e1846540e33a9e4189792d18d5d131f605fc283e",
              "1 241 1 E1846540E33A9E4189792D18D5D131F605FC283E"));

  private static final List<List<String>> BAD =
      List.of(
          List.of("_dsync DSYNC JUNK NOTIFY 53 x.", "unknown record type 'JUNK'"),
          List.of("_dsync DSYNC CDS JUNK 53 x.", "NOTIFY or a number from 0 to 255, not 'JUNK'"),
          List.of("_dsync DSYNC CDS 256 53 x.", "not '256'"),
          List.of("_dsync DSYNC CDS NOTIFY 65536 x.", "bad DSYNC data"),
          List.of("_dsync DSYNC CDS", "bad DSYNC data"),
          List.of("l64 L64 0 0000:0000:0000:000", "four groups of four hex digits"),
          List.of("l64 L64 0 0000:0000:0000-0000", "expected ':'"),
          List.of("l64 L64 0 0000:0000:0000:x000", "'x' is not a hex digit"),
          List.of("l32 L32 0 0.0.0.256", "bad L32 data"),
          List.of("c CSYNC 66 3 A JUNK", "unknown record type 'JUNK'"),
          List.of("a AMTRELAY 10 2 0 .", "discovery-optional field is 0 or 1"),
          List.of("a AMTRELAY 10 0 4 x.", "the relay type is 0 to 3"),
          List.of("a AMTRELAY 10 0 0 x.", "relay type 0 has no relay"),
          List.of("e EUI48 00-00-5e-00-53", "expected 6 hex pairs"),
          List.of("e EUI48 00:00:5e:00:53:2a", "expected 6 hex pairs"),
          List.of("e EUI64 00-00-5e-ef-10-00-00-2g", "expected 8 hex pairs"),
          List.of("nid NID", "bad NID data"),
          List.of("@ ZONEMD 1 1 1 0102", "the digest is 2 octets, and RFC 8976 wants at least 12"),
          List.of("w WALLET", "at least one character-string"),
          List.of("h HHIT", "bad HHIT data"),
          List.of("loc LOC 40 32 105 W 1208m", "bad LOC data"));

  @TestFactory
  Stream<DynamicTest> goodRecordsEncodeAndReadBack() {
    return GOOD.stream()
        .map(
            g ->
                DynamicTest.dynamicTest(
                    g.record(),
                    () -> {
                      ZoneRecord r = only(g.record());
                      assertEquals(g.wireHex(), HexFormat.of().formatHex(r.rdata()));
                      assertEquals(g.text(), r.rdataText());
                      String owner = g.record().substring(0, g.record().indexOf(' '));
                      ZoneRecord again = only(owner + " " + r.typeName() + " " + r.rdataText());
                      assertArrayEquals(r.rdata(), again.rdata());
                    }));
  }

  @TestFactory
  Stream<DynamicTest> badRecordsAreSyntaxErrors() {
    return BAD.stream()
        .map(
            b ->
                DynamicTest.dynamicTest(
                    b.get(0),
                    () -> {
                      List<Diagnostic> found =
                          ParserFixture.parse(HEAD + b.get(0) + "\n").diagnostics();
                      assertEquals(1, found.size(), found.toString());
                      assertEquals("syntax", found.get(0).rule());
                      assertEquals(4, found.get(0).location().line());
                      assertTrue(found.get(0).message().contains(b.get(1)), found.get(0).message());
                    }));
  }

  /** The one record a line adds after the SOA, which must parse without a diagnostic. */
  private static ZoneRecord only(String line) {
    ParseResult result = ParserFixture.parse(HEAD + line + "\n");
    assertEquals(List.of(), result.diagnostics(), line);
    return result.zone().records().stream().filter(r -> r.line() == 4).findFirst().orElseThrow();
  }
}

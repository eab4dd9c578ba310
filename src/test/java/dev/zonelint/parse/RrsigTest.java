package dev.zonelint.parse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xbill.DNS.Name;
import org.xbill.DNS.RRSIGRecord;
import org.xbill.DNS.Type;

class RrsigTest {
  private static final Name ORIGIN = Name.fromConstantString("example.com.");

  private static List<Token> tokens(String text) {
    List<Token> out = new ArrayList<>();
    for (String s : text.split(" ")) {
      out.add(new Token(s, false, 1, 1, 0));
    }
    return out;
  }

  @Test
  void sameBytesAsDnsjavaForOrdinaryRecords() throws Exception {
    for (String text :
        List.of(
            "A 13 3 300 20300101000000 20200101000000 12345 example.com. AAAA BBBB",
            "NSEC RSASHA256 2 86400 1700000000 1600000000 1 signer dGVzdA==",
            "TYPE65280 8 0 0 20240229120000 20240201000000 65535 . AAECAwQFBgc=")) {
      byte[] fast = Rrsig.encode(tokens(text), ORIGIN);
      byte[] slow =
          RecordReader.wireRdata(RecordReader.dnsjava(ORIGIN, Type.RRSIG, 1, 300, text, ORIGIN));
      assertArrayEquals(slow, fast, text);
    }
  }

  @Test
  void timesOutsideThe32BitRangeWrapAsSerialNumbers() throws Exception {
    byte[] wire =
        Rrsig.encode(
            tokens("NS 13 1 3600 21220222132804 00100227180048 38084 future. AAAA"), ORIGIN);
    RRSIGRecord r =
        (RRSIGRecord)
            org.xbill.DNS.Record.newRecord(ORIGIN, Type.RRSIG, 1, 3600, wire.length, wire);
    // 2122-02-22T13:28:04Z is 4801210084 s after 1970; modulo 2^32 that is 506242788.
    assertEquals(506242788L, r.getExpire().getEpochSecond());
  }

  @Test
  void malformedFieldsAreLeftToDnsjava() {
    assertNull(Rrsig.encode(tokens("A 13 3 300 2030x 20200101000000 1 example.com. AAAA"), ORIGIN));
    assertNull(
        Rrsig.encode(tokens("BOGUS 13 3 300 20300101000000 20200101000000 1 x. AAAA"), ORIGIN));
    assertNull(Rrsig.encode(tokens("A 13 3 300 20301301000000 20200101000000 1 x. AAAA"), ORIGIN));
    assertNull(Rrsig.encode(tokens("A 13 3 300 20300101000000 20200101000000 1 x. A!AA"), ORIGIN));
    assertNull(
        Rrsig.encode(tokens("A 13 3 300 20300101000000 20200101000000 70000 x. AAAA"), ORIGIN));
  }
}

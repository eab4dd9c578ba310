package dev.zonelint.parse;

import static dev.zonelint.parse.ParserFixture.parse;
import static dev.zonelint.parse.ParserFixture.positions;
import static dev.zonelint.parse.ParserFixture.records;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zonelint.zone.RecordKind;
import dev.zonelint.zone.ZoneRecord;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xbill.DNS.Type;

class ZoneParserTest {

  @Test
  void originTtlUnitsAndInheritedOwner() {
    ParseResult r =
        parse(
            """
            $ORIGIN example.com.
            $TTL 1h30m
            www      A     192.0.2.1
                     AAAA  2001:db8::1
            mail 1W2d IN MX 10 www
            ftp  IN 300 CNAME www.example.com.
            """);
    assertEquals(List.of(), positions(r));
    assertEquals(
        List.of(
            "ftp.example.com. 300 CNAME www.example.com.",
            "mail.example.com. 777600 MX 10 www.example.com.",
            "www.example.com. 5400 A 192.0.2.1",
            "www.example.com. 5400 AAAA 2001:db8:0:0:0:0:0:1"),
        records(r));
    ZoneRecord aaaa =
        r.zone().find(org.xbill.DNS.Name.fromConstantString("www.example.com.")).first(Type.AAAA);
    assertTrue(aaaa.has(ZoneRecord.OWNER_INHERITED));
    assertEquals(4, aaaa.line());
    assertEquals(10, aaaa.column());
  }

  @Test
  void parenthesesCommentsAndQuotedStrings() {
    ParseResult r =
        parse(
            """
            @ 3600 SOA ns1 host ( 1 ; serial
                                  7200 3600 ; refresh retry
                                  1209600 300 )
            t TXT "a \\"quoted\\" string; not a comment" "second"
            """);
    assertEquals(List.of(), positions(r));
    assertEquals(2, r.zone().recordCount());
    ZoneRecord txt =
        r.zone().find(org.xbill.DNS.Name.fromConstantString("t.example.com.")).first(Type.TXT);
    assertEquals("a \"quoted\" string; not a commentsecond", txt.txt());
  }

  @Test
  void escapesGenericDataAndNumericTypes() {
    ParseResult r =
        parse(
            """
            $TTL 300
            a\\.b    TXT  "x"
            \\065bc  A    192.0.2.1
            u      TYPE65280 \\# 3 010203
            k      CLASS1 A \\# 4 c0000202
            h      HTTPS 1 . alpn=h2,h3 ipv4hint=192.0.2.1
            c      CAA  0 issue "letsencrypt.org"
            _443._tcp TLSA 3 1 1 0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
            d      DS   12345 13 2 0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
            d      DS   12345 ECDSAP256SHA256 2 0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
            """);
    assertEquals(List.of(), positions(r));
    assertEquals(9, r.zone().recordCount());
    assertTrue(r.zone().find(org.xbill.DNS.Name.fromConstantString("Abc.example.com.")) != null);
  }

  @Test
  void everyBadRecordIsReportedAndParsingContinues() {
    ParseResult r =
        parse(
            """
            $TTL 300
            a    A     192.0.2.999
            b    BOGUS 1
            c    A     192.0.2.3
            d    1x    A 192.0.2.4
            e    TXT   "open
            f    A     192.0.2.6
            """);
    assertEquals(List.of("2:12 syntax", "3:6 syntax", "5:6 syntax", "6:12 syntax"), positions(r));
    assertEquals(2, r.zone().recordCount());
  }

  @Test
  void nameAndStringLimits() {
    String label64 = "a".repeat(64);
    String longName = ("a".repeat(60) + ".").repeat(5);
    String longString = "x".repeat(256);
    ParseResult r =
        parse(
            "$TTL 300\n"
                + label64
                + " A 192.0.2.1\n"
                + longName
                + " A 192.0.2.1\n"
                + "t TXT \""
                + longString
                + "\"\n");
    assertEquals(List.of("2:1 syntax", "3:1 syntax", "4:7 syntax"), positions(r));
  }

  @Test
  void recordDataLongerThanSixteenBitsCanCountIsRefused() {
    // Each string of 255 bytes takes 256: 255 of them and one of 254 bytes make 65,535 bytes of
    // RDATA, with one of 255 they make 65,536.
    String full = ("\"" + "x".repeat(255) + "\" ").repeat(255);
    ParseResult r =
        parse(
            "$TTL 300\nat-limit TXT "
                + full
                + "\""
                + "x".repeat(254)
                + "\"\nover TXT "
                + full
                + "\""
                + "x".repeat(255)
                + "\"\nnext A 192.0.2.1\n");
    assertEquals(List.of("3:10 syntax"), positions(r));
    assertEquals(
        "TXT data is 65536 bytes long; a record carries at most 65535 (RFC 1035 §3.2.1)",
        r.diagnostics().get(0).message());
    assertEquals(2, r.zone().recordCount());
  }

  @Test
  void relativeNameWithoutOriginIsASyntaxError() {
    ParseResult r =
        ParserFixture.parse("$TTL 1\nwww A 192.0.2.1\n".getBytes(StandardCharsets.UTF_8), null);
    assertEquals(List.of("2:1 syntax"), positions(r));
  }

  @Test
  void unbalancedParentheses() {
    ParseResult r = parse("$TTL 1\na A 192.0.2.1 )\nb TXT ( \"x\"\nc A 192.0.2.3\n");
    assertEquals(List.of("2:15 syntax", "3:7 syntax"), positions(r));
  }

  @Test
  void lineEndingsByteOrderMarkAndUtf8Columns() {
    byte[] crlf = "$TTL 1\r\na A 192.0.2.1\r\nb A 192.0.2.999\r\n".getBytes(StandardCharsets.UTF_8);
    assertEquals(List.of("3:5 syntax"), positions(ParserFixture.parse(crlf, "example.com.")));
    byte[] cr = "$TTL 1\ra A 192.0.2.1\rb A 192.0.2.999\r".getBytes(StandardCharsets.UTF_8);
    assertEquals(List.of("3:5 syntax"), positions(ParserFixture.parse(cr, "example.com.")));
    byte[] bom = "\uFEFF$TTL 1\na A 192.0.2.1\n".getBytes(StandardCharsets.UTF_8);
    assertEquals(List.of(), positions(ParserFixture.parse(bom, "example.com.")));
    // "é" is two bytes but one column.
    byte[] utf8 = "$TTL 1\né A 192.0.2.999\n".getBytes(StandardCharsets.UTF_8);
    assertEquals(List.of("2:5 syntax"), positions(ParserFixture.parse(utf8, "example.com.")));
  }

  @Test
  void providerPseudoRecords() {
    ParseResult r =
        parse(
            """
            $TTL 300
            @    ALIAS lb-123.eu-west-1.elb.amazonaws.com.
            www  ANAME www.example.net.
            api  AWS ALIAS A d111.cloudfront.net. Z2FDTNDATAQYW2 false
            bad  AWS ALIAS A onlytwo
            """);
    assertEquals(List.of("5:6 syntax"), positions(r));
    List<ZoneRecord> all = r.zone().records();
    assertEquals(3, all.size());
    assertEquals(RecordKind.ALIAS, all.get(0).kind());
    assertEquals("lb-123.eu-west-1.elb.amazonaws.com.", all.get(0).target().toString());
    assertEquals("AWS ALIAS", all.get(1).typeName());
    assertEquals("Z2FDTNDATAQYW2 false", all.get(1).extra());
    assertNull(all.get(0).extra());
  }

  /** Found by FixerFuzzTest: turning a CNAME into an ALIAS changed the TTL of the next record. */
  @Test
  void aPseudoRecordsTtlIsTheOneTheNextRecordsInherit() {
    ParseResult r =
        parse(
            """
            @    600 ALIAS lb-123.eu-west-1.elb.amazonaws.com.
                 MX 10 mx.example.net.
            www  ANAME www.example.net.
            """);
    assertEquals(List.of(), positions(r));
    List<Long> ttls = r.zone().records().stream().map(ZoneRecord::ttl).toList();
    assertEquals(List.of(600L, 600L, 600L), ttls);
  }

  @Test
  void aPseudoRecordWithNoTtlAnywhereGetsTheDefault() {
    ParseResult r = parse("www  ANAME www.example.net.\n");
    assertEquals(3600L, r.zone().records().get(0).ttl());
  }

  @Test
  void classMustMatchAndMetaTypesAreRefused() {
    ParseResult r = parse("$TTL 1\na IN A 192.0.2.1\nb CH TXT \"x\"\nc ANY 1.2.3.4\nd AXFR x\n");
    assertEquals(List.of("3:3 syntax", "4:3 syntax", "5:3 syntax"), positions(r));
  }

  @Test
  void unknownDirectiveAndBadTtlDirective() {
    ParseResult r = parse("$FOO bar\n$TTL 1y\n$TTL 300\na A 192.0.2.1\n");
    assertEquals(List.of("1:1 syntax", "2:6 syntax"), positions(r));
  }

  @Test
  void originComesFromTheFileNameThenSoa() {
    byte[] text = "$TTL 1\n@ SOA ns hm 1 2 3 4 5\n".getBytes(StandardCharsets.UTF_8);
    ParseResult byName =
        ParserFixture.parse(text, null, java.nio.file.Path.of("db.example.org"), 10);
    assertEquals("example.org.", byName.zone().origin().toString());
    byte[] absolute = "$TTL 1\nexample.net. SOA ns hm 1 2 3 4 5\n".getBytes(StandardCharsets.UTF_8);
    ParseResult bySoa =
        ParserFixture.parse(absolute, null, java.nio.file.Path.of("primary.zone"), 10);
    assertEquals("example.net.", bySoa.zone().origin().toString());
  }

  @Test
  void recordDataThatDnsjavaAcceptsButTheRfcsDoNot() {
    ParseResult r =
        parse(
            """
            $TTL 300
            cpnmu NSEC3 1 1 12 aabbccdd CPNMU=== MX
            CPNMU=== NSEC3 2 1 12 aabbccdd cpnmu MX
            cpnmv NSEC3 1 1 12 aabbccdd CPNMU MX
            n NSAP 0x
            """);
    assertEquals(List.of("2:29 syntax", "3:1 syntax", "5:8 syntax"), positions(r));
  }

  @Test
  void dnssecAndDigestTypes() {
    ParseResult r =
        parse(
            """
            $TTL 300
            @  DNSKEY 257 3 13 mdsswUyr3DPW132mOi8V9xESWE8jTo0dxCjjnopKl+GqJxpVXckHAeF+KkxLbxILfDLUT0rAK9iUzy1L53eKGQ==
            @  NSEC a.example.com. NS SOA RRSIG NSEC DNSKEY
            @  NSEC3PARAM 1 0 0 -
            @  ZONEMD 2018031500 1 1 FEBE3D4CE2EC2FFA4BA99D46CD69D6D29711E55217057BEE7EB1A7B641A47BA7FED2DD5B97AE499FAFA4F22C6BD647DE
            @  CDS 0 0 0 00
            @  SSHFP 4 2 0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
            """);
    assertEquals(List.of(), positions(r));
    assertEquals(6, r.zone().recordCount());
  }
}

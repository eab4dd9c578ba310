package dev.zonelint.mail.spf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class SpfParserTest {

  /** Records from RFC 7208 (§5, §6, §7.4, Appendix A) and real-world shapes: all valid. */
  private static final List<String> VALID =
      List.of(
          "v=spf1",
          "v=spf1 +all",
          "v=spf1 -all",
          "v=spf1 a -all",
          "v=spf1 a:example.org -all",
          "v=spf1 mx -all",
          "v=spf1 mx:example.org -all",
          "v=spf1 mx mx:example.org -all",
          "v=spf1 mx/30 mx:example.org/30 -all",
          "v=spf1 ptr -all",
          "v=spf1 ip4:192.0.2.128/28 -all",
          "v=spf1 include:example.com include:example.net -all",
          "v=spf1 redirect=example.org",
          "v=spf1 mx -exists:%{ir}.sbl.example.org -all",
          "v=spf1 -include:ip4._spf.%{d} -include:ptr._spf.%{d} +all",
          "v=spf1 -ip4:192.0.2.0/24 +all",
          "v=spf1 -ptr +all",
          "v=spf1 exists:%{ir}.%{l1r+-}._spf.%{d} -all",
          "v=spf1 exists:%{i}._spf.mta.salesforce.com -all",
          "v=spf1 a:%{d2}.trusted-domains.example.net -all",
          "v=spf1 include:%{ir}.%{v}._spf.%{d2} -all",
          "v=spf1 include:%{lr-}.lp._spf.%{d2} -all",
          "v=spf1 include:%{lr-}.lp.%{ir}.%{v}._spf.%{d2} -all",
          "v=spf1 include:%{ir}.%{v}.%{l1r-}.lp._spf.%{d2} -all",
          "v=spf1 a:%{S}.%{L}.%{O}.%{D}.%{H}.%{P}.%{V}.%{I}.example.com -all",
          "v=spf1 a:%{d4}.%{d3}.%{dr}.%{d2r}.%{l-}.%{lr}.%{lr-}.%{l1r-}.example.com -all",
          "v=spf1 a:x%%y%_z%-w.example.com -all",
          "v=spf1 mx -all exp=explain._spf.%{d}",
          "v=spf1 exp=%{d} -all",
          "v=spf1 a//64 mx/24//64 a:example.com//128 -all",
          "v=spf1 ip6:2001:db8::/32 ip6:::1 ip6:::ffff:192.0.2.1 ip6:2001:db8:0:0:0:0:0:1 -all",
          "v=spf1 ip6:2a01:111:f403:c000::/51 ip6:fe80:: ip6:1::2:3:4:5:6:7 -all",
          "v=spf1 ip4:0.0.0.0/0 ip4:255.255.255.255/32 ?all",
          "v=spf1 ~all foo=bar x-custom=%{d} empty=",
          "V=SPF1 IP4:192.0.2.1 INCLUDE:EXAMPLE.COM Redirect=Example.Org",
          "v=spf1  a   mx  -all  ",
          "v=spf1 include:_spf.google.com include:example.com. -all",
          "v=spf1 a:mail-1.example.com a:123.example.com a:x.1-2 -all",
          "v=spf1 ip4:192.0.2.1 ip4:192.0.2.0/24 ip6:2001:db8::1 -all");

  /** Bad records with the 0-based column of the first bad term and a word of the message. */
  private static final List<String[]> INVALID =
      List.of(
          new String[] {"v=spf1 ip4:192.0.2.300 -all", "7", "not an IPv4 address"},
          new String[] {"v=spf1 mx ip4:300.1.1.1", "10", "not an IPv4 address"},
          new String[] {"v=spf1 ip4:192.0.2.0/33", "7", "larger than 32"},
          new String[] {"v=spf1 ip4:192.0.2.01", "7", "not an IPv4 address"},
          new String[] {"v=spf1 ip4:192.0.2.0/024", "7", "leading zero"},
          new String[] {"v=spf1 ip4:192.0.2.0/", "7", "empty IPv4 prefix"},
          new String[] {"v=spf1 ip4:192.0.2.0/2x", "7", "not a number"},
          new String[] {"v=spf1 ip6:2001:db8::/±3", "7", "not a number"},
          new String[] {"v=spf1 ip4:2001:db8::1", "7", "write 'ip6:'"},
          new String[] {"v=spf1 ip4", "7", "needs an address"},
          new String[] {"v=spf1 ip6:2001:db8::/129", "7", "larger than 128"},
          new String[] {"v=spf1 ip6:2001:db8:::1", "7", "not an IPv6 address"},
          new String[] {"v=spf1 ip6:1:2:3:4:5:6:7:8:9", "7", "not an IPv6 address"},
          new String[] {"v=spf1 ip6:1::2::3", "7", "not an IPv6 address"},
          new String[] {"v=spf1 ip6:192.0.2.1", "7", "write 'ip4:'"},
          new String[] {"v=spf1 ip6:12345::", "7", "not an IPv6 address"},
          new String[] {"v=spf1 include -all", "7", "needs a domain"},
          new String[] {"v=spf1 include: -all", "7", "needs a domain"},
          new String[] {"v=spf1 exists -all", "7", "needs a domain"},
          new String[] {"v=spf1 include:localhost -all", "7", "not a fully qualified domain"},
          new String[] {"v=spf1 include:192.0.2.1 -all", "7", "use 'ip4:'"},
          new String[] {"v=spf1 a:example.-com -all", "7", "hyphen"},
          new String[] {"v=spf1 a:example..com -all", "7", "empty label"},
          new String[] {"v=spf1 a:example.com.. -all", "7", "empty label"},
          new String[] {"v=spf1 a:example.c_m -all", "7", "only letters, digits and hyphens"},
          new String[] {"v=spf1 inclde:example.com -all", "7", "did you mean 'include'"},
          new String[] {"v=spf1 -al", "7", "did you mean 'all'"},
          new String[] {"v=spf1 ipv4:192.0.2.1", "7", "write 'ip4:'"},
          new String[] {"v=spf1 redirect:example.com", "7", "is a modifier"},
          new String[] {"v=spf1 all:example.com", "7", "takes no argument"},
          new String[] {"v=spf1 ptr/24", "7", "no prefix length"},
          new String[] {"v=spf1 a/33", "7", "larger than 32"},
          new String[] {"v=spf1 mx//129", "7", "larger than 128"},
          new String[] {"v=spf1 a:/24", "7", "needs a domain"},
          new String[] {"v=spf1 a/24/64", "7", "larger than 32"},
          new String[] {"v=spf1 mx:example.com/ -all", "7", "empty IPv4 prefix"},
          new String[] {"v=spf1 a:%{x}.example.com", "7", "unknown macro letter"},
          new String[] {"v=spf1 exists:%{d0}.example.com", "7", "zero labels"},
          new String[] {"v=spf1 exists:%{c}.example.com", "7", "only in the explanation"},
          new String[] {"v=spf1 exists:%{ir}.%{t}.example.com", "7", "only in the explanation"},
          new String[] {"v=spf1 a:foo%bar.example.com", "7", "'%' must start a macro"},
          new String[] {"v=spf1 a:%{d.example.com", "7", "no closing"},
          new String[] {"v=spf1 a:%{}.example.com", "7", "empty macro"},
          new String[] {"v=spf1 a:%{d2x}.example.com", "7", "unexpected 'x'"},
          new String[] {"v=spf1 exists:%{d}com", "7", "not a fully qualified"},
          new String[] {
            "v=spf1 redirect=a.example.com redirect=b.example.com", "30", "more than once"
          },
          new String[] {"v=spf1 exp=a.example.com exp=b.example.com", "25", "more than once"},
          new String[] {"v=spf1 -redirect=a.example.com", "7", "cannot have a qualifier"},
          new String[] {"v=spf1 redirect=", "7", "needs a domain"},
          new String[] {"v=spf1 + -all", "7", "without a mechanism"},
          new String[] {"v=spf1 a:ex\tample.com -all", "7", "U+0009"},
          new String[] {"v=spf1 a:exämple.com -all", "7", "U+00E4"},
          new String[] {"v=spf1 :example.com", "7", "must start with a mechanism name"},
          new String[] {"v=spf10 -all", "0", "starts with 'v=spf1'"},
          new String[] {"spf2.0/pra ip4:192.0.2.1", "0", "starts with 'v=spf1'"},
          new String[] {"", "0", "starts with 'v=spf1'"});

  @TestFactory
  Stream<DynamicTest> validRecordsParse() {
    return VALID.stream()
        .map(
            text ->
                DynamicTest.dynamicTest(
                    text,
                    () -> {
                      SpfRecord r = SpfParser.parse(text);
                      assertEquals(List.of(), r.errors(), text);
                      assertTrue(r.valid());
                      for (Term t : r.terms()) {
                        assertEquals(
                            t.text(),
                            text.substring(t.column(), t.column() + t.text().length()),
                            "column of " + t.text());
                      }
                    }));
  }

  @TestFactory
  Stream<DynamicTest> invalidRecordsGiveTheBadTermAndItsColumn() {
    return INVALID.stream()
        .map(
            c ->
                DynamicTest.dynamicTest(
                    "[" + c[0] + "]",
                    () -> {
                      SpfRecord r = SpfParser.parse(c[0]);
                      assertFalse(r.valid(), c[0]);
                      SpfError e = r.errors().get(0);
                      assertEquals(Integer.parseInt(c[1]), e.column(), e.toString());
                      assertTrue(e.message().contains(c[2]), e.message());
                      assertTrue(c[0].startsWith(e.term(), e.column()), e.toString());
                      assertFalse(e.message().endsWith("."), e.message());
                    }));
  }

  @Test
  void detectsSpfRecordsByTheirVersion() {
    assertTrue(SpfRecord.isSpf("v=spf1"));
    assertTrue(SpfRecord.isSpf("v=spf1 -all"));
    assertTrue(SpfRecord.isSpf("V=Spf1 -all"));
    assertFalse(SpfRecord.isSpf("v=spf10 -all"));
    assertFalse(SpfRecord.isSpf("v=spf1\t-all"));
    assertFalse(SpfRecord.isSpf(" v=spf1 -all"));
    assertFalse(SpfRecord.isSpf("v=spf"));
    assertFalse(SpfRecord.isSpf(null));
  }

  @Test
  void typedModel() {
    SpfRecord r =
        SpfParser.parse(
            "v=spf1 ~a:mail.example.com/24//64 mx ?ip4:192.0.2.0/24 ip6:2001:db8::/32"
                + " exists:%{ir}._spf.%{d2} include:_spf.example.net redirect=example.org"
                + " exp=why.%{d} x=1");
    assertTrue(r.valid(), r.errors().toString());
    List<Directive> d = r.directives();
    assertEquals(Qualifier.SOFTFAIL, d.get(0).qualifier());
    assertTrue(d.get(0).qualifierWritten());
    Mechanism.A a = assertInstanceOf(Mechanism.A.class, d.get(0).mechanism());
    assertEquals("mail.example.com", a.domain().literal());
    assertEquals(new DualCidr(24, 64), a.cidr());
    Mechanism.Mx mx = assertInstanceOf(Mechanism.Mx.class, d.get(1).mechanism());
    assertNull(mx.domain());
    assertEquals(32, mx.cidr().ip4Prefix());
    assertEquals(128, mx.cidr().ip6Prefix());
    assertEquals(Qualifier.PASS, d.get(1).qualifier());
    assertFalse(d.get(1).qualifierWritten());
    Mechanism.Ip4 ip4 = assertInstanceOf(Mechanism.Ip4.class, d.get(2).mechanism());
    assertEquals("192.0.2.0", ip4.network().getHostAddress());
    assertEquals(24, ip4.prefix());
    assertEquals(Qualifier.NEUTRAL, d.get(2).qualifier());
    Mechanism.Ip6 ip6 = assertInstanceOf(Mechanism.Ip6.class, d.get(3).mechanism());
    assertEquals(32, ip6.prefix());
    assertEquals("2001:db8:0:0:0:0:0:0", ip6.network().getHostAddress());
    Mechanism.Exists exists = assertInstanceOf(Mechanism.Exists.class, d.get(4).mechanism());
    assertTrue(exists.domain().hasMacros());
    assertNull(exists.domain().literal());
    List<MacroString.Part> parts = exists.domain().macro().parts();
    assertEquals(new MacroString.Expand('i', false, 0, true, ""), parts.get(0));
    assertEquals(new MacroString.Literal("._spf."), parts.get(1));
    assertEquals(new MacroString.Expand('d', false, 2, false, ""), parts.get(2));
    assertEquals("redirect", r.redirect().name());
    assertEquals("example.org", r.redirect().domain().literal());
    assertEquals("why.%{d}", r.explanation().domain().text());
    Modifier.Unknown x = assertInstanceOf(Modifier.Unknown.class, r.terms().get(8));
    assertEquals("x", x.name());
    assertEquals("1", x.value().text());
    assertNull(r.all());
  }

  @Test
  void macroDetails() {
    MacroString.Expand e =
        (MacroString.Expand)
            SpfParser.parse("v=spf1 exists:%{L12r+-}.example.com")
                .directives()
                .get(0)
                .mechanism()
                .domain()
                .macro()
                .parts()
                .get(0);
    assertEquals(new MacroString.Expand('l', true, 12, true, "+-"), e);
    List<MacroString.Part> escapes =
        SpfParser.parse("v=spf1 a:%%%_%-.example.com")
            .directives()
            .get(0)
            .mechanism()
            .domain()
            .macro()
            .parts();
    assertEquals("%", ((MacroString.Escape) escapes.get(0)).value());
    assertEquals(" ", ((MacroString.Escape) escapes.get(1)).value());
    assertEquals("%20", ((MacroString.Escape) escapes.get(2)).value());
  }

  @Test
  void lookupTermsStopAtAllAndIgnoreRedirectBesideAll() {
    SpfRecord r = SpfParser.parse("v=spf1 ip4:192.0.2.1 a mx include:x.example -all ptr");
    assertEquals(
        List.of("a", "mx", "include:x.example"), r.lookupTerms().stream().map(Term::text).toList());
    SpfRecord withAll = SpfParser.parse("v=spf1 a redirect=example.org ~all");
    assertEquals(List.of("a"), withAll.lookupTerms().stream().map(Term::text).toList());
    SpfRecord redirect = SpfParser.parse("v=spf1 redirect=example.org a");
    assertEquals(
        List.of("a", "redirect=example.org"),
        redirect.lookupTerms().stream().map(Term::text).toList());
    assertEquals("-all", r.all().text());
  }

  @Test
  void everyBadTermIsReportedAndTheGoodOnesKept() {
    SpfRecord r = SpfParser.parse("v=spf1 a ip4:1.2.3 mx inclde:x.example -all");
    assertEquals(2, r.errors().size());
    assertEquals(9, r.errors().get(0).column());
    assertEquals(22, r.errors().get(1).column());
    assertEquals(3, r.terms().size());
  }
}

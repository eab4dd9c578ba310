package dev.zonelint.check.rules.alias;

import static dev.zonelint.check.RuleTester.APEX;
import static dev.zonelint.check.RuleTester.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.zonelint.check.CheckOptions;
import dev.zonelint.check.RuleTester;
import dev.zonelint.diag.Diagnostic;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.xbill.DNS.Name;

class CnameChainTest {
  private static final String RULE = "cname-chain";

  /** A chain of {@code n} CNAMEs, c1 to cn, ending at an address. */
  private static String chain(int n) {
    StringBuilder out = new StringBuilder(APEX);
    for (int i = 1; i <= n; i++) {
      out.append('c').append(i).append(" CNAME c").append(i + 1).append('\n');
    }
    return out.append('c').append(n + 1).append(" A 192.0.2.1\n").toString();
  }

  @TestFactory
  Stream<DynamicTest> defaults() {
    return RuleTester.of(new CnameChain())
        .valid("8 cnames, the default limit", chain(8))
        .valid("cnames straight at the final name", APEX + "a CNAME c\nb CNAME c\nc A 192.0.2.1\n")
        .invalid("9 cnames", chain(9), expect(8, 1, RULE))
        .stream();
  }

  @TestFactory
  Stream<DynamicTest> limitOfTwo() {
    return RuleTester.of(new CnameChain())
        .options(new CheckOptions(2))
        .valid("2 cnames", APEX + "a CNAME b\nb CNAME c\nc A 192.0.2.1\n")
        .valid("chain leaving the zone", APEX + "a CNAME b\nb CNAME www.example.net.\n")
        .valid(
            "a loop is cname-loop's, and so is a chain into it",
            APEX + "t CNAME a\na CNAME b\nb CNAME c\nc CNAME a\n")
        .valid(
            "an occluded cname below a delegation does not count",
            APEX + "sub NS ns.example.net.\na CNAME b\nb CNAME x.sub\nx.sub CNAME y.sub\n")
        .valid(
            "a dname to another zone ends the chain",
            APEX + "d DNAME example.net.\na CNAME b\nb CNAME x.d\nx.d CNAME c\n")
        .invalid(
            "through a dname of the zone",
            APEX + "d DNAME example.com.\na CNAME x.d\nx CNAME b\nb CNAME c\n",
            expect(9, RULE))
        .invalid(
            "3 cnames: only the head is reported",
            APEX + "a CNAME b\nb CNAME c\nc CNAME d\nd A 192.0.2.1\n",
            expect(8, RULE))
        .invalid(
            "two heads joining one chain",
            APEX + "a CNAME c\nb CNAME c\nc CNAME d\nd CNAME e\ne A 192.0.2.1\n",
            expect(8, RULE),
            expect(9, RULE))
        .invalid(
            "through a wildcard, names in mixed case and absolute",
            APEX + "A CNAME x.w\n*.w CNAME B.example.com.\nb.EXAMPLE.com. CNAME c\n",
            expect(8, RULE))
        .invalid(
            "head written last, blank owner after its rrsig",
            APEX
                + "b CNAME c\nc CNAME d\nd A 192.0.2.1\n"
                + "h RRSIG CNAME 13 3 3600 20300101000000 20200101000000 1 example.com. AAAA\n"
                + "  CNAME b\n",
            expect(12, 3, RULE))
        .stream();
  }

  @Test
  void messageNamesTheChain() {
    List<Diagnostic> found = run(chain(9), 8);
    assertEquals(1, found.size());
    assertEquals(
        "resolving 'c1.example.com.' follows 9 CNAMEs inside this zone ('c1.example.com.' →"
            + " 'c2.example.com.' → 'c3.example.com.' → 'c4.example.com.' → 'c5.example.com.' →"
            + " 'c6.example.com.' → 'c7.example.com.' → … → 'c10.example.com.'), more than the 8"
            + " allowed: resolvers that stop earlier answer SERVFAIL, and every hop adds to the"
            + " answer",
        found.get(0).message());
  }

  /** A long chain must take linear time: lengths are memoised, not walked per name. */
  @Test
  void longChainIsLinear() {
    List<Diagnostic> found =
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> run(chain(100_000), 8));
    assertEquals(1, found.size());
  }

  private static List<Diagnostic> run(String zone, int max) {
    return RuleTester.run(
        new CnameChain(), Name.fromConstantString("example.com."), new CheckOptions(max), zone);
  }
}

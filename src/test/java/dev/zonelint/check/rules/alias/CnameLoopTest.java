package dev.zonelint.check.rules.alias;

import static dev.zonelint.check.RuleTester.APEX;
import static dev.zonelint.check.RuleTester.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

class CnameLoopTest {
  private static final String RULE = "cname-loop";

  @TestFactory
  Stream<DynamicTest> cases() {
    return RuleTester.of(new CnameLoop())
        .valid("chain ending in an address", APEX + "a CNAME b\nb CNAME c\nc A 192.0.2.1\n")
        .valid("two cnames sharing a target", APEX + "a CNAME c\nb CNAME c\nc A 192.0.2.1\n")
        .valid("cname to another zone", APEX + "www CNAME www.example.net.\n")
        .valid(
            "occluded cname below a delegation is not followed",
            APEX + "sub NS ns.example.net.\nwww CNAME x.sub\nx.sub CNAME www\n")
        .valid(
            "a dname to another zone ends the walk",
            APEX + "d DNAME example.net.\nwww CNAME www.d\nwww.d CNAME www\n")
        .valid("wildcard whose target exists", APEX + "* CNAME www\nwww A 192.0.2.1\n")
        .valid("an empty non-terminal stops the wildcard", APEX + "* CNAME b\na.b A 192.0.2.1\n")
        .valid(
            "only the first cname of a name is followed; multiple-cname reports the second",
            APEX + "a CNAME out.example.net.\na CNAME b\nb CNAME a\n")
        .invalid("cname to itself", APEX + "a CNAME a\n", expect(8, 1, RULE))
        .invalid(
            "to itself, absolute and in upper case",
            APEX + "a CNAME A.EXAMPLE.COM.\n",
            expect(8, RULE))
        .invalid("two names, reported once", APEX + "a CNAME b\nb CNAME a\n", expect(8, RULE))
        .invalid(
            "reported at the first name in canonical order, not in the file",
            APEX + "z CNAME b\nb CNAME z\n",
            expect(9, RULE))
        .invalid(
            "a cname leading into a loop is not itself reported",
            APEX + "tail CNAME a\na CNAME b\nb CNAME c\nc CNAME a\n",
            expect(9, RULE))
        .invalid("wildcard answering its own target", APEX + "* CNAME nothere\n", expect(8, RULE))
        .invalid(
            "loop through a wildcard", APEX + "*.x CNAME www\nwww CNAME foo.x\n", expect(9, RULE))
        .invalid(
            "two loops, blank owner",
            APEX + "a CNAME b\nb CNAME a\nc A 192.0.2.1\n  CNAME c\n",
            expect(8, RULE),
            expect(11, 3, RULE))
        .invalid(
            "loop through a dname rewrite of the zone",
            APEX + "d DNAME example.com.\nwww CNAME x.d\nx CNAME www\n",
            expect(9, RULE))
        .invalid(
            "a dname above a zone cut is met first",
            APEX
                + "d DNAME example.com.\nsub.d NS ns.example.net.\nwww CNAME x.sub.d\nx.sub CNAME www\n",
            expect(11, RULE))
        .invalid(
            "across $ORIGIN changes",
            APEX
                + """
                $ORIGIN sub.example.com.
                a CNAME b.example.com.
                $ORIGIN example.com.
                b CNAME a.sub
                """,
            expect(11, RULE))
        .stream();
  }

  @Test
  void messageShowsTheLoop() {
    List<Diagnostic> found = run(APEX + "a CNAME b\nb CNAME c\nc CNAME a\n");
    assertEquals(1, found.size());
    assertEquals(
        "CNAME loop of 3 names: 'a.example.com.' → 'b.example.com.' → 'c.example.com.' →"
            + " 'a.example.com.'; resolvers follow it until they give up and answer SERVFAIL,"
            + " so none of these names resolves",
        found.get(0).message());
    assertEquals(2, found.get(0).related().size());
  }

  @Test
  void selfLoopThroughAWildcardOrADname() {
    List<Diagnostic> found = run(APEX + "* CNAME nothere\nd DNAME example.com.\nx CNAME x.d\n");
    assertEquals(2, found.size());
    assertEquals(
        "'*.example.com.' is a CNAME to 'nothere.example.com.' (answered by '*.example.com.'),"
            + " which leads back to it: resolvers answer SERVFAIL for every name the wildcard"
            + " matches",
        found.get(0).message());
    assertEquals(
        "'x.example.com.' is a CNAME to 'x.d.example.com.' (answered by 'x.example.com.'), which"
            + " leads back to it: resolvers answer SERVFAIL for every query of this name",
        found.get(1).message());
  }

  /** One loop through many names must take linear time: memoised, no walk per name. */
  @Test
  void longLoopIsLinear() {
    int n = 100_000;
    StringBuilder zone = new StringBuilder(APEX);
    for (int i = 0; i < n; i++) {
      zone.append('c').append(i).append(" CNAME c").append((i + 1) % n).append('\n');
    }
    List<Diagnostic> found =
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> run(zone.toString()));
    assertEquals(1, found.size());
    assertTrue(found.get(0).message().contains("(" + (n - CnameLoop.SHOWN - 1) + " more)"));
  }

  private static List<Diagnostic> run(String zone) {
    return RuleTester.run(
        new CnameLoop(), Name.fromConstantString("example.com."), CheckOptions.DEFAULTS, zone);
  }
}

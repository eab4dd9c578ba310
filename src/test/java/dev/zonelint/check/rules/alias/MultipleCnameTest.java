package dev.zonelint.check.rules.alias;

import static dev.zonelint.check.RuleTester.APEX;
import static dev.zonelint.check.RuleTester.expect;

import dev.zonelint.check.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class MultipleCnameTest {
  private static final String RULE = "multiple-cname";

  @TestFactory
  Stream<DynamicTest> cases() {
    return RuleTester.of(new MultipleCname())
        .valid("one cname", APEX + "www CNAME a.example.net.\n")
        .valid(
            "identical copy is duplicate-record's",
            APEX + "www CNAME a.example.net.\nwww CNAME a.example.net.\n")
        .valid(
            "copy differing only in case",
            APEX + "www CNAME a.example.net.\nwww CNAME A.Example.NET.\n")
        .valid(
            "relative and absolute spellings of one target",
            APEX + "www CNAME web\nwww CNAME web.example.com.\n")
        .valid(
            "cname beside an alias is cname-and-other-data's",
            APEX + "shop CNAME a.example.net.\nshop ALIAS b.example.net.\n")
        .valid(
            "same target from different names",
            APEX + "www CNAME a.example.net.\nftp CNAME a.example.net.\n")
        .invalid(
            "two targets",
            APEX + "www CNAME a.example.net.\nwww CNAME b.example.net.\n",
            expect(9, 1, RULE))
        .invalid(
            "knot's cname_multiple",
            APEX + "email CNAME mail\nemail CNAME mail2\n",
            expect(9, RULE))
        .invalid(
            "every different target after the first, repeats skipped",
            APEX
                + """
                www CNAME a.example.net.
                www CNAME b.example.net.
                www CNAME a.example.net.
                www CNAME c.example.net.
                www CNAME B.example.net.
                """,
            expect(9, RULE),
            expect(11, RULE))
        .invalid(
            "blank owner",
            APEX + "www CNAME a.example.net.\n    CNAME b.example.net.\n",
            expect(9, 5, RULE))
        .invalid(
            "spread over the file, owner case differs",
            APEX + "www CNAME a.example.net.\nftp A 192.0.2.1\nWWW CNAME b.example.net.\n",
            expect(10, RULE))
        .invalid(
            "at the apex",
            APEX + "@ CNAME a.example.net.\n@ CNAME b.example.net.\n",
            expect(9, RULE))
        .invalid(
            "wildcard",
            APEX + "* CNAME a.example.net.\n*.example.com. CNAME b.example.net.\n",
            expect(9, RULE))
        .stream();
  }
}

package dev.zonelint.check.rules.alias;

import static dev.zonelint.check.RuleTester.APEX;
import static dev.zonelint.check.RuleTester.expect;

import dev.zonelint.check.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class MultipleDnameTest {
  private static final String RULE = "multiple-dname";

  @TestFactory
  Stream<DynamicTest> cases() {
    return RuleTester.of(new MultipleDname())
        .valid("one dname", APEX + "old DNAME new.example.net.\n")
        .valid(
            "dnames at different names", APEX + "a DNAME x.example.net.\nb DNAME y.example.net.\n")
        .valid(
            "same target twice is duplicate-record's",
            APEX + "a DNAME x.example.net.\na DNAME X.example.net.\n")
        .valid("a dname and a cname elsewhere", APEX + "a DNAME x.example.net.\nb CNAME a\n")
        .invalid(
            "Knot dname_multiple.zone", APEX + "foo DNAME bar1\nfoo DNAME bar2\n", expect(9, RULE))
        .invalid(
            "three dnames, blank owner",
            APEX + "foo DNAME bar1\n    DNAME bar2\n    DNAME bar3\n",
            expect(9, 5, RULE),
            expect(10, 5, RULE))
        .invalid(
            "at the apex", APEX + "@ DNAME example.net.\n@ DNAME example.org.\n", expect(9, RULE))
        .invalid(
            "absolute and relative spellings of different targets",
            APEX + "foo DNAME bar.example.com.\nfoo DNAME baz\n",
            expect(9, RULE))
        .stream();
  }
}

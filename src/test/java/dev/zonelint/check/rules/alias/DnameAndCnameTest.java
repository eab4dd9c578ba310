package dev.zonelint.check.rules.alias;

import static dev.zonelint.check.RuleTester.APEX;
import static dev.zonelint.check.RuleTester.expect;

import dev.zonelint.check.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class DnameAndCnameTest {
  private static final String RULE = "dname-and-cname";

  @TestFactory
  Stream<DynamicTest> cases() {
    return RuleTester.of(new DnameAndCname())
        .valid("dname alone", APEX + "old DNAME example.net.\n")
        .valid("address beside a dname", APEX + "old DNAME example.net.\nold A 192.0.2.1\n")
        .valid(
            "cname below a dname is data-below-dname's",
            APEX + "old DNAME example.net.\nwww.old CNAME www.example.net.\n")
        .valid(
            "cname and dname at different names",
            APEX + "old CNAME a.example.net.\nolder DNAME example.net.\n")
        .valid(
            "dname at the apex",
            """
            $TTL 3600
            @ SOA ns1.example.net. hostmaster.example.net. 1 7200 3600 1209600 3600
            @ NS ns1.example.net.
            @ DNAME example.net.
            """)
        .valid("alias beside a dname", APEX + "old DNAME example.net.\nold ALIAS lb.example.net.\n")
        .invalid(
            "bind's bad-cname-and-dname", APEX + "bad DNAME @\nbad CNAME @\n", expect(9, 1, RULE))
        .invalid(
            "cname written before the dname",
            APEX + "old CNAME a.example.net.\nold DNAME example.net.\n",
            expect(8, RULE))
        .invalid(
            "blank owner",
            APEX + "old DNAME example.net.\n    CNAME example.net.\n",
            expect(9, 5, RULE))
        .invalid(
            "at the apex", APEX + "@ DNAME example.net.\n@ CNAME example.net.\n", expect(9, RULE))
        .invalid(
            "each cname is reported",
            APEX
                + """
                old CNAME a.example.net.
                OLD.example.com. DNAME example.net.
                old CNAME b.example.net.
                """,
            expect(8, RULE),
            expect(10, RULE))
        .stream();
  }
}

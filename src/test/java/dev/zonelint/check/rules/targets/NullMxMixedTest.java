package dev.zonelint.check.rules.targets;

import static dev.zonelint.check.RuleTester.APEX;
import static dev.zonelint.check.RuleTester.expect;

import dev.zonelint.check.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class NullMxMixedTest {
  private static final String RULE = "null-mx-mixed";

  @TestFactory
  Stream<DynamicTest> cases() {
    return RuleTester.of(new NullMxMixed())
        .valid("null MX alone", APEX + "@ MX 0 .\n")
        .valid("ordinary MX records", APEX + "@ MX 10 mx1.example.net.\n@ MX 20 mx2.example.net.\n")
        .valid(
            "null MX and a real MX at different names",
            APEX + "@ MX 0 .\nwww MX 10 mx.example.net.\n")
        .valid("a repeated null MX is not mixed", APEX + "@ MX 0 .\n@ MX 0 .\n")
        .valid("null MX with a non-zero preference, alone", APEX + "@ MX 10 .\n")
        .valid(
            "mixed MX at an occluded name below a delegation",
            APEX + "sub NS ns.example.net.\nsub MX 0 .\nsub MX 10 mx.example.net.\n")
        .valid("an MX whose exchange is the apex", APEX + "@ MX 0 @\n@ A 192.0.2.1\n")
        .invalid(
            "null MX beside a real one",
            APEX + "@ MX 0 .\n@ MX 10 mx.example.net.\n",
            expect(8, 1, RULE))
        .invalid(
            "null MX written after the real one",
            APEX + "@ MX 10 mx.example.net.\n@ MX 0 .\n",
            expect(9, RULE))
        .invalid(
            "null MX with a non-zero preference",
            APEX + "shop MX 10 .\nshop MX 20 mx.example.net.\n",
            expect(8, RULE))
        .invalid(
            "blank owners",
            APEX + "www A 192.0.2.3\n     MX 0 .\n     MX 10 mx.example.net.\n",
            expect(9, 6, RULE))
        .invalid(
            "each null MX is reported",
            APEX + "@ MX 0 .\n@ MX 0 .\n@ MX 10 mx.example.net.\n",
            expect(8, RULE),
            expect(9, RULE))
        .invalid(
            "owner in another letter case and absolute",
            APEX + "WWW MX 0 .\nwww.example.com. MX 10 mx.example.net.\n",
            expect(8, RULE))
        .invalid(
            "at a wildcard owner",
            APEX + "*.shop MX 0 .\n*.shop MX 5 mx.example.net.\n",
            expect(8, RULE))
        .stream();
  }
}

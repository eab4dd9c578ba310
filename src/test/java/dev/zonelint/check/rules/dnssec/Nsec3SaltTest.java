package dev.zonelint.check.rules.dnssec;

import static dev.zonelint.check.RuleTester.APEX;
import static dev.zonelint.check.RuleTester.expect;

import dev.zonelint.check.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class Nsec3SaltTest {
  private static final String RULE = "nsec3-salt";

  @TestFactory
  Stream<DynamicTest> cases() {
    return RuleTester.of(new Nsec3Salt())
        .valid("NSEC3-signed fixture, no salt", Signed.TWO_ALGORITHMS)
        .valid("empty salt", APEX + "@ NSEC3PARAM 1 0 0 -\n")
        .invalid("salt", APEX + "@ NSEC3PARAM 1 0 0 aabbccdd\n", expect(8, RULE))
        .invalid(
            "no NSEC3PARAM: once, at the first NSEC3",
            APEX
                + "0p9mhaveqvm6t7vbl5lop2u3t2rp3tom NSEC3 1 0 0 aabb 2t7b4g4vsa5smi47k61mv5bv1a22bojr A\n"
                + "2t7b4g4vsa5smi47k61mv5bv1a22bojr NSEC3 1 0 0 aabb 0p9mhaveqvm6t7vbl5lop2u3t2rp3tom A\n",
            expect(8, RULE))
        .stream();
  }
}

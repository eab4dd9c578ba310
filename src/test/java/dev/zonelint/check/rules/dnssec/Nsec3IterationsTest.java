package dev.zonelint.check.rules.dnssec;

import static dev.zonelint.check.RuleTester.APEX;
import static dev.zonelint.check.RuleTester.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zonelint.check.RuleTester;
import dev.zonelint.diag.Severity;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class Nsec3IterationsTest {
  private static final String RULE = "nsec3-iterations";
  private static final Nsec3Iterations CHECK = new Nsec3Iterations();

  @TestFactory
  Stream<DynamicTest> cases() {
    return RuleTester.of(CHECK)
        .valid("0 iterations", APEX + "@ NSEC3PARAM 1 0 0 -\n")
        .valid("NSEC zone", Signed.ECDSA)
        .invalid(
            "fixture signed with 1 iteration",
            Signed.TWO_ALGORITHMS,
            expect(Signed.line(Signed.TWO_ALGORITHMS, "example.com.\t3600\tIN\tNSEC3PARAM"), RULE))
        .invalid("101 iterations", APEX + "@ NSEC3PARAM 1 0 101 -\n", expect(8, RULE))
        .invalid(
            "no NSEC3PARAM: once, at the first NSEC3",
            APEX
                + "0p9mhaveqvm6t7vbl5lop2u3t2rp3tom NSEC3 1 1 12 - 2t7b4g4vsa5smi47k61mv5bv1a22bojr A\n"
                + "2t7b4g4vsa5smi47k61mv5bv1a22bojr NSEC3 1 1 12 - 0p9mhaveqvm6t7vbl5lop2u3t2rp3tom A\n",
            expect(8, RULE))
        .stream();
  }

  @Test
  void beyondWhatValidatorsAcceptIsAnError() {
    assertEquals(
        List.of(Severity.WARNING),
        KeyFixtures.severities(CHECK, APEX + "@ NSEC3PARAM 1 0 100 -\n"));
    assertEquals(
        List.of(Severity.ERROR), KeyFixtures.severities(CHECK, APEX + "@ NSEC3PARAM 1 0 150 -\n"));
  }
}

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

class Nsec3paramInvalidTest {
  private static final String RULE = "nsec3param-invalid";
  private static final Nsec3paramInvalid CHECK = new Nsec3paramInvalid();

  @TestFactory
  Stream<DynamicTest> cases() {
    return RuleTester.of(CHECK)
        .valid("NSEC3-signed fixture", Signed.TWO_ALGORITHMS)
        .valid("one NSEC3PARAM at the apex", APEX + "@ NSEC3PARAM 1 0 0 -\n")
        .invalid("opt-out flag", APEX + "@ NSEC3PARAM 1 1 0 -\n", expect(8, RULE))
        .invalid("unknown hash algorithm", APEX + "@ NSEC3PARAM 2 0 0 -\n", expect(8, RULE))
        .invalid("below the apex", APEX + "www NSEC3PARAM 1 0 0 -\n", expect(8, RULE))
        .invalid(
            "two at the apex: the second",
            APEX + "@ NSEC3PARAM 1 0 0 -\n@ NSEC3PARAM 1 0 0 aabb\n",
            expect(9, RULE))
        .stream();
  }

  @Test
  void aSecondNsec3paramIsAWarning() {
    assertEquals(
        List.of(Severity.WARNING),
        KeyFixtures.severities(CHECK, APEX + "@ NSEC3PARAM 1 0 0 -\n@ NSEC3PARAM 1 0 0 aabb\n"));
  }
}

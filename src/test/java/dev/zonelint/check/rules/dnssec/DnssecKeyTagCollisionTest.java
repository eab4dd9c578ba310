package dev.zonelint.check.rules.dnssec;

import static dev.zonelint.check.RuleTester.APEX;
import static dev.zonelint.check.RuleTester.expect;
import static dev.zonelint.check.rules.dnssec.Signed.ECDSA;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zonelint.check.RuleTester;
import dev.zonelint.diag.Severity;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class DnssecKeyTagCollisionTest {
  private static final String RULE = "dnssec-key-tag-collision";
  private static final DnssecKeyTagCollision CHECK = new DnssecKeyTagCollision();

  private static String keys(int n) {
    StringBuilder zone = new StringBuilder(APEX);
    zone.append("@ DNSKEY 256 3 13 ").append(KeyFixtures.ZSK).append('\n');
    for (int i = 1; i < n; i++) {
      zone.append("@ DNSKEY 256 3 13 ")
          .append(KeyFixtures.sameTag(KeyFixtures.ZSK, i * 3))
          .append('\n');
    }
    return zone.toString();
  }

  @TestFactory
  Stream<DynamicTest> cases() {
    return RuleTester.of(CHECK)
        .valid("KSK and ZSK", ECDSA)
        .valid("one key", keys(1))
        .invalid("two keys, one tag: at the second", keys(2), expect(9, RULE))
        .invalid("four keys, one tag: one finding", keys(4), expect(9, RULE))
        .stream();
  }

  @Test
  void fourOrMoreCollidingKeysAreAnError() {
    assertEquals(List.of(Severity.WARNING), KeyFixtures.severities(CHECK, keys(3)));
    assertEquals(List.of(Severity.ERROR), KeyFixtures.severities(CHECK, keys(4)));
  }
}

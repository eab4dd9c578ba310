package dev.zonelint.check.rules.records;

import static dev.zonelint.check.RuleTester.APEX;
import static dev.zonelint.check.RuleTester.expect;

import dev.zonelint.check.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class DnssecDsNotAtDelegationTest {
  private static final String RULE = "dnssec-ds-not-at-delegation";
  private static final String DS =
      " DS 14364 10 2 FD03B2312C8F0FE72C1751EFA1007D743C94EC91594FF0047C23C37CE119BA0C\n";

  @TestFactory
  Stream<DynamicTest> cases() {
    return RuleTester.of(new DnssecDsNotAtDelegation())
        .valid("ds at a delegation", APEX + "sub NS ns.example.net.\nsub" + DS)
        .valid("ds before the ns", APEX + "sub" + DS + "sub NS ns.example.net.\n")
        .valid("apex is another rule's", APEX + "@" + DS)
        .valid("below a cut is occluded-data's", APEX + "sub NS ns.example.net.\nx.sub" + DS)
        .invalid("BIND bad-ds-2.db", APEX + "foo" + DS, expect(8, RULE))
        .invalid("beside an address", APEX + "www A 192.0.2.80\nwww" + DS, expect(9, RULE))
        .invalid("at an empty non-terminal's child", APEX + "a.b.c" + DS, expect(8, RULE))
        .invalid(
            "two, blank owner", APEX + "foo" + DS + "  " + DS, expect(8, RULE), expect(9, 4, RULE))
        .stream();
  }
}

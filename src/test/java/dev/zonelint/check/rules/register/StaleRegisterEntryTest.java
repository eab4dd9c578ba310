package dev.zonelint.check.rules.register;

import static dev.zonelint.check.RuleTester.APEX;
import static dev.zonelint.check.RuleTester.expect;

import dev.zonelint.check.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class StaleRegisterEntryTest {
  private static final String RULE = "stale-register-entry";

  @TestFactory
  Stream<DynamicTest> cases() {
    String register =
        """
        name,owner,service
        www.example.com,web,site
        old.example.com,web,retired site
        txt-only.example.com,sec,verification
        host.sub.example.com,team-b,in the child zone
        other.example.org,team-c,another zone
        old.example.com,web,listed twice
        """;
    return RuleTester.of(new StaleRegisterEntry())
        .options(Registers.with(register))
        .invalid(
            "retired and TXT-only names are stale, each once; other zones' rows are not judged",
            APEX
                + """
                www A 192.0.2.1
                txt-only TXT "token"
                sub NS ns.sub
                ns.sub A 192.0.2.3
                """,
            expect(3, 1, RULE),
            expect(4, 1, RULE))
        .stream();
  }

  @TestFactory
  Stream<DynamicTest> withoutRegister() {
    return RuleTester.of(new StaleRegisterEntry()).valid("silent", APEX).stream();
  }
}

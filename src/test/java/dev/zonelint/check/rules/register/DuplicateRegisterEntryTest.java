package dev.zonelint.check.rules.register;

import static dev.zonelint.check.RuleTester.APEX;
import static dev.zonelint.check.RuleTester.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zonelint.check.RuleTester;
import dev.zonelint.diag.Diagnostic;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.xbill.DNS.Name;

class DuplicateRegisterEntryTest {
  private static final String RULE = "duplicate-register-entry";
  private static final String REGISTER =
      """
      www.example.com,web
      api.example.com,platform
      www.example.com.,web
      API.example.com,security
      other.example.org,x
      other.example.org,y
      """;

  @TestFactory
  Stream<DynamicTest> cases() {
    return RuleTester.of(new DuplicateRegisterEntry())
        .options(Registers.with(REGISTER))
        .invalid(
            "extra rows of this zone's names; other zones' duplicates are theirs",
            APEX + "www A 192.0.2.1\n",
            expect(3, 1, RULE),
            expect(4, 1, RULE))
        .stream();
  }

  @Test
  void conflictingOwnersAreNamed() {
    List<Diagnostic> found =
        RuleTester.run(
            new DuplicateRegisterEntry(),
            Name.fromConstantString("example.com."),
            Registers.with(REGISTER),
            APEX);
    assertEquals(
        List.of(
            "register.csv:3:1 the register lists 'www.example.com.' again, as at line 1",
            "register.csv:4:1 the register lists 'api.example.com.' again with a conflicting"
                + " owner: 'security' here, 'platform' at line 2"),
        found.stream().map(d -> d.location() + " " + d.message()).toList());
    assertEquals("register.csv:2:1", found.get(1).related().get(0).location().toString());
  }
}

package dev.zonelint.parse;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.zonelint.check.CheckOptions;
import dev.zonelint.check.Checker;
import dev.zonelint.check.RuleRegistry;

/**
 * Coverage-guided fuzzing of lexer, parser, {@code $GENERATE} and every rule: any input must end in
 * diagnostics, never an exception. In a normal test run this replays the committed seeds
 * (src/test/resources/dev/zonelint/parse/ParserFuzzTestInputs/); {@code make fuzz} fuzzes.
 */
class ParserFuzzTest {
  private static final Checker CHECKER =
      new Checker(RuleRegistry.builtIn().rules(), CheckOptions.DEFAULTS);

  @FuzzTest(maxDuration = "30m")
  void parseAndCheck(byte[] input) {
    ParseResult r = ParserFixture.parse(input, "example.com.");
    CHECKER.check(r.zone());
  }
}

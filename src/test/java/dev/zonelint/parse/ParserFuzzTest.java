package dev.zonelint.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.zonelint.check.CheckOptions;
import dev.zonelint.check.Checker;
import dev.zonelint.check.RuleRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.xbill.DNS.Name;

/**
 * Coverage-guided fuzzing of lexer, parser, {@code $GENERATE} and every rule: any input must end in
 * diagnostics, never an exception; and a file parsed in two parts at once must read as in one pass,
 * wherever it is split. In a normal test run this replays the committed seeds
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

  /** Includes resolve inside this folder only, so a run never reads the machine's files. */
  private static final Path FOLDER = folder();

  @FuzzTest(maxDuration = "30m")
  void splitAnywhere(FuzzedDataProvider data) throws IOException {
    int target = data.consumeInt(0, 1 << 12);
    byte[] zone = data.consumeRemainingAsBytes();
    Path file = FOLDER.resolve("fuzz.zone");
    Files.write(file, zone);
    ParseOptions options =
        new ParseOptions(
            Name.fromConstantString("example.com."),
            "fuzz.zone",
            FOLDER,
            ParseOptions.DEFAULT_MAX_GENERATE,
            ParseOptions.DEFAULT_MAX_RECORDS,
            FOLDER);
    ParseResult parallel = ParallelParse.parseSplitNear(file, options, target);
    if (parallel != null) {
      try (InputStream in = Files.newInputStream(file)) {
        ParseResult onePass = ZoneParser.parse(in, file, options);
        assertEquals(ParallelParseTest.render(onePass), ParallelParseTest.render(parallel));
      }
    }
  }

  private static Path folder() {
    try {
      Path folder = Files.createTempDirectory("zonelint-split-fuzz");
      folder.toFile().deleteOnExit();
      return folder.toRealPath();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package dev.zonelint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zonelint.report.Version;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The command models are built in code ({@link Specs}); the usage help of each command is pinned
 * here, byte for byte as picocli printed it from the annotations they replaced, so a lost option,
 * default or description shows up as a diff.
 */
class UsageTest {
  @ParameterizedTest
  @ValueSource(
      strings = {"zonelint", "check", "fix", "rules", "explain", "inventory", "install-hook"})
  void helpIsAsPinned(String command) throws IOException {
    MainTest.Run r =
        command.equals("zonelint") ? MainTest.run("--help") : MainTest.run(command, "--help");
    assertEquals(0, r.exit());
    assertEquals(expected(command), r.out());
  }

  @ParameterizedTest
  @ValueSource(strings = {"fix", "inventory", "explain"})
  void requiredParametersAreRequired(String command) {
    MainTest.Run r = MainTest.run(command);
    assertEquals(ExitCode.USAGE, r.exit());
    assertTrue(r.err().startsWith("Missing required parameter: "), r.err());
  }

  @ParameterizedTest
  @ValueSource(strings = {"check", "fix", "rules", "explain", "inventory", "install-hook"})
  void everyCommandKnowsTheVersion(String command) {
    MainTest.Run r = MainTest.run(command, "--version");
    assertEquals(0, r.exit());
    assertTrue(r.out().startsWith("zonelint "), r.out());
  }

  @ParameterizedTest
  @ValueSource(strings = {"--version", "-V"})
  void theRootCommandKnowsTheVersionWithoutItsSubcommands(String option) {
    MainTest.Run r = MainTest.run(option);
    assertEquals(0, r.exit());
    assertEquals("zonelint " + Version.VALUE + System.lineSeparator(), r.out());
  }

  private static String expected(String command) throws IOException {
    try (InputStream in = UsageTest.class.getResourceAsStream("usage/" + command + ".txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}

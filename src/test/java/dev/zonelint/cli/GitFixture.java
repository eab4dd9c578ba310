package dev.zonelint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zonelint.cli.MainTest.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A real git repository in a temporary folder, and zonelint run as a separate process inside it:
 * the way a hook or CI job runs it, with that folder as working directory.
 */
final class GitFixture {
  private final Path top;

  GitFixture(Path top) throws IOException {
    this.top = Files.createDirectories(top);
    git("init", "-q", "-b", "main");
    git("config", "user.email", "test@example.com");
    git("config", "user.name", "test");
    git("config", "commit.gpgsign", "false");
  }

  Path top() {
    return top;
  }

  /** Writes a file below the top, creating folders. */
  GitFixture write(String path, String text) throws IOException {
    Path p = top.resolve(path);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
    return this;
  }

  /** Runs git in the top folder and returns its output; fails the test if git fails. */
  String git(String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of("git"));
    command.addAll(List.of(args));
    Run r = exec(command, top);
    assertEquals(0, r.exit(), "git " + String.join(" ", args) + ": " + r.err());
    return r.out();
  }

  /** Runs {@code zonelint ARGS} in {@code dir} as its own JVM. */
  static Run zonelint(Path dir, String... args) throws IOException {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName()));
    command.addAll(List.of(args));
    return exec(command, dir);
  }

  Run zonelint(String... args) throws IOException {
    return zonelint(top, args);
  }

  static Run exec(List<String> command, Path dir) throws IOException {
    Path out = Files.createTempFile("zonelint-test", ".out");
    Path err = Files.createTempFile("zonelint-test", ".err");
    try {
      Process p =
          new ProcessBuilder(command)
              .directory(dir.toFile())
              .redirectOutput(out.toFile())
              .redirectError(err.toFile())
              .start();
      p.getOutputStream().close();
      int exit = p.waitFor();
      return new Run(
          exit,
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }
}

package dev.zonelint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares output with a file under {@code src/test/resources/dev/zonelint/report/}. Run with
 * {@code -Dgolden.update=true} to rewrite the files after an intended change, then review the diff.
 */
final class Golden {
  private static final Path SOURCE = Path.of("src/test/resources/dev/zonelint/report");

  private Golden() {}

  static void assertMatches(String name, String actual) throws IOException {
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(SOURCE.resolve(name), actual);
      return;
    }
    try (InputStream in = Golden.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException("no golden file " + name + "; run with -Dgolden.update=true");
      }
      assertEquals(new String(in.readAllBytes(), StandardCharsets.UTF_8), actual, name);
    }
  }
}

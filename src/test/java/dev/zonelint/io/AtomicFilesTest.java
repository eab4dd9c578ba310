package dev.zonelint.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
  private static final byte[] ORIGINAL =
      "$ORIGIN example.com.\n@ 3600 IN SOA ns hostmaster 1 2 3 4 5\n"
          .getBytes(StandardCharsets.US_ASCII);

  @TempDir Path dir;

  @Test
  void replacesContentAndKeepsPermissions() throws IOException {
    Path zone = dir.resolve("example.com.zone");
    Files.write(zone, ORIGINAL);
    Files.setPosixFilePermissions(zone, PosixFilePermissions.fromString("rw-r-----"));

    AtomicFiles.write(zone, "new\n".getBytes(StandardCharsets.US_ASCII));

    assertEquals("new\n", Files.readString(zone));
    assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(zone)));
    assertEquals(List.of(zone), listing());
  }

  @Test
  void failedWriteLeavesOriginalAndNoTemporary() throws IOException {
    Path zone = dir.resolve("example.com.zone");
    Files.write(zone, ORIGINAL);

    assertThrows(
        UncheckedIOException.class,
        () ->
            AtomicFiles.write(
                zone,
                out -> {
                  out.write("partial".getBytes(StandardCharsets.US_ASCII));
                  throw new UncheckedIOException(new IOException("disk full"));
                }));

    assertEquals(new String(ORIGINAL, StandardCharsets.US_ASCII), Files.readString(zone));
    assertEquals(List.of(zone), listing());
  }

  @Test
  void killDuringWriteLeavesOriginalIntactAndNextRunCleansUp() throws Exception {
    Path zone = dir.resolve("example.com.zone");
    Files.write(zone, ORIGINAL);
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                SlowWriter.class.getName(),
                zone.toString())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    try (BufferedReader lines =
        new BufferedReader(
            new InputStreamReader(child.getInputStream(), StandardCharsets.US_ASCII))) {
      assertEquals("writing", lines.readLine(), "the child started its write");
      assertTrue(listing().size() == 2, "a temporary file is being written beside the zone");
      child.destroyForcibly();
      assertTrue(child.waitFor(30, TimeUnit.SECONDS));
    }

    assertEquals(new String(ORIGINAL, StandardCharsets.US_ASCII), Files.readString(zone));

    AtomicFiles.write(zone, ORIGINAL);
    assertEquals(List.of(zone), listing(), "the killed run's temporary file is gone");
  }

  private List<Path> listing() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.sorted().toList();
    }
  }
}

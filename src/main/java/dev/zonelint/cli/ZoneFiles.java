package dev.zonelint.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Expands the command line's files and folders into the zone files to check, sorted. */
final class ZoneFiles {
  private ZoneFiles() {}

  /** Whether a file in a searched folder looks like a zone: *.zone, *.db or db.*. */
  static boolean looksLikeZone(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".zone") || name.endsWith(".db") || name.startsWith("db.");
  }

  /**
   * Expands the arguments.
   *
   * @throws IOException naming the first argument that does not exist or cannot be listed
   */
  static List<Path> expand(List<Path> arguments) throws IOException {
    List<Path> out = new ArrayList<>();
    for (Path p : arguments) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(Files::isRegularFile)
              .filter(ZoneFiles::looksLikeZone)
              .sorted()
              .forEach(out::add);
        }
      } else if (Files.isReadable(p) && !Files.isDirectory(p)) {
        out.add(p);
      } else {
        throw new IOException("cannot read '" + p + "': no such file or not readable");
      }
    }
    return out;
  }
}

package dev.zonelint.cli;

import dev.zonelint.config.ConfigException;
import dev.zonelint.config.ConfigFinder;
import dev.zonelint.config.ZoneConfig;
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
    try {
      return expand(arguments, null);
    } catch (ConfigException e) {
      throw new IllegalStateException("no configuration was read", e);
    }
  }

  /**
   * Expands the arguments; in a searched folder, the {@code files} globs of the configuration that
   * applies there (if {@code configs} is not null and it sets them) replace the name test.
   */
  static List<Path> expand(List<Path> arguments, ConfigFinder configs)
      throws IOException, ConfigException {
    List<Path> out = new ArrayList<>();
    for (Path p : arguments) {
      if (Files.isDirectory(p)) {
        List<Path> found;
        try (Stream<Path> walk = Files.walk(p)) {
          found = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : found) {
          ZoneConfig config =
              configs == null ? null : configs.forFolder(f.toAbsolutePath().getParent());
          Boolean chosen = config == null ? null : config.isZoneFile(f);
          if (chosen == null ? looksLikeZone(f) : chosen) {
            out.add(f);
          }
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

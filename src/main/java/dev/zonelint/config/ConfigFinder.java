package dev.zonelint.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the configuration of a zone file: the one given with {@code --config}, else the nearest
 * {@code .zonelint.yaml} in the file's folder or above. Each folder is looked at and each file read
 * once per run.
 */
public final class ConfigFinder {
  private final ZoneConfig fixed;
  private final Set<String> knownRules;
  private final Map<Path, Optional<ZoneConfig>> byFolder = new HashMap<>();

  private ConfigFinder(ZoneConfig fixed, Set<String> knownRules) {
    this.fixed = fixed;
    this.knownRules = knownRules;
  }

  /** A finder that always answers the given file ({@code --config}). */
  public static ConfigFinder fixed(Path file, Set<String> knownRules)
      throws IOException, ConfigException {
    return new ConfigFinder(ConfigReader.read(file, knownRules), knownRules);
  }

  /** A finder that walks up from each zone file. */
  public static ConfigFinder walking(Set<String> knownRules) {
    return new ConfigFinder(null, knownRules);
  }

  /** The configuration for a zone file, or null if there is none. */
  public synchronized ZoneConfig forFile(Path zoneFile) throws IOException, ConfigException {
    if (fixed != null) {
      return fixed;
    }
    Path folder = zoneFile.toAbsolutePath().normalize().getParent();
    return folder == null ? null : forFolder(folder);
  }

  /** The configuration that applies to the files of a folder, or null. */
  public synchronized ZoneConfig forFolder(Path folder) throws IOException, ConfigException {
    if (fixed != null) {
      return fixed;
    }
    Path dir = folder.toAbsolutePath().normalize();
    Optional<ZoneConfig> known = byFolder.get(dir);
    if (known == null) {
      Path candidate = dir.resolve(ConfigReader.FILE_NAME);
      if (Files.isRegularFile(candidate)) {
        known = Optional.of(ConfigReader.read(candidate, knownRules));
      } else {
        known = Optional.ofNullable(dir.getParent() == null ? null : forFolder(dir.getParent()));
      }
      byFolder.put(dir, known);
    }
    return known.orElse(null);
  }
}

package dev.zonelint.config;

import dev.zonelint.diag.Severity;
import dev.zonelint.provider.Provider;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.Map;

/**
 * The settings of one {@code .zonelint.yaml}. Every field is optional (null or empty when the file
 * does not set it); paths are already resolved against the file's folder.
 *
 * @param file the configuration file itself
 * @param files globs (relative to the file's folder) that pick the zone files in a searched folder
 * @param origins the default origin of the zone files matching each glob, first match wins
 * @param provider the DNS provider profile
 * @param rules severity per rule id; a null value turns the rule off
 */
public record ZoneConfig(
    Path file,
    List<PathMatcher> files,
    Map<PathMatcher, String> origins,
    Provider provider,
    Map<String, Severity> rules,
    Integer cnameChain,
    Path spfKnown,
    Integer maxDiagnostics,
    Path includeRoot) {

  /** The folder the file's globs and paths are relative to. */
  public Path folder() {
    return file.toAbsolutePath().getParent();
  }

  /**
   * Whether a file found in a searched folder is a zone file, or null if {@code files} is unset.
   */
  public Boolean isZoneFile(Path candidate) {
    if (files.isEmpty()) {
      return null;
    }
    Path relative = folder().relativize(candidate.toAbsolutePath().normalize());
    return files.stream().anyMatch(m -> m.matches(relative));
  }

  /** The configured origin of a zone file, or null. */
  public String originOf(Path zoneFile) {
    Path relative = folder().relativize(zoneFile.toAbsolutePath().normalize());
    for (Map.Entry<PathMatcher, String> e : origins.entrySet()) {
      if (e.getKey().matches(relative)) {
        return e.getValue();
      }
    }
    return null;
  }
}

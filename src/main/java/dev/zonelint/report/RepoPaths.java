package dev.zonelint.report;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Paths as CI systems want them: relative to the repository root (the working folder) with forward
 * slashes, so that reports match the files of the checkout wherever it lives.
 */
public final class RepoPaths {
  private final Path root;

  /** Paths are made relative to {@code root}, an absolute folder. */
  public RepoPaths(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  /** The path relative to the root; a path outside the root stays absolute. */
  public String relative(String path) {
    try {
      Path p = Path.of(path);
      Path absolute = p.isAbsolute() ? p.normalize() : root.resolve(p).normalize();
      Path shown = absolute.startsWith(root) ? root.relativize(absolute) : absolute;
      return shown.toString().replace('\\', '/');
    } catch (InvalidPathException e) {
      return path;
    }
  }

  /** Whether {@link #relative} gives a path below the root. */
  public boolean isInside(String path) {
    return !Path.of(relative(path)).isAbsolute();
  }
}

package dev.zonelint.parse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens the files {@code $INCLUDE} reads, after the sandbox has accepted them: the disk, or text
 * held in memory such as the fixer's edits between rounds.
 */
@FunctionalInterface
public interface IncludeSource {
  IncludeSource DISK = Files::newInputStream;

  /** Opens the included file, named by its real path. */
  InputStream open(Path realPath) throws IOException;
}

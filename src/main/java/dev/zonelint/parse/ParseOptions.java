package dev.zonelint.parse;

import java.nio.file.Path;
import org.xbill.DNS.Name;

/**
 * How to read a zone file.
 *
 * @param origin the origin given by the user, or null to work it out from the file
 * @param displayPath how the top-level file is named in diagnostics
 * @param workingDirectory where relative {@code $INCLUDE} paths are tried after the including
 *     file's folder
 * @param maxGenerate the most records one {@code $GENERATE} may create
 * @param maxRecords the most records one zone may hold
 * @param includeRoot the folder {@code $INCLUDE} may read below, or null for the folder of the
 *     top-level zone file
 * @param includeSource how included files are read once the sandbox accepts them
 */
public record ParseOptions(
    Name origin,
    String displayPath,
    Path workingDirectory,
    int maxGenerate,
    long maxRecords,
    Path includeRoot,
    IncludeSource includeSource) {

  /** Options whose includes are read from disk. */
  public ParseOptions(
      Name origin,
      String displayPath,
      Path workingDirectory,
      int maxGenerate,
      long maxRecords,
      Path includeRoot) {
    this(
        origin,
        displayPath,
        workingDirectory,
        maxGenerate,
        maxRecords,
        includeRoot,
        IncludeSource.DISK);
  }

  /** Options with the default include root, the zone file's folder. */
  public ParseOptions(
      Name origin, String displayPath, Path workingDirectory, int maxGenerate, long maxRecords) {
    this(origin, displayPath, workingDirectory, maxGenerate, maxRecords, null);
  }

  /** These options, with included files read through {@code source}. */
  public ParseOptions withIncludeSource(IncludeSource source) {
    return new ParseOptions(
        origin, displayPath, workingDirectory, maxGenerate, maxRecords, includeRoot, source);
  }

  public static final int DEFAULT_MAX_GENERATE = 65_536;
  public static final long DEFAULT_MAX_RECORDS = 50_000_000L;

  /** Defaults for a file named by its path, with an optional origin. */
  public static ParseOptions defaults(Path file, Name origin) {
    return new ParseOptions(
        origin,
        file.toString(),
        Path.of("").toAbsolutePath(),
        DEFAULT_MAX_GENERATE,
        DEFAULT_MAX_RECORDS);
  }
}

package dev.zonelint.lint;

import dev.zonelint.check.CheckOptions;
import dev.zonelint.parse.ParseOptions;
import java.nio.file.Path;
import org.xbill.DNS.Name;

/**
 * Everything a check run needs besides the files.
 *
 * @param origin the origin for every file, or null to work it out per file
 * @param workingDirectory where relative includes are tried after the including file's folder
 * @param includeRoot the folder includes may read below, or null for each zone file's folder
 * @param maxDiagnostics the most findings of one rule reported per file; the rest are counted
 * @param offerFixes whether findings carry the fixer's offer, which costs a second read of the file
 *     and only some output formats show
 */
public record LintOptions(
    Name origin,
    Path workingDirectory,
    int maxGenerate,
    long maxRecords,
    CheckOptions check,
    RuleSelection selection,
    Path includeRoot,
    int maxDiagnostics,
    boolean offerFixes) {
  public static final int DEFAULT_MAX_DIAGNOSTICS = 1000;

  /** Options with the default include root and diagnostics cap. */
  public LintOptions(
      Name origin,
      Path workingDirectory,
      int maxGenerate,
      long maxRecords,
      CheckOptions check,
      RuleSelection selection) {
    this(
        origin,
        workingDirectory,
        maxGenerate,
        maxRecords,
        check,
        selection,
        null,
        DEFAULT_MAX_DIAGNOSTICS,
        true);
  }

  public static LintOptions defaults() {
    return new LintOptions(
        null,
        Path.of("").toAbsolutePath(),
        ParseOptions.DEFAULT_MAX_GENERATE,
        ParseOptions.DEFAULT_MAX_RECORDS,
        CheckOptions.DEFAULTS,
        RuleSelection.DEFAULTS);
  }

  public LintOptions withOrigin(Name newOrigin) {
    return new LintOptions(
        newOrigin,
        workingDirectory,
        maxGenerate,
        maxRecords,
        check,
        selection,
        includeRoot,
        maxDiagnostics,
        offerFixes);
  }

  public LintOptions withSelection(RuleSelection newSelection) {
    return new LintOptions(
        origin,
        workingDirectory,
        maxGenerate,
        maxRecords,
        check,
        newSelection,
        includeRoot,
        maxDiagnostics,
        offerFixes);
  }

  public LintOptions withOfferFixes(boolean offer) {
    return new LintOptions(
        origin,
        workingDirectory,
        maxGenerate,
        maxRecords,
        check,
        selection,
        includeRoot,
        maxDiagnostics,
        offer);
  }

  ParseOptions parseOptions(String displayPath) {
    return new ParseOptions(
        origin, displayPath, workingDirectory, maxGenerate, maxRecords, includeRoot);
  }
}

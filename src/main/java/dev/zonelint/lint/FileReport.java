package dev.zonelint.lint;

import dev.zonelint.diag.Diagnostic;
import dev.zonelint.zone.OriginSource;
import java.util.List;

/**
 * The result of checking one zone file.
 *
 * @param origin the origin used, absolute with trailing dot, or empty if none was found
 * @param diagnostics sorted by file, line, column and rule
 */
public record FileReport(
    String path,
    String origin,
    OriginSource originSource,
    int recordCount,
    List<Diagnostic> diagnostics) {
  public FileReport {
    diagnostics = List.copyOf(diagnostics);
  }
}

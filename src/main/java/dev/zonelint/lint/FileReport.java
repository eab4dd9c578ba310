package dev.zonelint.lint;

import dev.zonelint.diag.Diagnostic;
import dev.zonelint.fix.Fix;
import dev.zonelint.zone.OriginSource;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The result of checking one zone file.
 *
 * @param origin the origin used, absolute with trailing dot, or empty if none was found
 * @param diagnostics sorted by file, line, column and rule
 * @param fixes the best fix {@code zonelint fix} has for a diagnostic, safe or not
 */
public record FileReport(
    String path,
    String origin,
    OriginSource originSource,
    int recordCount,
    List<Diagnostic> diagnostics,
    Map<Diagnostic, Fix> fixes) {
  public FileReport {
    diagnostics = List.copyOf(diagnostics);
    fixes = Map.copyOf(fixes);
  }

  /** A report without fixes. */
  public FileReport(
      String path,
      String origin,
      OriginSource originSource,
      int recordCount,
      List<Diagnostic> diagnostics) {
    this(path, origin, originSource, recordCount, diagnostics, Map.of());
  }

  /** The fix for one of this report's diagnostics, if the fixer has one. */
  public Optional<Fix> fixFor(Diagnostic d) {
    return Optional.ofNullable(fixes.get(d));
  }
}

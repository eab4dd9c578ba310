package dev.zonelint.parse;

import dev.zonelint.diag.Diagnostic;
import dev.zonelint.zone.Zone;
import java.util.List;

/**
 * A parsed zone, every problem found while reading it (rules {@code syntax}, {@code include},
 * {@code generate}) and the {@code zonelint-} comments of every file read, for suppressions.
 */
public record ParseResult(Zone zone, List<Diagnostic> diagnostics, List<InlineComment> comments) {
  public ParseResult {
    diagnostics = List.copyOf(diagnostics);
    comments = List.copyOf(comments);
  }

  /** A result without suppression comments. */
  public ParseResult(Zone zone, List<Diagnostic> diagnostics) {
    this(zone, diagnostics, List.of());
  }
}

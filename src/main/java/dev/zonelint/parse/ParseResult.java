package dev.zonelint.parse;

import dev.zonelint.diag.Diagnostic;
import dev.zonelint.zone.Zone;
import java.util.List;

/**
 * A parsed zone and every problem found while reading it (rules {@code syntax}, {@code include},
 * {@code generate}).
 */
public record ParseResult(Zone zone, List<Diagnostic> diagnostics) {
  public ParseResult {
    diagnostics = List.copyOf(diagnostics);
  }
}

package dev.zonelint.check;

import dev.zonelint.diag.Diagnostic;
import dev.zonelint.diag.Location;
import dev.zonelint.diag.Severity;
import java.util.function.Consumer;

/**
 * A consumer of findings that can tell from a finding's rule, severity and place alone that it will
 * not show it: a report capped at a rule's first findings hides every later one, and a large zone
 * can have tens of thousands of them (1M records: 48,000 of 49,400), whose text is then not worth
 * making.
 */
public interface FindingSink extends Consumer<Diagnostic> {
  /**
   * Counts a finding that will certainly not be shown, and returns true: its text need not be made.
   * Returns false, counting nothing, when it may be shown: the caller then builds it and hands it
   * to {@link #accept}.
   */
  boolean countIfHidden(String rule, Severity severity, Location at);
}

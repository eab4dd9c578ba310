package dev.zonelint.diag;

import java.util.Locale;

/** How serious a finding is; ordered from least to most severe. */
public enum Severity {
  INFO,
  WARNING,
  ERROR;

  /** The lower-case spelling used in every output format and option. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code error|warning|info} in any case. */
  public static Severity parse(String text) {
    return valueOf(text.trim().toUpperCase(Locale.ROOT));
  }

  public boolean atLeast(Severity other) {
    return compareTo(other) >= 0;
  }
}

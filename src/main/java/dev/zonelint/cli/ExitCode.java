package dev.zonelint.cli;

/** The process exit codes, a stable contract for hooks and CI. */
public final class ExitCode {
  /** Nothing at or above the failure threshold. */
  public static final int CLEAN = 0;

  /** Findings at or above the failure threshold (a zone that does not parse is a finding). */
  public static final int FINDINGS = 1;

  /** Usage, configuration or I/O problem (missing file, unknown rule id), or an internal error. */
  public static final int USAGE = 2;

  private ExitCode() {}
}

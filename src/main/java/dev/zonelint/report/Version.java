package dev.zonelint.report;

/** The tool's version, as reported in machine-readable output and {@code --version}. */
public final class Version {
  public static final String VALUE = "0.1.0";

  private Version() {}
}

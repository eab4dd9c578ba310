package dev.zonelint.report;

/** The tool's version, as reported in machine-readable output and {@code --version}. */
public final class Version {
  public static final String VALUE = "0.1.0";

  /** The project's home page, named as the tool's information URI in SARIF. */
  public static final String HOME = "https://github.com/zonelint/zonelint";

  private Version() {}
}

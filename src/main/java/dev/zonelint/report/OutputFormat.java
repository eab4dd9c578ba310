package dev.zonelint.report;

import dev.zonelint.check.RuleRegistry;
import java.nio.file.Path;
import java.util.List;

/** The {@code --format} choices and the reporter each one makes. */
public enum OutputFormat {
  TEXT,
  JSON,
  SARIF,
  JUNIT,
  GITHUB,
  GITLAB;

  /** Whether the format carries the fixer's offers (JSON's {@code fix}, SARIF's {@code fixes}). */
  public boolean showsFixes() {
    return this == JSON || this == SARIF;
  }

  /**
   * The reporter for this format.
   *
   * @param rulesRun ids of the rules that ran (JUnit lists one test case per rule)
   * @param root the folder that report paths are made relative to (the repository root)
   * @param color whether text output may use ANSI colours
   */
  public Reporter reporter(RuleRegistry registry, List<String> rulesRun, Path root, boolean color) {
    RepoPaths paths = new RepoPaths(root);
    switch (this) {
      case JSON:
        return new JsonReporter();
      case SARIF:
        return new SarifReporter(registry, paths);
      case JUNIT:
        return new JunitReporter(rulesRun, paths);
      case GITHUB:
        return new GithubReporter(paths);
      case GITLAB:
        return new GitlabReporter(paths);
      default:
        return new TextReporter(color);
    }
  }
}

package dev.zonelint.cli;

import dev.zonelint.lint.Baseline;
import dev.zonelint.lint.FileReport;
import dev.zonelint.report.RepoPaths;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/** {@code --baseline FILE} and {@code --update-baseline}: report only findings that are new. */
final class BaselineOptions {
  Path file;

  boolean update;

  /** Adds {@code --baseline} and {@code --update-baseline} to a command. */
  void addTo(CommandSpec spec) {
    spec.addOption(
        Specs.option(Path.class, () -> file, v -> file = v, "--baseline")
            .paramLabel("FILE")
            .description(
                "Report only findings that are not in this baseline file (see --update-baseline).")
            .build());
    spec.addOption(
        Specs.option(boolean.class, () -> update, v -> update = v, "--update-baseline")
            .description(
                "Write every finding of this run to the --baseline file (accepting them) and exit"
                    + " 0.")
            .build());
  }

  /**
   * The reports to show: all of them without a baseline, else only new findings. With {@code
   * --update-baseline}, first writes the baseline, so nothing is left to show.
   *
   * @param root the folder baseline paths are relative to
   */
  List<FileReport> apply(List<FileReport> reports, Path root, PrintWriter err)
      throws CheckCommand.UsageException {
    if (file == null) {
      if (update) {
        throw new CheckCommand.UsageException("--update-baseline needs --baseline FILE");
      }
      return reports;
    }
    RepoPaths paths = new RepoPaths(root);
    try {
      if (update) {
        int n = Baseline.write(file, reports, paths::relative);
        err.println("zonelint: wrote " + n + (n == 1 ? " finding" : " findings") + " to " + file);
      } else if (!Files.exists(file)) {
        throw new CheckCommand.UsageException(
            "no baseline '" + file + "': create it with --update-baseline");
      }
      Baseline baseline = Baseline.read(file);
      List<FileReport> fresh = baseline.newFindings(reports, paths::relative);
      if (baseline.gone() > 0) {
        err.println(
            "zonelint: "
                + baseline.gone()
                + " baseline findings are fixed; shrink "
                + file
                + " with --update-baseline");
      }
      return fresh;
    } catch (IOException e) {
      throw new CheckCommand.UsageException(
          "cannot use baseline '" + file + "': " + e.getMessage());
    }
  }
}

package dev.zonelint.report;

import dev.zonelint.diag.Diagnostic;
import dev.zonelint.diag.Severity;
import dev.zonelint.lint.FileReport;
import java.io.PrintWriter;
import java.util.List;

/**
 * GitHub Actions workflow commands: one {@code ::error|warning|notice file=,line=,col=,title=::}
 * line per finding, which the runner turns into annotations on the pull request's diff.
 */
public final class GithubReporter implements Reporter {
  private final RepoPaths paths;

  public GithubReporter(RepoPaths paths) {
    this.paths = paths;
  }

  @Override
  public void report(List<FileReport> files, PrintWriter out) {
    for (FileReport f : files) {
      for (Diagnostic d : f.diagnostics()) {
        String message = d.help().isEmpty() ? d.message() : d.message() + "\n" + d.help();
        out.println(
            "::"
                + command(d.severity())
                + " file="
                + property(paths.relative(d.location().path()))
                + ",line="
                + d.location().line()
                + ",col="
                + d.location().column()
                + ",title="
                + property(d.rule())
                + "::"
                + data(message));
      }
    }
    out.flush();
  }

  private static String command(Severity s) {
    switch (s) {
      case ERROR:
        return "error";
      case WARNING:
        return "warning";
      default:
        return "notice";
    }
  }

  /** Escapes a command's message as the runner's toolkit does ({@code escapeData}). */
  static String data(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** Escapes a command property value ({@code escapeProperty}): also ':' and ','. */
  static String property(String s) {
    return data(s).replace(":", "%3A").replace(",", "%2C");
  }
}

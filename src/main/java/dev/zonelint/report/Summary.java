package dev.zonelint.report;

import dev.zonelint.diag.Diagnostic;
import dev.zonelint.diag.Severity;
import dev.zonelint.lint.FileReport;
import java.util.List;

/** Counts of a run, by severity. */
public record Summary(int files, long records, int errors, int warnings, int infos) {

  public static Summary of(List<FileReport> reports) {
    int errors = 0;
    int warnings = 0;
    int infos = 0;
    long records = 0;
    for (FileReport f : reports) {
      records += f.recordCount();
      for (Diagnostic d : f.diagnostics()) {
        if (d.severity() == Severity.ERROR) {
          errors++;
        } else if (d.severity() == Severity.WARNING) {
          warnings++;
        } else {
          infos++;
        }
      }
    }
    return new Summary(reports.size(), records, errors, warnings, infos);
  }

  public int problems() {
    return errors + warnings + infos;
  }

  /** ESLint/Ruff-style closing line. */
  public String line() {
    String scope = files + (files == 1 ? " file" : " files") + ", " + records + " records";
    if (problems() == 0) {
      return "no problems (" + scope + ")";
    }
    return problems()
        + (problems() == 1 ? " problem" : " problems")
        + " ("
        + count(errors, "error")
        + ", "
        + count(warnings, "warning")
        + ", "
        + count(infos, "info")
        + ") in "
        + scope;
  }

  private static String count(int n, String word) {
    return n + " " + word + (n == 1 || word.equals("info") ? "" : "s");
  }
}

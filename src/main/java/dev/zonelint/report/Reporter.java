package dev.zonelint.report;

import dev.zonelint.lint.FileReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;

/** Renders the results of a run. */
public interface Reporter {
  void report(List<FileReport> files, PrintWriter out) throws IOException;
}

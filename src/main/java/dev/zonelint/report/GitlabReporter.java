package dev.zonelint.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.zonelint.diag.Diagnostic;
import dev.zonelint.diag.Fingerprint;
import dev.zonelint.diag.Severity;
import dev.zonelint.lint.FileReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * GitLab Code Quality JSON (a subset of the Code Climate format): an array of issues, each with a
 * fingerprint that is unique in the report and stable across runs, so merge requests show only the
 * findings they add or remove.
 */
public final class GitlabReporter implements Reporter {
  private static final JsonFactory FACTORY = new JsonFactory();

  private final RepoPaths paths;

  public GitlabReporter(RepoPaths paths) {
    this.paths = paths;
  }

  @Override
  public void report(List<FileReport> files, PrintWriter out) throws IOException {
    Map<String, Integer> seen = new HashMap<>();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.useDefaultPrettyPrinter();
      g.writeStartArray();
      for (FileReport f : files) {
        for (Diagnostic d : f.diagnostics()) {
          String path = paths.relative(d.location().path());
          String base = Fingerprint.of(d, path);
          g.writeStartObject();
          g.writeStringField("description", d.message());
          g.writeStringField("check_name", d.rule());
          g.writeStringField(
              "fingerprint", Fingerprint.occurrence(base, seen.merge(base, 1, Integer::sum) - 1));
          g.writeStringField("severity", severity(d.severity()));
          g.writeObjectFieldStart("location");
          g.writeStringField("path", path);
          g.writeObjectFieldStart("lines");
          g.writeNumberField("begin", Math.max(1, d.location().line()));
          g.writeEndObject();
          g.writeEndObject();
          g.writeEndObject();
        }
      }
      g.writeEndArray();
    }
    out.println();
    out.flush();
  }

  /** Code Quality has five levels; a zone that will not load is critical. */
  private static String severity(Severity s) {
    switch (s) {
      case ERROR:
        return "critical";
      case WARNING:
        return "major";
      default:
        return "info";
    }
  }
}

package dev.zonelint.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.zonelint.diag.Diagnostic;
import dev.zonelint.diag.Related;
import dev.zonelint.fix.Edit;
import dev.zonelint.fix.Fix;
import dev.zonelint.lint.FileReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * The machine-readable report: a top-level object with {@code diagnostics} (every finding, in
 * report order), {@code files} (origin used and record count per file) and {@code summary}. The
 * schema is documented in the README; fields are only ever added.
 */
public final class JsonReporter implements Reporter {
  private static final JsonFactory FACTORY = new JsonFactory();

  @Override
  public void report(List<FileReport> files, PrintWriter out) throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("tool", "zonelint");
      g.writeStringField("version", Version.VALUE);
      g.writeArrayFieldStart("diagnostics");
      for (FileReport f : files) {
        for (Diagnostic d : f.diagnostics()) {
          diagnostic(g, d, f.fixFor(d).orElse(null));
        }
      }
      g.writeEndArray();
      g.writeArrayFieldStart("files");
      for (FileReport f : files) {
        g.writeStartObject();
        g.writeStringField("path", f.path());
        g.writeStringField("origin", f.origin());
        g.writeStringField(
            "originSource", f.originSource().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        g.writeNumberField("records", f.recordCount());
        g.writeEndObject();
      }
      g.writeEndArray();
      Summary s = Summary.of(files);
      g.writeObjectFieldStart("summary");
      g.writeNumberField("files", s.files());
      g.writeNumberField("records", s.records());
      g.writeNumberField("errors", s.errors());
      g.writeNumberField("warnings", s.warnings());
      g.writeNumberField("infos", s.infos());
      g.writeEndObject();
      g.writeEndObject();
    }
    out.println();
  }

  private static void diagnostic(JsonGenerator g, Diagnostic d, Fix fix) throws IOException {
    g.writeStartObject();
    g.writeStringField("rule", d.rule());
    g.writeStringField("severity", d.severity().label());
    g.writeStringField("path", d.location().path());
    g.writeNumberField("line", d.location().line());
    g.writeNumberField("column", d.location().column());
    g.writeStringField("owner", d.owner());
    g.writeStringField("type", d.type());
    g.writeStringField("message", d.message());
    g.writeStringField("help", d.help());
    g.writeArrayFieldStart("related");
    for (Related r : d.related()) {
      g.writeStartObject();
      g.writeStringField("path", r.location().path());
      g.writeNumberField("line", r.location().line());
      g.writeNumberField("column", r.location().column());
      g.writeStringField("message", r.message());
      g.writeEndObject();
    }
    g.writeEndArray();
    if (fix != null) {
      fix(g, fix);
    }
    g.writeEndObject();
  }

  /** What {@code zonelint fix} would do: byte-offset edits on the files as read. */
  private static void fix(JsonGenerator g, Fix fix) throws IOException {
    g.writeObjectFieldStart("fix");
    g.writeStringField("strategy", fix.strategy().id());
    g.writeStringField("safety", fix.safety().name().toLowerCase(Locale.ROOT));
    g.writeStringField("description", fix.description());
    g.writeArrayFieldStart("edits");
    for (Edit e : fix.edits()) {
      g.writeStartObject();
      g.writeStringField("path", e.path());
      g.writeNumberField("start", e.start());
      g.writeNumberField("end", e.end());
      g.writeStringField("replacement", e.replacement());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}

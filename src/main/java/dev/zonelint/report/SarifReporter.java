package dev.zonelint.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.zonelint.check.Rule;
import dev.zonelint.check.RuleInfo;
import dev.zonelint.check.RuleRegistry;
import dev.zonelint.diag.Diagnostic;
import dev.zonelint.diag.Fingerprint;
import dev.zonelint.diag.Location;
import dev.zonelint.diag.Related;
import dev.zonelint.diag.Severity;
import dev.zonelint.fix.Edit;
import dev.zonelint.fix.Fix;
import dev.zonelint.lint.FileReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * SARIF 2.1.0 for code scanning (GitHub, GitLab, Azure DevOps): one run whose driver lists every
 * rule with its documentation, and one result per finding with a location relative to {@code
 * %SRCROOT%} (the working folder). No timestamps or absolute paths, so output is reproducible.
 */
public final class SarifReporter implements Reporter {
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  static final String SRCROOT = "%SRCROOT%";
  private static final String FINGERPRINT_KEY = "zonelint/v1";
  private static final JsonFactory FACTORY = new JsonFactory();

  private final RuleRegistry registry;
  private final RepoPaths paths;

  public SarifReporter(RuleRegistry registry, RepoPaths paths) {
    this.registry = registry;
    this.paths = paths;
  }

  @Override
  public void report(List<FileReport> files, PrintWriter out) throws IOException {
    Map<String, Integer> ruleIndex = new HashMap<>();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("$schema", SCHEMA);
      g.writeStringField("version", "2.1.0");
      g.writeArrayFieldStart("runs");
      g.writeStartObject();
      g.writeObjectFieldStart("tool");
      g.writeObjectFieldStart("driver");
      g.writeStringField("name", "zonelint");
      g.writeStringField("version", Version.VALUE);
      g.writeStringField("semanticVersion", Version.VALUE);
      g.writeStringField("informationUri", Version.HOME);
      g.writeArrayFieldStart("rules");
      for (Rule r : registry.rules()) {
        ruleIndex.put(r.info().id(), ruleIndex.size());
        rule(g, r.info());
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndObject();
      g.writeStringField("columnKind", "unicodeCodePoints");
      g.writeArrayFieldStart("results");
      Map<String, Integer> seen = new HashMap<>();
      for (FileReport f : files) {
        for (Diagnostic d : f.diagnostics()) {
          result(g, d, ruleIndex.get(d.rule()), seen, f.fixFor(d).orElse(null));
        }
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndArray();
      g.writeEndObject();
    }
    out.println();
    out.flush();
  }

  private static void rule(JsonGenerator g, RuleInfo info) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", info.id());
    g.writeObjectFieldStart("shortDescription");
    g.writeStringField("text", info.summary());
    g.writeEndObject();
    String doc = info.documentation();
    g.writeObjectFieldStart("fullDescription");
    g.writeStringField("text", RuleDocs.whatItChecks(info, doc));
    g.writeEndObject();
    String page = RuleDocs.page(info, doc);
    g.writeObjectFieldStart("help");
    g.writeStringField("text", page);
    g.writeStringField("markdown", page);
    g.writeEndObject();
    g.writeStringField("helpUri", RuleDocs.uri(info.id()));
    g.writeObjectFieldStart("defaultConfiguration");
    g.writeStringField("level", level(info.severity()));
    g.writeEndObject();
    g.writeObjectFieldStart("properties");
    g.writeArrayFieldStart("tags");
    g.writeString(info.category().name().toLowerCase(Locale.ROOT));
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndObject();
  }

  private void result(
      JsonGenerator g, Diagnostic d, Integer ruleIndex, Map<String, Integer> seen, Fix fix)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("ruleId", d.rule());
    if (ruleIndex != null) {
      g.writeNumberField("ruleIndex", ruleIndex);
    }
    g.writeStringField("level", level(d.severity()));
    g.writeObjectFieldStart("message");
    g.writeStringField("text", d.help().isEmpty() ? d.message() : d.message() + "\n" + d.help());
    g.writeEndObject();
    g.writeArrayFieldStart("locations");
    g.writeStartObject();
    physicalLocation(g, d.location());
    g.writeEndObject();
    g.writeEndArray();
    if (!d.related().isEmpty()) {
      g.writeArrayFieldStart("relatedLocations");
      int id = 1;
      for (Related r : d.related()) {
        g.writeStartObject();
        g.writeNumberField("id", id++);
        physicalLocation(g, r.location());
        g.writeObjectFieldStart("message");
        g.writeStringField("text", r.message());
        g.writeEndObject();
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    String base = Fingerprint.of(d, paths.relative(d.location().path()));
    int n = seen.merge(base, 1, Integer::sum) - 1;
    g.writeObjectFieldStart("partialFingerprints");
    g.writeStringField(FINGERPRINT_KEY, Fingerprint.occurrence(base, n));
    g.writeEndObject();
    if (fix != null) {
      fixes(g, fix);
    }
    g.writeEndObject();
  }

  /**
   * The fixer's offer as a SARIF fix (§3.55): byte-range replacements per file, so code-scanning
   * tools can show or apply it; its strategy and safety go in the properties.
   */
  private void fixes(JsonGenerator g, Fix fix) throws IOException {
    Map<String, List<Edit>> byFile = new LinkedHashMap<>();
    for (Edit e : fix.edits()) {
      byFile.computeIfAbsent(e.path(), p -> new ArrayList<>()).add(e);
    }
    g.writeArrayFieldStart("fixes");
    g.writeStartObject();
    g.writeObjectFieldStart("description");
    g.writeStringField("text", fix.description());
    g.writeEndObject();
    g.writeArrayFieldStart("artifactChanges");
    for (Map.Entry<String, List<Edit>> file : byFile.entrySet()) {
      g.writeStartObject();
      artifactLocation(g, file.getKey());
      g.writeArrayFieldStart("replacements");
      for (Edit e : file.getValue()) {
        g.writeStartObject();
        g.writeObjectFieldStart("deletedRegion");
        g.writeNumberField("byteOffset", e.start());
        g.writeNumberField("byteLength", e.end() - e.start());
        g.writeEndObject();
        if (!e.replacement().isEmpty()) {
          insertedContent(g, e.replacement());
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeObjectFieldStart("properties");
    g.writeStringField("strategy", fix.strategy().id());
    g.writeStringField("safety", fix.safety().name().toLowerCase(Locale.ROOT));
    g.writeEndObject();
    g.writeEndObject();
    g.writeEndArray();
  }

  /** Edits hold the file's bytes one char each; ASCII goes as text, anything else as base64. */
  private static void insertedContent(JsonGenerator g, String replacement) throws IOException {
    byte[] bytes = replacement.getBytes(StandardCharsets.ISO_8859_1);
    g.writeObjectFieldStart("insertedContent");
    if (StandardCharsets.US_ASCII.newEncoder().canEncode(replacement)) {
      g.writeStringField("text", replacement);
    } else {
      g.writeStringField("binary", Base64.getEncoder().encodeToString(bytes));
    }
    g.writeEndObject();
  }

  private void physicalLocation(JsonGenerator g, Location location) throws IOException {
    g.writeObjectFieldStart("physicalLocation");
    artifactLocation(g, location.path());
    g.writeObjectFieldStart("region");
    g.writeNumberField("startLine", Math.max(1, location.line()));
    g.writeNumberField("startColumn", Math.max(1, location.column()));
    g.writeEndObject();
    g.writeEndObject();
  }

  private void artifactLocation(JsonGenerator g, String displayPath) throws IOException {
    g.writeObjectFieldStart("artifactLocation");
    String path = paths.relative(displayPath);
    if (paths.isInside(displayPath)) {
      g.writeStringField("uri", uri(path));
      g.writeStringField("uriBaseId", SRCROOT);
    } else {
      g.writeStringField("uri", Path.of(path).toUri().toString());
    }
    g.writeEndObject();
  }

  /** A relative URI reference: spaces and other reserved characters percent-encoded. */
  private static String uri(String relativePath) {
    try {
      return new URI(null, null, relativePath, null).toASCIIString();
    } catch (URISyntaxException e) {
      return relativePath;
    }
  }

  static String level(Severity s) {
    switch (s) {
      case ERROR:
        return "error";
      case WARNING:
        return "warning";
      default:
        return "note";
    }
  }
}

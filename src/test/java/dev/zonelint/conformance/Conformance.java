package dev.zonelint.conformance;

import dev.zonelint.check.RuleRegistry;
import dev.zonelint.diag.Diagnostic;
import dev.zonelint.diag.Severity;
import dev.zonelint.lint.FileReport;
import dev.zonelint.lint.LintOptions;
import dev.zonelint.lint.ZoneLint;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.xbill.DNS.Name;

/**
 * Scores zonelint against the shared conformance corpus (other projects' test zones with the
 * verdicts their tests assert), as its README describes: run each file from its workdir with its
 * origin, map the result to ok (no error) or error.
 */
final class Conformance {
  /** One manifest row with zonelint's verdict. */
  record Row(
      String path,
      String level,
      String expected,
      boolean firm,
      String conditions,
      String verdict,
      String firstError) {

    boolean core() {
      return firm && level.equals("zone") && conditions.isEmpty();
    }

    boolean parse() {
      return firm && level.equals("parse");
    }
  }

  private Conformance() {}

  static Path sharedDir() {
    Path fromProperty = Path.of(System.getProperty("zonelint.shared", "../shared"));
    return fromProperty.toAbsolutePath().normalize();
  }

  static List<Row> run(Path shared) throws IOException {
    Path root = shared.resolve("conformance");
    List<String> lines = Files.readAllLines(root.resolve("MANIFEST.tsv"), StandardCharsets.UTF_8);
    String[] header = lines.get(0).split("\t", -1);
    List<Row> rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      Map<String, String> f = new TreeMap<>();
      String[] cells = line.split("\t", -1);
      for (int i = 0; i < header.length; i++) {
        f.put(header[i], i < cells.length ? cells[i] : "");
      }
      if (!f.get("role").equals("test")) {
        continue;
      }
      String basis = f.get("expected_basis");
      boolean firm = basis.equals("test-assert") || basis.equals("filename");
      Path workdir = root.resolve(f.get("workdir"));
      Path file = root.resolve(f.get("path"));
      Path relative = workdir.relativize(file);
      LintOptions options = LintOptions.defaults();
      options =
          new LintOptions(
              Name.fromString(f.get("origin")),
              workdir,
              options.maxGenerate(),
              options.maxRecords(),
              options.check(),
              options.selection(),
              // The server's own folder, as `--include-root .` run from there: NSD and BIND
              // tests include files beside the zone's folder, relative to their config.
              workdir,
              options.maxDiagnostics());
      boolean parseOnly = f.get("level").equals("parse");
      String verdict;
      String firstError = "";
      try {
        FileReport report =
            new ZoneLint(RuleRegistry.builtIn(), options).check(file, relative.toString());
        verdict = "ok";
        for (Diagnostic d : report.diagnostics()) {
          boolean counts = !parseOnly || isParserRule(d.rule());
          if (counts && d.severity() == Severity.ERROR) {
            verdict = "error";
            firstError = d.location().line() + ": " + d.rule() + ": " + d.message();
            break;
          }
        }
      } catch (IOException e) {
        verdict = "error";
        firstError = "io: " + e.getMessage();
      }
      rows.add(
          new Row(
              f.get("path"),
              f.get("level"),
              f.get("expected"),
              firm,
              f.get("conditions"),
              verdict,
              firstError));
    }
    return rows;
  }

  private static boolean isParserRule(String rule) {
    return rule.equals("syntax") || rule.equals("include") || rule.equals("generate");
  }

  /** Agreement on a set of rows, with the confusion counts. */
  record Score(int total, int agree, int falseAccepts, int falseRejects) {
    static Score of(List<Row> rows) {
      int agree = 0;
      int fa = 0;
      int fr = 0;
      for (Row r : rows) {
        if (r.expected().equals(r.verdict())) {
          agree++;
        } else if (r.expected().equals("error")) {
          fa++;
        } else if (r.expected().equals("ok")) {
          fr++;
        }
      }
      return new Score(rows.size(), agree, fa, fr);
    }

    double accuracy() {
      return total == 0 ? 0 : 100.0 * agree / total;
    }

    @Override
    public String toString() {
      return String.format(
          "%d/%d agree (%.1f%%), %d false accepts, %d false rejects",
          agree, total, accuracy(), falseAccepts, falseRejects);
    }
  }
}

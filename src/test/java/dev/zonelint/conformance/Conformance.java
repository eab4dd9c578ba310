package dev.zonelint.conformance;

import dev.zonelint.check.CheckOptions;
import dev.zonelint.check.RuleRegistry;
import dev.zonelint.diag.Diagnostic;
import dev.zonelint.diag.Severity;
import dev.zonelint.lint.FileReport;
import dev.zonelint.lint.LintOptions;
import dev.zonelint.lint.RuleSelection;
import dev.zonelint.lint.ZoneLint;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    /** Rows about signature or ZONEMD verification, which the core set leaves out. */
    boolean dnssec() {
      return firm
          && (conditions.contains("DNSSEC checks on")
              || conditions.contains("ZONEMD verification"));
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
      Instant time = validationTime(f, workdir);
      CheckOptions check = options.check().withDnssecTime(time, CheckOptions.DEFAULT_SIG_WARN_DAYS);
      // The corpus' verdicts on signed zones were set while their signatures were fresh: without
      // a stated validation time, today's clock would turn every such zone into an error.
      RuleSelection selection =
          time != null ? options.selection() : new RuleSelection(TIME_RULES, Map.of());
      options =
          new LintOptions(
              Name.fromString(f.get("origin")),
              workdir,
              options.maxGenerate(),
              options.maxRecords(),
              check,
              selection,
              // The server's own folder, as `--include-root .` run from there: NSD and BIND
              // tests include files beside the zone's folder, relative to their config.
              workdir,
              options.maxDiagnostics(),
              false);
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

  private static final Pattern DNSSEC_TIME = Pattern.compile("DNSSEC time (\\d{14})");
  private static final Pattern VERIFY_AT =
      Pattern.compile("verify at (\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z)");

  /**
   * The time a row's signatures are checked at: the one its manifest row or config names (the
   * signed test zones are years old), else now.
   */
  private static final Set<String> TIME_RULES =
      Set.of("dnssec-rrsig-expired", "dnssec-rrsig-not-yet-valid");

  private static Instant validationTime(Map<String, String> f, Path workdir) throws IOException {
    Matcher m = DNSSEC_TIME.matcher(f.get("conditions"));
    if (m.find()) {
      return LocalDateTime.parse(m.group(1), DateTimeFormatter.ofPattern("uuuuMMddHHmmss"))
          .toInstant(ZoneOffset.UTC);
    }
    m = VERIFY_AT.matcher(String.join("\t", f.values()));
    if (m.find()) {
      return Instant.parse(m.group(1));
    }
    // The DNS-OARC ZONEMD cases name theirs in a config file beside the zone.
    Path config = workdir.resolve("config");
    if (Files.isRegularFile(config)) {
      for (String line : Files.readAllLines(config, StandardCharsets.UTF_8)) {
        if (line.startsWith("validation_time=")) {
          return LocalDateTime.parse(
                  line.substring("validation_time=".length()).trim(),
                  DateTimeFormatter.ofPattern("uuuuMMddHHmmss"))
              .toInstant(ZoneOffset.UTC);
        }
      }
    }
    return null;
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

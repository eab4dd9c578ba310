package dev.zonelint.lint;

import dev.zonelint.check.Checker;
import dev.zonelint.check.Rule;
import dev.zonelint.check.RuleRegistry;
import dev.zonelint.diag.Diagnostic;
import dev.zonelint.fix.Fix;
import dev.zonelint.fix.Fixer;
import dev.zonelint.fix.SourceFiles;
import dev.zonelint.parse.IncludeSource;
import dev.zonelint.parse.ParseResult;
import dev.zonelint.parse.ZoneParser;
import dev.zonelint.zone.Zone;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks zone files: parse, run the enabled rules, apply the selection, sort. */
public final class ZoneLint {
  private final LintOptions options;
  private final Checker checker;
  private final Set<String> known = new HashSet<>();

  public ZoneLint(RuleRegistry registry, LintOptions options) {
    this.options = options;
    List<Rule> enabled = new ArrayList<>();
    for (Rule r : registry.rules()) {
      known.add(r.info().id());
      if (options.selection().isEnabled(r.info().id())) {
        enabled.add(r);
      }
    }
    this.checker = new Checker(enabled, options.check());
  }

  /** Checks one file; {@code displayPath} is how the report names it. */
  public FileReport check(Path file, String displayPath) throws IOException {
    ParseResult parsed = ZoneParser.parse(file, options.parseOptions(displayPath));
    FileReport report = report(parsed, displayPath, List.of());
    if (!options.offerFixes()) {
      return report;
    }
    return withFixes(report, parsed.zone(), SourceFiles.onDisk(parsed.zone(), file));
  }

  /**
   * Adds the fixer's offer to each finding it can repair. The fixes are text edits, so they need
   * the files' bytes; a file that cannot be read again just gets no offers.
   */
  private FileReport withFixes(FileReport report, Zone zone, SourceFiles files) {
    boolean fixable = false;
    for (Diagnostic d : report.diagnostics()) {
      fixable |= Fixer.RULES.contains(d.rule());
    }
    if (!fixable) {
      return report;
    }
    try {
      Map<Diagnostic, Fix> offers =
          Fixer.offers(zone, report.diagnostics(), files, options.check().provider());
      return new FileReport(
          report.path(),
          report.origin(),
          report.originSource(),
          report.recordCount(),
          report.diagnostics(),
          offers);
    } catch (IOException | RuntimeException e) {
      // The offers are extra: a file that changed under us, or a fault in the fixer (guarded by
      // its own property and fuzz tests), must not cost the user the findings themselves.
      return report;
    }
  }

  /**
   * Checks zone text from a stream, named {@code file} (used for the origin guess and includes).
   */
  public FileReport check(InputStream in, Path file, String displayPath) throws IOException {
    return report(
        ZoneParser.parse(in, file, options.parseOptions(displayPath)), displayPath, List.of());
  }

  /** One version of a zone file: its text, and where its included files are read from. */
  public static final class Version {
    private final byte[] text;
    private final IncludeSource includes;

    public Version(byte[] text, IncludeSource includes) {
      this.text = text;
      this.includes = includes;
    }

    byte[] text() {
      return text;
    }

    IncludeSource includes() {
      return includes;
    }
  }

  /**
   * Checks a new version of a zone file and compares it with its previous version (the version
   * rules, e.g. {@code soa-serial-not-increased}); the previous version's own problems are not
   * reported. Each version's includes are resolved in {@code file}'s folder and read through its
   * own source, so a change in an included file counts too.
   *
   * @param current the new version's text and how its includes are read
   * @param previous the previous version's text and includes, or null if the file is new
   * @param previousName how findings name the previous version, e.g. {@code HEAD:db.example}
   */
  public FileReport checkChange(
      Version current, Version previous, Path file, String displayPath, String previousName)
      throws IOException {
    ParseResult parsed =
        ZoneParser.parse(
            new ByteArrayInputStream(current.text()),
            file,
            options.parseOptions(displayPath).withIncludeSource(current.includes()));
    if (previous == null) {
      return report(parsed, displayPath, List.of());
    }
    ParseResult before =
        ZoneParser.parse(
            new ByteArrayInputStream(previous.text()),
            file,
            options.parseOptions(previousName).withIncludeSource(previous.includes()));
    return report(parsed, displayPath, checker.checkChange(before.zone(), parsed.zone()));
  }

  private FileReport report(ParseResult parsed, String displayPath, List<Diagnostic> versions) {
    CappedFindings findings =
        new CappedFindings(
            Suppressions.of(parsed.comments(), known),
            options.selection(),
            options.maxDiagnostics());
    parsed.diagnostics().forEach(findings);
    checker.check(parsed.zone(), findings);
    versions.forEach(findings);
    List<Diagnostic> kept = findings.result(id -> options.selection().isEnabled(id));
    var zone = parsed.zone();
    return new FileReport(
        displayPath,
        zone.origin() == null ? "" : zone.origin().toString(),
        zone.originSource(),
        zone.recordCount(),
        kept);
  }
}

package dev.zonelint.cli;

import dev.zonelint.check.CheckOptions;
import dev.zonelint.check.RuleRegistry;
import dev.zonelint.config.ConfigException;
import dev.zonelint.config.ConfigFinder;
import dev.zonelint.config.ZoneConfig;
import dev.zonelint.diag.Diagnostic;
import dev.zonelint.diag.Severity;
import dev.zonelint.lint.FileReport;
import dev.zonelint.lint.LintOptions;
import dev.zonelint.lint.RuleSelection;
import dev.zonelint.lint.ZoneLint;
import dev.zonelint.mail.spf.SpfKnownIncludes;
import dev.zonelint.parse.ParseOptions;
import dev.zonelint.register.Register;
import dev.zonelint.report.OutputFormat;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.xbill.DNS.Name;
import picocli.CommandLine.Model.CommandSpec;

/** {@code zonelint check}: checks zone files and folders of zone files. */
final class CheckCommand implements Callable<Integer> {
  /** When to colour text output. */
  enum Color {
    AUTO,
    ALWAYS,
    NEVER
  }

  private CommandSpec spec;
  final ConfigOptions configOptions = new ConfigOptions();
  final BaselineOptions baseline = new BaselineOptions();
  List<Path> paths = new ArrayList<>();
  final ZoneSources sources = new ZoneSources();
  final ZoneOptions zoneOptions = new ZoneOptions();
  OutputFormat format = OutputFormat.TEXT;
  String failOn = "error";
  List<String> disable = new ArrayList<>();
  List<String> enable = new ArrayList<>();
  Map<String, String> severity = new HashMap<>();
  Color color = Color.AUTO;
  int cnameChain = CheckOptions.DEFAULTS.maxCnameChain();
  String time;
  int sigWarnDays = CheckOptions.DEFAULT_SIG_WARN_DAYS;
  int maxGenerate = ParseOptions.DEFAULT_MAX_GENERATE;
  long maxRecords = ParseOptions.DEFAULT_MAX_RECORDS;
  Path spfKnown;
  Path register;
  Path includeRoot;
  int maxDiagnostics = LintOptions.DEFAULT_MAX_DIAGNOSTICS;
  int jobs = Runtime.getRuntime().availableProcessors();

  /** picocli's model of the command, bound to this object's fields. */
  CommandSpec spec() {
    spec =
        Specs.command(
            this,
            "check",
            "Check zone files. A folder is searched for *.zone, *.db and db.* files.");
    Specs.exitCodes(
        spec,
        "0:nothing at or above --fail-on",
        "1:findings at or above --fail-on",
        "2:usage or I/O error");
    configOptions.addTo(spec);
    baseline.addTo(spec);
    spec.addPositional(
        Specs.positionals(Path.class, () -> paths, v -> paths = v)
            .arity("0..*")
            .paramLabel("FILE|DIR")
            .description("Zone files or folders.")
            .build());
    sources.addTo(spec);
    zoneOptions.addTo(spec);
    spec.addOption(
        Specs.option(OutputFormat.class, () -> format, v -> format = v, "--format")
            .paramLabel("FORMAT")
            .description("Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
            .build());
    spec.addOption(
        Specs.option(String.class, () -> failOn, v -> failOn = v, "--fail-on")
            .paramLabel("LEVEL")
            .description("Exit 1 on findings at or above this severity: error, warning, info.")
            .build());
    spec.addOption(
        Specs.list(String.class, () -> disable, v -> disable = v, "--disable")
            .paramLabel("ID")
            .description("Rules to turn off (parser rules cannot be turned off).")
            .build());
    spec.addOption(
        Specs.list(String.class, () -> enable, v -> enable = v, "--enable")
            .paramLabel("ID")
            .description("Rules to turn back on after --disable.")
            .build());
    spec.addOption(
        Specs.map(() -> severity, v -> severity = v, "--severity")
            .paramLabel("ID=LEVEL")
            .description("Override a rule's severity, e.g. --severity dangling-cname=error.")
            .build());
    spec.addOption(
        Specs.option(Color.class, () -> color, v -> color = v, "--color")
            .paramLabel("WHEN")
            .description(
                "Colour text output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
            .build());
    spec.addOption(
        Specs.option(int.class, () -> cnameChain, v -> cnameChain = v, "--cname-chain")
            .paramLabel("N")
            .description("Longest in-zone CNAME chain before cname-chain warns (default: 8).")
            .build());
    spec.addOption(
        Specs.option(String.class, () -> time, v -> time = v, "--time")
            .paramLabel("TIME")
            .description(
                "Time RRSIG validity is checked against: YYYYMMDDHHmmSS (UTC), an ISO-8601"
                    + " instant or seconds since 1970 (default: now).")
            .build());
    spec.addOption(
        Specs.option(int.class, () -> sigWarnDays, v -> sigWarnDays = v, "--sig-warn-days")
            .paramLabel("N")
            .description("Warn about RRSIGs that expire within N days (default: 7).")
            .build());
    spec.addOption(
        Specs.option(int.class, () -> maxGenerate, v -> maxGenerate = v, "--max-generate")
            .paramLabel("N")
            .description("Most records one $GENERATE may create (default: 65536).")
            .build());
    spec.addOption(
        Specs.option(long.class, () -> maxRecords, v -> maxRecords = v, "--max-records")
            .paramLabel("N")
            .description("Most records one zone may hold (default: 50000000).")
            .build());
    spec.addOption(
        Specs.option(Path.class, () -> spfKnown, v -> spfKnown = v, "--spf-known")
            .paramLabel("FILE")
            .description(
                "More SPF records of out-of-zone includes (lines: name TAB record), added to the"
                    + " built-in list for offline lookup counting.")
            .build());
    spec.addOption(
        Specs.option(Path.class, () -> register, v -> register = v, "--register")
            .paramLabel("FILE")
            .description(
                "Service register (CSV: name,owner[,service]) for not-in-register,"
                    + " stale-register-entry and duplicate-register-entry.")
            .build());
    spec.addOption(ZoneOptions.includeRoot(() -> includeRoot, v -> includeRoot = v));
    spec.addOption(
        Specs.option(int.class, () -> maxDiagnostics, v -> maxDiagnostics = v, "--max-diagnostics")
            .paramLabel("N")
            .description(
                "Most findings of one rule shown per file; the rest are counted (default: 1000).")
            .build());
    spec.addOption(
        Specs.option(int.class, () -> jobs, v -> jobs = v, "-j", "--jobs")
            .paramLabel("N")
            .description("Files checked in parallel (default: number of cores).")
            .build());
    return spec;
  }

  private boolean terminal;
  private boolean progress;

  void setTerminal(boolean isTerminal) {
    this.terminal = isTerminal;
  }

  /** Whether standard error is a terminal, where a long run shows a progress bar. */
  void setProgress(boolean errIsTerminal) {
    this.progress = errIsTerminal;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    RuleRegistry registry = RuleRegistry.builtIn();
    LintOptions options;
    Severity threshold;
    List<ZoneTask> tasks;
    try {
      options = options(registry);
      threshold = level(failOn, "--fail-on");
      ConfigFinder configs = configOptions.finder(ruleIds(registry));
      tasks =
          sources.tasks(paths, configs, lintChooser(registry, options, configs), registry, options);
    } catch (UsageException | IOException | ConfigException e) {
      err.println("zonelint: " + e.getMessage());
      return ExitCode.USAGE;
    }
    List<FileReport> checked = new ArrayList<>();
    boolean ioFailed = checkAll(tasks, checked, err);
    if (ioFailed && baseline.update) {
      err.println("zonelint: baseline not written: not every file could be read");
      return ExitCode.USAGE;
    }
    List<FileReport> reports;
    try {
      reports = baseline.apply(checked, Path.of("").toAbsolutePath(), err);
    } catch (UsageException e) {
      err.println("zonelint: " + e.getMessage());
      return ExitCode.USAGE;
    }
    try {
      boolean colored = color == Color.ALWAYS || (color == Color.AUTO && terminal);
      format
          .reporter(registry, rulesRun(registry, options), Path.of("").toAbsolutePath(), colored)
          .report(reports, out);
    } catch (IOException e) {
      err.println("zonelint: cannot write the report: " + e.getMessage());
      return ExitCode.USAGE;
    }
    if (ioFailed) {
      return ExitCode.USAGE;
    }
    for (FileReport r : reports) {
      for (Diagnostic d : r.diagnostics()) {
        if (d.severity().atLeast(threshold)) {
          return ExitCode.FINDINGS;
        }
      }
    }
    return ExitCode.CLEAN;
  }

  /**
   * Chooses the checker of each file: one per distinct configuration and configured origin, built
   * on first use.
   */
  private ZoneSources.LintChooser lintChooser(
      RuleRegistry registry, LintOptions cli, ConfigFinder configs) throws UsageException {
    ZoneLint plain = new ZoneLint(registry, cli);
    Set<String> enabled = new HashSet<>();
    for (String id : enable) {
      enabled.add(known(registry, id));
    }
    Map<List<Object>, ZoneLint> byConfig = new HashMap<>();
    return f -> {
      ZoneConfig c = configs == null ? null : configs.forFile(f);
      if (c == null) {
        return plain;
      }
      List<Object> key = Arrays.asList(c.file(), c.originOf(f));
      ZoneLint lint = byConfig.get(key);
      if (lint == null) {
        var parsed = spec.commandLine().getParseResult();
        lint =
            new ZoneLint(
                registry,
                ConfigOptions.merge(cli, c, f, enabled, name -> parsed.hasMatchedOption(name)));
        byConfig.put(key, lint);
      }
      return lint;
    };
  }

  private static Set<String> ruleIds(RuleRegistry registry) {
    Set<String> ids = new HashSet<>();
    for (var rule : registry.rules()) {
      ids.add(rule.info().id());
    }
    return ids;
  }

  /** Checks zones in parallel; reports keep the order of {@code tasks}. */
  private boolean checkAll(List<ZoneTask> tasks, List<FileReport> reports, PrintWriter err) {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(jobs, tasks.size())));
    boolean failed = false;
    try (Progress bar = new Progress(err, tasks.size(), progress, Progress.DELAY)) {
      List<Future<FileReport>> futures = new ArrayList<>();
      for (ZoneTask t : tasks) {
        futures.add(
            pool.submit(
                () -> {
                  try {
                    return t.check().run();
                  } finally {
                    bar.advance();
                  }
                }));
      }
      for (int i = 0; i < futures.size(); i++) {
        try {
          reports.add(futures.get(i).get());
        } catch (ExecutionException e) {
          Throwable cause = e.getCause();
          if (!(cause instanceof IOException)) {
            throw new IllegalStateException("checking " + tasks.get(i).name() + " failed", cause);
          }
          err.println("zonelint: cannot read '" + tasks.get(i).name() + "': " + cause.getMessage());
          failed = true;
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return true;
        }
      }
    } finally {
      pool.shutdownNow();
    }
    return failed;
  }

  private static List<String> rulesRun(RuleRegistry registry, LintOptions options) {
    List<String> ids = new ArrayList<>();
    for (var rule : registry.rules()) {
      if (options.selection().isEnabled(rule.info().id())) {
        ids.add(rule.info().id());
      }
    }
    return ids;
  }

  private LintOptions options(RuleRegistry registry) throws UsageException {
    Set<String> disabled = new HashSet<>();
    for (String id : disable) {
      disabled.add(known(registry, id));
    }
    for (String id : enable) {
      disabled.remove(known(registry, id));
    }
    Map<String, Severity> severities = new HashMap<>();
    for (Map.Entry<String, String> e : severity.entrySet()) {
      severities.put(known(registry, e.getKey()), level(e.getValue(), "--severity"));
    }
    Name originName = zoneOptions.origin();
    if (cnameChain < 1 || maxGenerate < 1 || maxRecords < 1 || jobs < 1) {
      throw new UsageException(
          "--cname-chain, --max-generate, --max-records and --jobs must be >= 1");
    }
    if (sigWarnDays < 0) {
      throw new UsageException("--sig-warn-days must be >= 0");
    }
    return new LintOptions(
        originName,
        Path.of("").toAbsolutePath(),
        maxGenerate,
        maxRecords,
        new CheckOptions(cnameChain, spfKnown(), zoneOptions.provider())
            .withRegister(register())
            .withDnssecTime(dnssecTime(), sigWarnDays),
        new RuleSelection(disabled, severities),
        includeRoot,
        maxDiagnostics,
        format.showsFixes());
  }

  private Instant dnssecTime() throws UsageException {
    if (time == null) {
      return null;
    }
    try {
      if (time.matches("\\d{14}")) {
        return LocalDateTime.parse(time, SIGNATURE_TIME).toInstant(ZoneOffset.UTC);
      }
      if (time.matches("\\d{1,13}")) {
        return Instant.ofEpochSecond(Long.parseLong(time));
      }
      return Instant.parse(time);
    } catch (DateTimeException e) {
      throw new UsageException(
          "bad --time '" + time + "': use YYYYMMDDHHmmSS, 2026-01-31T12:00:00Z or epoch seconds");
    }
  }

  /** RRSIG presentation time (RFC 4034 §3.2), as dnssec-verify and ldns-verify-zone take it. */
  private static final DateTimeFormatter SIGNATURE_TIME =
      DateTimeFormatter.ofPattern("uuuuMMddHHmmss");

  private SpfKnownIncludes spfKnown() throws UsageException {
    if (spfKnown == null) {
      return SpfKnownIncludes.builtIn();
    }
    try {
      return SpfKnownIncludes.builtIn().withFile(spfKnown);
    } catch (IOException | IllegalArgumentException e) {
      throw new UsageException("cannot use --spf-known '" + spfKnown + "': " + e.getMessage());
    }
  }

  private Register register() throws UsageException {
    try {
      return register == null ? null : Register.read(register);
    } catch (IOException e) {
      throw new UsageException("cannot use --register '" + register + "': " + e.getMessage());
    }
  }

  private static String known(RuleRegistry registry, String id) throws UsageException {
    String trimmed = id.trim().toLowerCase(Locale.ROOT);
    if (registry.find(trimmed) == null) {
      throw new UsageException("unknown rule '" + id + "' (see `zonelint rules`)");
    }
    return trimmed;
  }

  private static Severity level(String text, String option) throws UsageException {
    try {
      return Severity.parse(text);
    } catch (IllegalArgumentException e) {
      throw new UsageException(option + " takes error, warning or info, not '" + text + "'");
    }
  }

  /** A problem with the command line itself. */
  static final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }
}

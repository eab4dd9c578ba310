package dev.zonelint.cli;

import dev.zonelint.check.CheckOptions;
import dev.zonelint.check.Checker;
import dev.zonelint.check.rules.register.RegisterRules;
import dev.zonelint.config.ConfigException;
import dev.zonelint.diag.Diagnostic;
import dev.zonelint.diag.Severity;
import dev.zonelint.inventory.HardeningPlan;
import dev.zonelint.inventory.HardeningTerraform;
import dev.zonelint.inventory.Inventory;
import dev.zonelint.inventory.InventoryFormat;
import dev.zonelint.inventory.InventoryReport;
import dev.zonelint.io.AtomicFiles;
import dev.zonelint.parse.ParseOptions;
import dev.zonelint.parse.ParseResult;
import dev.zonelint.parse.ZoneParser;
import dev.zonelint.provider.Provider;
import dev.zonelint.register.Register;
import dev.zonelint.zone.Zone;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.xbill.DNS.Name;
import picocli.CommandLine.Model.CommandSpec;

/** {@code zonelint inventory}: which names point where, and which lack mail hardening. */
final class InventoryCommand implements Callable<Integer> {
  /** What {@code --plan} can be written as besides the diff. */
  enum Emit {
    TERRAFORM
  }

  private CommandSpec spec;
  List<Path> paths = new ArrayList<>();
  final ZoneOptions zoneOptions = new ZoneOptions();
  InventoryFormat format = InventoryFormat.TEXT;
  Path register;
  boolean plan;
  String rua;
  Emit emit;
  Path emitDir;

  /** picocli's model of the command, bound to this object's fields. */
  CommandSpec spec() {
    spec =
        Specs.command(
            this,
            "inventory",
            "List every name with address, alias or mail data: where it points, its mail posture"
                + " and its hardening status.");
    Specs.exitCodes(spec, "0:inventory written", "2:usage or I/O error");
    spec.addPositional(
        Specs.positionals(Path.class, () -> paths, v -> paths = v)
            .arity("1..*")
            .required(true)
            .paramLabel("FILE|DIR")
            .description("Zone files or folders.")
            .build());
    zoneOptions.addTo(spec);
    spec.addOption(
        Specs.option(InventoryFormat.class, () -> format, v -> format = v, "--format")
            .paramLabel("FORMAT")
            .description("Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
            .build());
    spec.addOption(
        Specs.option(Path.class, () -> register, v -> register = v, "--register")
            .paramLabel("FILE")
            .description(
                "Service register (CSV: name,owner[,service], optional header) to compare the"
                    + " names with: not-in-register, stale-register-entry,"
                    + " duplicate-register-entry.")
            .build());
    spec.addOption(
        Specs.option(boolean.class, () -> plan, v -> plan = v, "--plan")
            .description(
                "Instead of the table, print a unified diff (apply with patch -p0) that appends to"
                    + " each zone file the records hardening its missing no-mail names: null MX,"
                    + " v=spf1 -all, DMARC p=reject. Existing lines are never changed.")
            .build());
    spec.addOption(
        Specs.option(String.class, () -> rua, v -> rua = v, "--rua")
            .paramLabel("URI")
            .description("Aggregate-report address for the planned DMARC records, e.g. mailto:d@x.")
            .build());
    spec.addOption(
        Specs.option(Emit.class, () -> emit, v -> emit = v, "--emit")
            .paramLabel("FORMAT")
            .description(
                "With --plan, write the records as configuration for the --provider instead of"
                    + " the diff: ${COMPLETION-CANDIDATES} (route53, cloudflare,"
                    + " cloudflare-flatten-all, azure, google, dnsimple, ns1).")
            .build());
    spec.addOption(
        Specs.option(Path.class, () -> emitDir, v -> emitDir = v, "--emit-dir")
            .paramLabel("DIR")
            .description("Write the --emit output to DIR/ORIGIN.hardening.tf instead of stdout.")
            .build());
    return spec;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Provider profile;
    Name originName;
    try {
      profile = zoneOptions.provider();
      originName = zoneOptions.origin();
    } catch (CheckCommand.UsageException e) {
      err.println("zonelint: " + e.getMessage());
      return ExitCode.USAGE;
    }
    if (rua != null && !rua.regionMatches(true, 0, "mailto:", 0, 7)) {
      err.println("zonelint: --rua takes a mailto: URI, not '" + rua + "'");
      return ExitCode.USAGE;
    }
    String emitProblem = emitProblem(profile);
    if (emitProblem != null) {
      err.println("zonelint: " + emitProblem);
      return ExitCode.USAGE;
    }
    List<Path> files;
    Register services = null;
    try {
      services = register == null ? null : Register.read(register);
    } catch (IOException e) {
      err.println("zonelint: cannot use --register '" + register + "': " + e.getMessage());
      return ExitCode.USAGE;
    }
    try {
      files = ZoneFiles.expand(paths, null);
    } catch (IOException | ConfigException e) {
      err.println("zonelint: " + e.getMessage());
      return ExitCode.USAGE;
    }
    List<Zone> zones = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (Path f : files) {
      try {
        ParseResult parsed = ZoneParser.parse(f, ParseOptions.defaults(f, originName));
        warnAboutErrors(f, parsed, err);
        zones.add(parsed.zone());
        names.add(f.toString());
      } catch (IOException e) {
        err.println("zonelint: cannot read '" + f + "': " + e.getMessage());
        return ExitCode.USAGE;
      }
    }
    Inventory inventory = Inventory.of(zones, names, profile);
    try {
      if (emit != null) {
        emitTerraform(zones, inventory, profile, out, err);
        return ExitCode.CLEAN;
      }
      if (plan) {
        for (int i = 0; i < zones.size(); i++) {
          List<String> block = HardeningPlan.block(zones.get(i), inventory.rows(), rua);
          List<String> lines = Files.readAllLines(files.get(i), StandardCharsets.UTF_8);
          out.print(HardeningPlan.diff(lines, names.get(i), block));
        }
        out.flush();
        return ExitCode.CLEAN;
      }
      InventoryReport.write(format, inventory, registerFindings(zones, services), out);
    } catch (IOException e) {
      err.println("zonelint: cannot write the inventory or plan: " + e.getMessage());
      return ExitCode.USAGE;
    }
    return ExitCode.CLEAN;
  }

  /** Why the --emit options cannot be used as given, or null when they can. */
  private String emitProblem(Provider profile) {
    if (emit == null) {
      return emitDir == null ? null : "--emit-dir goes with --emit";
    }
    if (!plan) {
      return "--emit goes with --plan";
    }
    if (!HardeningTerraform.PROVIDERS.contains(profile)) {
      return "--emit terraform has no Terraform resources for --provider "
          + profile.id()
          + "; use one of: "
          + HardeningTerraform.PROVIDERS.stream()
              .map(Provider::id)
              .collect(Collectors.joining(", "));
    }
    return null;
  }

  /** The plan as Terraform: one file per zone under --emit-dir, or every zone to stdout. */
  private void emitTerraform(
      List<Zone> zones, Inventory inventory, Provider profile, PrintWriter out, PrintWriter err)
      throws IOException {
    String separator = "";
    for (Zone zone : zones) {
      String text =
          HardeningTerraform.render(
              profile, zone.origin(), HardeningPlan.steps(zone, inventory.rows(), rua));
      if (text.isEmpty()) {
        continue;
      }
      if (emitDir == null) {
        out.print(separator + text);
        separator = "\n";
      } else {
        Files.createDirectories(emitDir);
        Path target = emitDir.resolve(zone.origin().toString(true) + ".hardening.tf");
        AtomicFiles.write(target, text.getBytes(StandardCharsets.UTF_8));
        err.println("wrote " + target);
      }
    }
    out.flush();
  }

  /** The register rules' findings over every zone, in report order; none without a register. */
  private static List<Diagnostic> registerFindings(List<Zone> zones, Register services) {
    List<Diagnostic> out = new ArrayList<>();
    if (services != null) {
      Checker checker =
          new Checker(RegisterRules.all(), CheckOptions.DEFAULTS.withRegister(services));
      for (Zone zone : zones) {
        out.addAll(checker.check(zone));
      }
      out.sort(Diagnostic.ORDER);
    }
    return out;
  }

  /** Records that do not parse are missing from the inventory: say so, and where to look. */
  private static void warnAboutErrors(Path file, ParseResult parsed, PrintWriter err) {
    long errors = parsed.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).count();
    if (parsed.zone().origin() == null) {
      err.println("zonelint: '" + file + "' has no origin (use --origin); it is left out");
    } else if (errors > 0) {
      Diagnostic first =
          parsed.diagnostics().stream()
              .filter(d -> d.severity() == Severity.ERROR)
              .findFirst()
              .orElseThrow();
      err.println(
          "zonelint: "
              + errors
              + " records of '"
              + file
              + "' do not parse and are left out, first at "
              + first.location()
              + " (see zonelint check)");
    }
  }
}

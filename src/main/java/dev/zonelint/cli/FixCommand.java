package dev.zonelint.cli;

import dev.zonelint.fix.AliasIntent;
import dev.zonelint.fix.Emitter;
import dev.zonelint.fix.Fix;
import dev.zonelint.fix.FixOptions;
import dev.zonelint.fix.FixPlan;
import dev.zonelint.fix.Strategy;
import dev.zonelint.fix.UnifiedDiff;
import dev.zonelint.fix.ZoneFix;
import dev.zonelint.io.AtomicFiles;
import dev.zonelint.parse.ParseOptions;
import dev.zonelint.provider.Provider;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.xbill.DNS.Name;
import picocli.CommandLine.Model.CommandSpec;

/** {@code zonelint fix}: repairs CNAME conflicts and CNAME targets as text edits. */
final class FixCommand implements Callable<Integer> {
  private CommandSpec spec;
  List<Path> paths = new ArrayList<>();
  final ZoneOptions zoneOptions = new ZoneOptions();
  String strategy;
  boolean unsafeFixes;
  boolean diff;
  Path output;
  boolean write;
  Emitter.Format emit;
  Path emitDir = Path.of(".");
  Path includeRoot;

  /** picocli's model of the command, bound to this object's fields. */
  CommandSpec spec() {
    spec =
        Specs.command(
            this,
            "fix",
            "Fix CNAME conflicts (cname-at-apex, cname-and-other-data) and MX/NS/SRV targets that"
                + " are CNAMEs, for a DNS provider. Prints a unified diff unless --output or"
                + " --write is given; comments, layout and untouched records stay"
                + " byte-identical.");
    Specs.exitCodes(
        spec,
        "0:nothing to fix, or everything fixed",
        "1:findings remain that could not be fixed (see the notes on standard error)",
        "2:usage or I/O error");
    spec.addPositional(
        Specs.positionals(Path.class, () -> paths, v -> paths = v)
            .arity("1..*")
            .required(true)
            .paramLabel("FILE")
            .description("Zone files.")
            .build());
    zoneOptions.addTo(spec);
    spec.addOption(
        Specs.option(String.class, () -> strategy, v -> strategy = v, "--strategy")
            .paramLabel("NAME")
            .description(
                "Use only this strategy, safe or not: alias, https-alias, split-web, split-mail,"
                    + " retarget, drop-shadowed. Default: the provider's best safe one per"
                    + " finding.")
            .build());
    spec.addOption(
        Specs.option(boolean.class, () -> unsafeFixes, v -> unsafeFixes = v, "--unsafe-fixes")
            .description("Also apply unsafe strategies.")
            .build());
    spec.addOption(
        Specs.option(boolean.class, () -> diff, v -> diff = v, "--diff")
            .description("Print a unified diff and change nothing (default).")
            .build());
    spec.addOption(
        Specs.option(Path.class, () -> output, v -> output = v, "--output")
            .paramLabel("FILE")
            .description(
                "Write the fixed zone to FILE (one input file, no edits in included files).")
            .build());
    spec.addOption(
        Specs.option(boolean.class, () -> write, v -> write = v, "--write")
            .description("Replace the files atomically and move the SOA serial on.")
            .build());
    spec.addOption(
        Specs.option(Emitter.Format.class, () -> emit, v -> emit = v, "--emit")
            .paramLabel("FORMAT")
            .description(
                "Also write configuration for aliases that live outside the zone file (Route 53,"
                    + " Azure, Cloudflare flattening): ${COMPLETION-CANDIDATES}.")
            .build());
    spec.addOption(
        Specs.option(Path.class, () -> emitDir, v -> emitDir = v, "--emit-dir")
            .paramLabel("DIR")
            .description("Folder for --emit files, named ORIGIN.aliases.tf|yaml|js (default: .).")
            .build());
    spec.addOption(ZoneOptions.includeRoot(() -> includeRoot, v -> includeRoot = v));
    return spec;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    FixOptions options;
    Name originName;
    try {
      options = options();
      originName = zoneOptions.origin();
    } catch (CheckCommand.UsageException e) {
      err.println("zonelint: " + e.getMessage());
      return ExitCode.USAGE;
    }
    boolean unfixed = false;
    for (Path file : paths) {
      try {
        unfixed |= fix(file, originName, options, out, err);
      } catch (CheckCommand.UsageException e) {
        err.println("zonelint: " + e.getMessage());
        return ExitCode.USAGE;
      } catch (IOException e) {
        err.println("zonelint: cannot fix '" + file + "': " + e.getMessage());
        return ExitCode.USAGE;
      }
    }
    out.flush();
    return unfixed ? ExitCode.FINDINGS : ExitCode.CLEAN;
  }

  /** Fixes one file; returns whether findings remain unfixed. */
  private boolean fix(
      Path file, Name originName, FixOptions options, PrintWriter out, PrintWriter err)
      throws IOException, CheckCommand.UsageException {
    if (!Files.isRegularFile(file)) {
      throw new IOException("no such file");
    }
    ParseOptions parse =
        new ParseOptions(
            originName,
            file.toString(),
            Path.of("").toAbsolutePath(),
            ParseOptions.DEFAULT_MAX_GENERATE,
            ParseOptions.DEFAULT_MAX_RECORDS,
            includeRoot);
    ZoneFix zoneFix = ZoneFix.of(file, parse, options);
    FixPlan plan = zoneFix.plan();
    List<ZoneFix.Round> rounds = zoneFix.applied();
    for (int i = 0; i < rounds.size(); i++) {
      // A later round's positions are in the text the rounds before it left.
      String round = i == 0 ? "" : " in round " + (i + 1);
      for (Fix f : rounds.get(i).plan().fixes()) {
        err.println(
            f.findings().get(0).location()
                + ": fixed "
                + f.rule()
                + round
                + " ("
                + f.strategy().id()
                + ", "
                + f.safety().name().toLowerCase(java.util.Locale.ROOT)
                + "): "
                + f.description());
      }
    }
    for (String note : plan.notes()) {
      err.println(note);
    }
    if (emit != null) {
      emit(zoneFix, options, err);
    }
    Map<Integer, byte[]> changed = zoneFix.apply(write ? LocalDate.now() : null);
    List<String> names = zoneFix.zone().files();
    if (output != null) {
      if (changed.keySet().stream().anyMatch(i -> i != 0)) {
        throw new CheckCommand.UsageException(
            "fixes edit files included by '"
                + file
                + "'; use --write or --diff instead of --output");
      }
      AtomicFiles.write(output, changed.getOrDefault(0, zoneFix.files().bytes(0)));
    } else if (write) {
      for (Map.Entry<Integer, byte[]> e : changed.entrySet()) {
        AtomicFiles.write(e.getKey() == 0 ? file : Path.of(names.get(e.getKey())), e.getValue());
      }
    } else {
      for (Map.Entry<Integer, byte[]> e : changed.entrySet()) {
        String name = names.get(e.getKey());
        for (String line : UnifiedDiff.of(name, zoneFix.files().bytes(e.getKey()), e.getValue())) {
          out.println(line);
        }
      }
    }
    return !plan.unfixed().isEmpty();
  }

  private void emit(ZoneFix zoneFix, FixOptions options, PrintWriter err) throws IOException {
    Name zoneOrigin = zoneFix.zone().origin();
    List<AliasIntent> intents =
        Emitter.intents(zoneFix.zone(), zoneFix.diagnostics(), options.provider());
    Optional<String> text = Emitter.render(emit, options.provider(), zoneOrigin, intents);
    if (text.isEmpty()) {
      err.println("nothing to --emit for provider " + options.provider().id());
      return;
    }
    Files.createDirectories(emitDir);
    Path target = emitDir.resolve(emit.fileName(zoneOrigin));
    AtomicFiles.write(target, text.get().getBytes(StandardCharsets.UTF_8));
    err.println("wrote " + target);
  }

  private FixOptions options() throws CheckCommand.UsageException {
    int modes = (diff ? 1 : 0) + (output != null ? 1 : 0) + (write ? 1 : 0);
    if (modes > 1) {
      throw new CheckCommand.UsageException("use only one of --diff, --output and --write");
    }
    if (output != null && paths.size() != 1) {
      throw new CheckCommand.UsageException("--output takes exactly one input file");
    }
    Provider p = zoneOptions.provider();
    Strategy s = null;
    if (strategy != null) {
      s = Strategy.byId(strategy);
      if (s == null) {
        throw new CheckCommand.UsageException("unknown strategy '" + strategy + "'");
      }
    }
    return new FixOptions(p, s, unsafeFixes);
  }
}

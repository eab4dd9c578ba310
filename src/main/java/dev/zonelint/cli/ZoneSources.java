package dev.zonelint.cli;

import dev.zonelint.check.RuleRegistry;
import dev.zonelint.config.ConfigException;
import dev.zonelint.config.ConfigFinder;
import dev.zonelint.git.GitRepository;
import dev.zonelint.lint.LintOptions;
import dev.zonelint.lint.ZoneLint;
import dev.zonelint.parse.IncludeSource;
import dev.zonelint.server.ConfException;
import dev.zonelint.server.NamedConf;
import dev.zonelint.server.NsdConf;
import dev.zonelint.server.ServerZone;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/** {@code check}'s options that choose zones by something other than file names. */
final class ZoneSources {
  boolean staged;

  String since;

  Path namedConf;

  Path nsdConf;

  /** Adds {@code --staged}, {@code --since}, {@code --named-conf} and {@code --nsd-conf}. */
  void addTo(CommandSpec spec) {
    spec.addOption(
        Specs.option(boolean.class, () -> staged, v -> staged = v, "--staged")
            .description(
                "Check the zone files staged in git with their staged content, and that each"
                    + " changed zone's SOA serial increased against HEAD.")
            .build());
    spec.addOption(
        Specs.option(String.class, () -> since, v -> since = v, "--since")
            .paramLabel("REV")
            .description(
                "Check the zone files changed in the working tree since the merge base of REV and"
                    + " HEAD, and that their SOA serials increased (CI on a branch).")
            .build());
    spec.addOption(
        Specs.option(Path.class, () -> namedConf, v -> namedConf = v, "--named-conf")
            .paramLabel("FILE")
            .description(
                "Check every primary zone of a BIND named.conf (with its includes and views), each"
                    + " with its own origin; relative paths count from the file's folder.")
            .build());
    spec.addOption(
        Specs.option(Path.class, () -> nsdConf, v -> nsdConf = v, "--nsd-conf")
            .paramLabel("FILE")
            .description("Check every primary zone of an NSD nsd.conf, each with its own origin.")
            .build());
  }

  /** The checker for a zone file, with the configuration that applies to it. */
  interface LintChooser {
    ZoneLint forFile(Path file) throws IOException, ConfigException, CheckCommand.UsageException;
  }

  /**
   * The zones to check, in report order. Files named on the command line, found in folders or named
   * by git get the checker {@code lints} chooses; a server configuration's zones get its origin and
   * folder.
   */
  List<ZoneTask> tasks(
      List<Path> paths,
      ConfigFinder configs,
      LintChooser lints,
      RuleRegistry registry,
      LintOptions options)
      throws CheckCommand.UsageException, IOException, ConfigException {
    int chosen =
        (staged ? 1 : 0)
            + (since != null ? 1 : 0)
            + (namedConf != null ? 1 : 0)
            + (nsdConf != null ? 1 : 0);
    if (chosen == 0) {
      if (paths.isEmpty()) {
        throw new CheckCommand.UsageException(
            "give zone files or folders, or one of --staged, --since, --named-conf, --nsd-conf");
      }
      List<ZoneTask> out = new ArrayList<>();
      for (Path f : ZoneFiles.expand(paths, configs)) {
        ZoneLint lint = lints.forFile(f);
        out.add(new ZoneTask(f.toString(), () -> lint.check(f, f.toString())));
      }
      return out;
    }
    if (!paths.isEmpty() || chosen > 1) {
      throw new CheckCommand.UsageException(
          "--staged, --since, --named-conf and --nsd-conf choose the zones themselves: give one"
              + " of them and no FILE|DIR");
    }
    Path cwd = Path.of("").toAbsolutePath();
    if (namedConf != null || nsdConf != null) {
      return serverTasks(registry, options, cwd);
    }
    GitRepository git = GitRepository.containing(cwd);
    return staged ? stagedTasks(git, lints, cwd) : sinceTasks(git, lints, cwd);
  }

  /** Each primary zone with its origin, and the server's folder for relative includes. */
  private List<ZoneTask> serverTasks(RuleRegistry registry, LintOptions options, Path cwd)
      throws CheckCommand.UsageException, IOException {
    List<ServerZone> zones;
    try {
      zones = namedConf != null ? NamedConf.read(namedConf) : NsdConf.read(nsdConf);
    } catch (ConfException e) {
      throw new CheckCommand.UsageException(e.getMessage());
    }
    List<ZoneTask> out = new ArrayList<>();
    for (ServerZone z : zones) {
      ZoneLint lint =
          new ZoneLint(
              registry,
              new LintOptions(
                  z.origin(),
                  z.directory(),
                  options.maxGenerate(),
                  options.maxRecords(),
                  options.check(),
                  options.selection(),
                  options.includeRoot() != null ? options.includeRoot() : z.directory(),
                  options.maxDiagnostics(),
                  options.offerFixes()));
      String shown =
          z.file().startsWith(cwd) ? cwd.relativize(z.file()).toString() : z.file().toString();
      out.add(new ZoneTask(shown, () -> lint.check(z.file(), shown)));
    }
    return out;
  }

  private static List<ZoneTask> stagedTasks(GitRepository git, LintChooser lints, Path cwd)
      throws IOException, ConfigException, CheckCommand.UsageException {
    IncludeSource staged = git.filesAt("");
    IncludeSource head = git.filesAt("HEAD");
    List<ZoneTask> out = new ArrayList<>();
    for (String path : zoneFiles(git.stagedFiles())) {
      Path file = git.top().resolve(path);
      String shown = cwd.relativize(file).toString();
      ZoneLint lint = lints.forFile(file);
      out.add(
          new ZoneTask(
              shown,
              () -> {
                // Missing at HEAD: a new file, or no commit yet.
                List<byte[]> texts = git.contents(List.of(":" + path, "HEAD:" + path));
                return lint.checkChange(
                    new ZoneLint.Version(texts.get(0), staged),
                    version(texts.get(1), head),
                    file,
                    shown,
                    "HEAD:" + path);
              }));
    }
    return out;
  }

  private List<ZoneTask> sinceTasks(GitRepository git, LintChooser lints, Path cwd)
      throws IOException, ConfigException, CheckCommand.UsageException {
    String base = git.mergeBase(since);
    IncludeSource atBase = git.filesAt(base);
    List<ZoneTask> out = new ArrayList<>();
    for (String path : zoneFiles(git.changedSince(base))) {
      Path file = git.top().resolve(path);
      String shown = cwd.relativize(file).toString();
      ZoneLint lint = lints.forFile(file);
      out.add(
          new ZoneTask(
              shown,
              () ->
                  lint.checkChange(
                      new ZoneLint.Version(Files.readAllBytes(file), IncludeSource.DISK),
                      version(git.content(base, path), atBase),
                      file,
                      shown,
                      base.substring(0, 12) + ":" + path)));
    }
    return out;
  }

  private static ZoneLint.Version version(byte[] text, IncludeSource includes) {
    return text == null ? null : new ZoneLint.Version(text, includes);
  }

  /** The same files a folder search would check. */
  private static List<String> zoneFiles(List<String> repositoryPaths) {
    List<String> out = new ArrayList<>();
    for (String p : repositoryPaths) {
      if (ZoneFiles.looksLikeZone(Path.of(p))) {
        out.add(p);
      }
    }
    return out;
  }
}

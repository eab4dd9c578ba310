package dev.zonelint.cli;

import dev.zonelint.check.RuleRegistry;
import dev.zonelint.git.GitRepository;
import dev.zonelint.lint.LintOptions;
import dev.zonelint.lint.ZoneLint;
import dev.zonelint.server.ConfException;
import dev.zonelint.server.NamedConf;
import dev.zonelint.server.NsdConf;
import dev.zonelint.server.ServerZone;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code check}'s options that choose zones by something other than file names. */
final class ZoneSources {
  @Option(
      names = "--staged",
      description =
          "Check the zone files staged in git with their staged content, and that each changed"
              + " zone's SOA serial increased against HEAD.")
  boolean staged;

  @Option(
      names = "--since",
      paramLabel = "REV",
      description =
          "Check the zone files changed in the working tree since the merge base of REV and HEAD,"
              + " and that their SOA serials increased (CI on a branch).")
  String since;

  @Option(
      names = "--named-conf",
      paramLabel = "FILE",
      description =
          "Check every primary zone of a BIND named.conf (with its includes and views), each with"
              + " its own origin; relative paths count from the file's folder.")
  Path namedConf;

  @Option(
      names = "--nsd-conf",
      paramLabel = "FILE",
      description = "Check every primary zone of an NSD nsd.conf, each with its own origin.")
  Path nsdConf;

  /** The zones to check, in report order. */
  List<ZoneTask> tasks(List<Path> paths, RuleRegistry registry, LintOptions options)
      throws CheckCommand.UsageException, IOException {
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
      ZoneLint lint = new ZoneLint(registry, options);
      List<ZoneTask> out = new ArrayList<>();
      for (Path f : ZoneFiles.expand(paths)) {
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
    ZoneLint lint = new ZoneLint(registry, options);
    return staged ? stagedTasks(git, lint, cwd) : sinceTasks(git, lint, cwd);
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
                  options.maxDiagnostics()));
      String shown =
          z.file().startsWith(cwd) ? cwd.relativize(z.file()).toString() : z.file().toString();
      out.add(new ZoneTask(shown, () -> lint.check(z.file(), shown)));
    }
    return out;
  }

  private static List<ZoneTask> stagedTasks(GitRepository git, ZoneLint lint, Path cwd)
      throws IOException {
    boolean hasHead = git.hasHead();
    List<ZoneTask> out = new ArrayList<>();
    for (String path : zoneFiles(git.stagedFiles())) {
      Path file = git.top().resolve(path);
      String shown = cwd.relativize(file).toString();
      out.add(
          new ZoneTask(
              shown,
              () ->
                  lint.checkChange(
                      git.content("", path),
                      hasHead ? git.content("HEAD", path) : null,
                      file,
                      shown,
                      "HEAD:" + path)));
    }
    return out;
  }

  private List<ZoneTask> sinceTasks(GitRepository git, ZoneLint lint, Path cwd) throws IOException {
    String base = git.mergeBase(since);
    List<ZoneTask> out = new ArrayList<>();
    for (String path : zoneFiles(git.changedSince(base))) {
      Path file = git.top().resolve(path);
      String shown = cwd.relativize(file).toString();
      out.add(
          new ZoneTask(
              shown,
              () ->
                  lint.checkChange(
                      Files.readAllBytes(file),
                      git.content(base, path),
                      file,
                      shown,
                      base.substring(0, 12) + ":" + path)));
    }
    return out;
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

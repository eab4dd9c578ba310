package dev.zonelint.cli;

import dev.zonelint.git.GitRepository;
import dev.zonelint.lint.ZoneLint;
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

  /** Whether FILE|DIR arguments are needed: no other option chose the zones. */
  boolean needsPaths() {
    return !staged && since == null;
  }

  /** The zones to check, in report order. */
  List<ZoneTask> tasks(List<Path> paths, ZoneLint lint)
      throws CheckCommand.UsageException, IOException {
    if (needsPaths()) {
      if (paths.isEmpty()) {
        throw new CheckCommand.UsageException(
            "give zone files or folders, or --staged or --since REV");
      }
      List<ZoneTask> out = new ArrayList<>();
      for (Path f : ZoneFiles.expand(paths)) {
        out.add(new ZoneTask(f.toString(), () -> lint.check(f, f.toString())));
      }
      return out;
    }
    if (!paths.isEmpty() || (staged && since != null)) {
      throw new CheckCommand.UsageException(
          "--staged and --since choose the files themselves: give one of them and no FILE|DIR");
    }
    Path cwd = Path.of("").toAbsolutePath();
    GitRepository git = GitRepository.containing(cwd);
    return staged ? stagedTasks(git, lint, cwd) : sinceTasks(git, lint, cwd);
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

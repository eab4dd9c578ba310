package dev.zonelint.cli;

import dev.zonelint.git.GitRepository;
import dev.zonelint.io.AtomicFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code zonelint install-hook}: a git pre-commit hook that runs {@code check --staged}. */
final class InstallHookCommand implements Callable<Integer> {
  /** Marks hooks this command wrote, which it may replace without --force. */
  static final String MARKER = "# Installed by `zonelint install-hook`";

  private CommandSpec spec;
  boolean force;
  String command = "zonelint";

  /** picocli's model of the command, bound to this object's fields. */
  CommandSpec spec() {
    spec =
        Specs.command(
            this,
            "install-hook",
            "Install a git pre-commit hook in the current repository that runs"
                + " `zonelint check --staged`.");
    spec.addOption(
        Specs.option(boolean.class, () -> force, v -> force = v, "--force")
            .description("Replace a pre-commit hook zonelint did not write.")
            .build());
    spec.addOption(
        Specs.option(String.class, () -> command, v -> command = v, "--command")
            .paramLabel("CMD")
            .description(
                "How the hook starts zonelint, as shell words (default: ${DEFAULT-VALUE}).")
            .build());
    return spec;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      Path hooks = GitRepository.containing(Path.of("").toAbsolutePath()).hooksDirectory();
      Path hook = hooks.resolve("pre-commit");
      if (Files.exists(hook) && !force && !Files.readString(hook).contains(MARKER)) {
        err.println(
            "zonelint: "
                + hook
                + " exists and was not written by zonelint; add --force to replace it, or add"
                + " `zonelint check --staged` to it yourself");
        return ExitCode.USAGE;
      }
      Files.createDirectories(hooks);
      AtomicFiles.writeExecutable(hook, script().getBytes(StandardCharsets.UTF_8));
      out.println("installed " + hook);
      out.flush();
      return ExitCode.CLEAN;
    } catch (IOException e) {
      err.println("zonelint: cannot install the hook: " + e.getMessage());
      return ExitCode.USAGE;
    }
  }

  private String script() {
    return "#!/bin/sh\n"
        + MARKER
        + ": checks the staged zone files and their\n"
        + "# SOA serials before each commit. Skip it once with `git commit --no-verify`.\n"
        + "exec "
        + command
        + " check --staged\n";
  }
}

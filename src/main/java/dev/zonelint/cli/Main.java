package dev.zonelint.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;

/** Entry point. Tests call {@link #run} with their own writers. */
public final class Main {
  private Main() {}

  // On JDK 17, the target, System.console() is null unless standard input and output are both a
  // terminal, which is exactly when colour is wanted.
  @SuppressWarnings("SystemConsoleNull")
  public static void main(String[] args) {
    // Start-up: picocli otherwise probes for Groovy's Closure class (a failed class lookup), and
    // SLF4J searches the class path for logging providers, which opens and indexes the whole jar.
    System.setProperty("picocli.disable.closures", "true");
    System.setProperty("slf4j.provider", "org.slf4j.nop.NOPServiceProvider");
    System.setProperty("slf4j.internal.verbosity", "WARN");
    PrintWriter out =
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);
    PrintWriter err =
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = run(args, out, err, System.console() != null, stderrIsTerminal());
    out.flush();
    err.flush();
    System.out.flush();
    System.err.flush();
    // Not System.exit: since JDK 21 it first looks for a System.Logger provider on the class path
    // to log the exit, which opens and indexes the whole jar (no other part of a small check
    // does). zonelint registers no shutdown hooks and has flushed its output.
    Runtime.getRuntime().halt(code);
  }

  /** The whole command tree, every subcommand included, as {@code make docs} documents it. */
  public static CommandLine fullCommandLine() {
    return RootCommand.commandLine(new String[0]);
  }

  /** Runs the command line with no progress bar; see the five-argument form. */
  public static int run(String[] args, PrintWriter out, PrintWriter err, boolean terminal) {
    return run(args, out, err, terminal, false);
  }

  /**
   * Runs the command line.
   *
   * @param terminal whether standard output is a terminal (enables colour in auto mode)
   * @param errTerminal whether standard error is a terminal (a long check shows progress there)
   */
  public static int run(
      String[] args, PrintWriter out, PrintWriter err, boolean terminal, boolean errTerminal) {
    CommandLine cli = RootCommand.commandLine(args);
    cli.setOut(out);
    cli.setErr(err);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          err.println("zonelint: internal error: " + e);
          return ExitCode.USAGE;
        });
    cli.setExitCodeExceptionMapper(e -> ExitCode.USAGE);
    for (CommandLine sub : cli.getSubcommands().values()) {
      if (sub.getCommand() instanceof CheckCommand check) {
        check.setTerminal(terminal);
        check.setProgress(errTerminal);
      }
    }
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /**
   * Whether standard error is a terminal. Java 17 cannot ask (System.console() speaks of standard
   * input and output), so this reads where Linux's /proc says file descriptor 2 points; elsewhere
   * the answer is no, and no progress bar is drawn.
   */
  static boolean stderrIsTerminal() {
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return false;
    }
  }
}

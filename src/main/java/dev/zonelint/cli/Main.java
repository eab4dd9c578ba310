package dev.zonelint.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Entry point. Tests call {@link #run} with their own writers. */
public final class Main {
  private Main() {}

  // On JDK 17, the target, System.console() is null unless standard input and output are both a
  // terminal, which is exactly when colour is wanted.
  @SuppressWarnings("SystemConsoleNull")
  public static void main(String[] args) {
    PrintWriter out =
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);
    PrintWriter err =
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = run(args, out, err, System.console() != null);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Runs the command line.
   *
   * @param terminal whether standard output is a terminal (enables colour in auto mode)
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err, boolean terminal) {
    CommandLine cli = new CommandLine(new RootCommand());
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
      }
    }
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }
}

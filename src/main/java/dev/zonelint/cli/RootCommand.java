package dev.zonelint.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code zonelint}: wiring only. The subcommands are added by {@link #commandLine}, only the one
 * that runs when the command line names one, and their models are built in code (see {@link
 * Specs}): building picocli's model of every command from annotations was most of the start-up time
 * of a small check in a git hook.
 */
final class RootCommand {
  /** The subcommands in the order help lists them. */
  private static final Map<String, Supplier<Object>> SUBCOMMANDS = new LinkedHashMap<>();

  static {
    SUBCOMMANDS.put("check", () -> new CheckCommand().spec());
    SUBCOMMANDS.put("fix", () -> new FixCommand().spec());
    SUBCOMMANDS.put("rules", () -> new RulesCommand().spec());
    SUBCOMMANDS.put("explain", () -> new ExplainCommand().spec());
    SUBCOMMANDS.put("inventory", () -> new InventoryCommand().spec());
    SUBCOMMANDS.put("install-hook", () -> new InstallHookCommand().spec());
    // Hidden: prints the bash/zsh completion script that `make install` installs.
    SUBCOMMANDS.put("generate-completion", AutoComplete.GenerateCompletion::new);
    SUBCOMMANDS.put("help", CommandLine.HelpCommand::new);
  }

  /**
   * The command line for {@code args}: with only the subcommand they name when it is one that runs
   * on its own, none for {@code --version}, else (help, completion, a mistake) with all of them.
   */
  static CommandLine commandLine(String[] args) {
    CommandSpec root =
        Specs.command(
            new RootCommand(), "zonelint", "Offline validator for authoritative DNS zone files.");
    Specs.exitCodes(
        root,
        "0:nothing at or above --fail-on",
        "1:findings at or above --fail-on",
        "2:usage or I/O error");
    CommandLine cli = new CommandLine(root);
    String first = args.length > 0 ? args[0] : "";
    boolean alone =
        SUBCOMMANDS.containsKey(first)
            && !first.equals("help")
            && !first.equals("generate-completion");
    // `--version` alone needs none of them (help and completion are modelled from annotations).
    boolean versionOnly = args.length == 1 && (first.equals("-V") || first.equals("--version"));
    for (Map.Entry<String, Supplier<Object>> e : SUBCOMMANDS.entrySet()) {
      if (!versionOnly && (!alone || e.getKey().equals(first))) {
        cli.addSubcommand(e.getKey(), e.getValue().get());
      }
    }
    CommandLine completion = cli.getSubcommands().get("generate-completion");
    if (completion != null) {
      completion.getCommandSpec().usageMessage().hidden(true);
    }
    return cli;
  }
}

package dev.zonelint.cli;

import dev.zonelint.report.Version;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/**
 * {@code zonelint}: wiring only. The subcommands are added by {@link #commandLine}, only the one
 * that runs when the command line names one: building picocli's model of every command is most of
 * the start-up time of a small check in a git hook.
 */
@Command(
    name = "zonelint",
    mixinStandardHelpOptions = true,
    versionProvider = RootCommand.VersionProvider.class,
    description = "Offline validator for authoritative DNS zone files.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:nothing at or above --fail-on",
      "1:findings at or above --fail-on",
      "2:usage or I/O error"
    })
final class RootCommand {
  /** The subcommands in the order help lists them. */
  private static final Map<String, Supplier<Object>> SUBCOMMANDS = new LinkedHashMap<>();

  static {
    SUBCOMMANDS.put("check", CheckCommand::new);
    SUBCOMMANDS.put("fix", FixCommand::new);
    SUBCOMMANDS.put("rules", RulesCommand::new);
    SUBCOMMANDS.put("explain", ExplainCommand::new);
    SUBCOMMANDS.put("inventory", InventoryCommand::new);
    SUBCOMMANDS.put("install-hook", InstallHookCommand::new);
    // Hidden: prints the bash/zsh completion script that `make install` installs.
    SUBCOMMANDS.put("generate-completion", AutoComplete.GenerateCompletion::new);
    SUBCOMMANDS.put("help", CommandLine.HelpCommand::new);
  }

  /**
   * The command line for {@code args}: with only the subcommand they name when it is one that runs
   * on its own, else (help, completion, a mistake) with all of them.
   */
  static CommandLine commandLine(String[] args) {
    CommandLine cli = new CommandLine(new RootCommand());
    String first = args.length > 0 ? args[0] : "";
    boolean alone =
        SUBCOMMANDS.containsKey(first)
            && !first.equals("help")
            && !first.equals("generate-completion");
    for (Map.Entry<String, Supplier<Object>> e : SUBCOMMANDS.entrySet()) {
      if (!alone || e.getKey().equals(first)) {
        cli.addSubcommand(e.getKey(), e.getValue().get());
      }
    }
    CommandLine completion = cli.getSubcommands().get("generate-completion");
    if (completion != null) {
      completion.getCommandSpec().usageMessage().hidden(true);
    }
    return cli;
  }

  /** Supplies {@code --version}. */
  static final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"zonelint " + Version.VALUE};
    }
  }
}

package dev.zonelint.cli;

import dev.zonelint.report.Version;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/** {@code zonelint}: wiring only. */
@Command(
    name = "zonelint",
    mixinStandardHelpOptions = true,
    versionProvider = RootCommand.VersionProvider.class,
    description = "Offline validator for authoritative DNS zone files.",
    subcommands = {
      CheckCommand.class,
      FixCommand.class,
      RulesCommand.class,
      ExplainCommand.class,
      InventoryCommand.class,
      InstallHookCommand.class,
      // Hidden: prints the bash/zsh completion script that `make install` installs.
      picocli.AutoComplete.GenerateCompletion.class,
      picocli.CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:nothing at or above --fail-on",
      "1:findings at or above --fail-on",
      "2:usage or I/O error"
    })
final class RootCommand {

  /** Supplies {@code --version}. */
  static final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"zonelint " + Version.VALUE};
    }
  }
}

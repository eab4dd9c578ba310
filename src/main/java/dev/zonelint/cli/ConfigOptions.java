package dev.zonelint.cli;

import dev.zonelint.check.CheckOptions;
import dev.zonelint.config.ConfigException;
import dev.zonelint.config.ConfigFinder;
import dev.zonelint.config.ZoneConfig;
import dev.zonelint.diag.Severity;
import dev.zonelint.lint.LintOptions;
import dev.zonelint.lint.RuleSelection;
import dev.zonelint.mail.spf.SpfKnownIncludes;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.xbill.DNS.Name;
import org.xbill.DNS.TextParseException;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code --config} and {@code --no-config}, and how a {@code .zonelint.yaml} combines with the
 * command line: the file sets defaults, every option given on the command line wins.
 */
final class ConfigOptions {
  Path config;

  boolean noConfig;

  /** Adds {@code --config} and {@code --no-config} to a command. */
  void addTo(CommandSpec spec) {
    spec.addOption(
        Specs.option(Path.class, () -> config, v -> config = v, "--config")
            .paramLabel("FILE")
            .description(
                "Configuration file for every zone (default: the nearest .zonelint.yaml in each"
                    + " zone's folder or above).")
            .build());
    spec.addOption(
        Specs.option(boolean.class, () -> noConfig, v -> noConfig = v, "--no-config")
            .description("Ignore .zonelint.yaml files.")
            .build());
  }

  /** The finder for this run, or null when configuration files are ignored. */
  ConfigFinder finder(Set<String> knownRules) throws CheckCommand.UsageException {
    if (noConfig) {
      return null;
    }
    if (config == null) {
      return ConfigFinder.walking(knownRules);
    }
    try {
      return ConfigFinder.fixed(config, knownRules);
    } catch (IOException e) {
      throw new CheckCommand.UsageException(
          "cannot read --config '" + config + "': " + e.getMessage());
    } catch (ConfigException e) {
      throw new CheckCommand.UsageException(e.getMessage());
    }
  }

  /**
   * The options for one zone file: the command line's, with the configuration filling in what the
   * command line did not set.
   *
   * @param cli the options from the command line alone
   * @param enabled the rule ids given to {@code --enable}
   * @param given whether an option (by its long name) was given on the command line
   */
  static LintOptions merge(
      LintOptions cli, ZoneConfig c, Path file, Set<String> enabled, Predicate<String> given)
      throws ConfigException {
    Name origin = cli.origin();
    String configured = origin == null ? c.originOf(file) : null;
    if (configured != null) {
      try {
        origin = Name.fromString(configured, Name.root);
      } catch (TextParseException e) {
        throw new ConfigException(
            c.file() + ": bad origin '" + configured + "': " + e.getMessage());
      }
    }
    Set<String> disabled = new HashSet<>(cli.selection().disabled());
    Map<String, Severity> severities = new HashMap<>();
    c.rules()
        .forEach(
            (id, level) -> {
              if (level == null && !enabled.contains(id)) {
                disabled.add(id);
              } else if (level != null) {
                severities.put(id, level);
              }
            });
    severities.putAll(cli.selection().severities());
    CheckOptions check = cli.check();
    int chain =
        c.cnameChain() != null && !given.test("--cname-chain")
            ? c.cnameChain()
            : check.maxCnameChain();
    SpfKnownIncludes spf = check.spfKnown();
    if (c.spfKnown() != null && !given.test("--spf-known")) {
      try {
        spf = SpfKnownIncludes.builtIn().withFile(c.spfKnown());
      } catch (IOException | IllegalArgumentException e) {
        throw new ConfigException(
            c.file() + ": cannot use spf-known '" + c.spfKnown() + "': " + e.getMessage());
      }
    }
    var provider =
        c.provider() != null && !given.test("--provider") ? c.provider() : check.provider();
    return new LintOptions(
        origin,
        cli.workingDirectory(),
        cli.maxGenerate(),
        cli.maxRecords(),
        new CheckOptions(chain, spf, provider)
            .withRegister(check.register())
            .withDnssecTime(check.dnssecTime(), check.sigWarnDays()),
        new RuleSelection(disabled, severities),
        c.includeRoot() != null && !given.test("--include-root")
            ? c.includeRoot()
            : cli.includeRoot(),
        c.maxDiagnostics() != null && !given.test("--max-diagnostics")
            ? c.maxDiagnostics()
            : cli.maxDiagnostics(),
        cli.offerFixes());
  }
}

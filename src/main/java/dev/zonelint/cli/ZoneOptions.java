package dev.zonelint.cli;

import dev.zonelint.provider.Provider;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.xbill.DNS.Name;
import org.xbill.DNS.TextParseException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** The options every command that reads zones shares: the origin and the provider profile. */
final class ZoneOptions {
  String origin;

  String provider = Provider.BIND.id();

  /** Adds {@code --origin} and {@code --provider} to a command. */
  void addTo(CommandSpec spec) {
    spec.addOption(
        Specs.option(String.class, () -> origin, v -> origin = v, "--origin")
            .paramLabel("NAME")
            .description(
                "Zone origin. Default: the first $ORIGIN, else the file name (example.com.zone,"
                    + " db.example.com), else the SOA owner.")
            .build());
    spec.addOption(
        Specs.option(String.class, () -> provider, v -> provider = v, "--provider")
            .paramLabel("NAME")
            .completionCandidates(new ProviderIds())
            .description(
                "DNS provider that serves the zone: ${COMPLETION-CANDIDATES} (default: bind). It"
                    + " decides the provider rules, the alias records the fixer may write and the"
                    + " way out of a blocking CNAME.")
            .build());
  }

  /** {@code --include-root}, as check and fix take it. */
  static OptionSpec includeRoot(Supplier<Path> get, Consumer<Path> set) {
    return Specs.option(Path.class, get, set, "--include-root")
        .paramLabel("DIR")
        .description("Folder $INCLUDE may read below (default: each zone file's folder).")
        .build();
  }

  /** The {@code --origin} name, or null when it is to be worked out per file. */
  Name origin() throws CheckCommand.UsageException {
    if (origin == null) {
      return null;
    }
    try {
      return Name.fromString(origin, Name.root);
    } catch (TextParseException e) {
      throw new CheckCommand.UsageException("bad --origin '" + origin + "': " + e.getMessage());
    }
  }

  Provider provider() throws CheckCommand.UsageException {
    Provider chosen = Provider.byId(provider.trim());
    if (chosen == null) {
      throw new CheckCommand.UsageException(
          "unknown --provider '" + provider + "'; known: " + String.join(", ", new ProviderIds()));
    }
    return chosen;
  }

  /** The profile names {@code --provider} takes, for help and shell completion. */
  static final class ProviderIds implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(Provider.values()).map(Provider::id).iterator();
    }
  }
}

package dev.zonelint.cli;

import dev.zonelint.provider.Provider;
import java.util.Arrays;
import java.util.Iterator;
import org.xbill.DNS.Name;
import org.xbill.DNS.TextParseException;
import picocli.CommandLine.Option;

/** The options every command that reads zones shares: the origin and the provider profile. */
final class ZoneOptions {
  @Option(
      names = "--origin",
      paramLabel = "NAME",
      description =
          "Zone origin. Default: the first $ORIGIN, else the file name (example.com.zone,"
              + " db.example.com), else the SOA owner.")
  String origin;

  @Option(
      names = "--provider",
      paramLabel = "NAME",
      completionCandidates = ProviderIds.class,
      description =
          "DNS provider that serves the zone: ${COMPLETION-CANDIDATES} (default: bind). It decides"
              + " the provider rules, the alias records the fixer may write and the way out of a"
              + " blocking CNAME.")
  String provider = Provider.BIND.id();

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

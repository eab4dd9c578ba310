package dev.zonelint.fix;

import dev.zonelint.check.CheckOptions;
import dev.zonelint.check.Checker;
import dev.zonelint.check.RuleRegistry;
import dev.zonelint.diag.Diagnostic;
import dev.zonelint.parse.ParseOptions;
import dev.zonelint.parse.ParseResult;
import dev.zonelint.parse.ZoneParser;
import dev.zonelint.zone.Zone;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Fixing one zone file end to end: parse it, run every rule under the provider's profile, plan the
 * fixes, and compute the new bytes of each file the plan touches.
 *
 * @param zone the zone as parsed
 * @param files the original bytes of its files
 * @param diagnostics every finding of the parser and the rules, before fixing
 * @param plan the fixes chosen
 */
public record ZoneFix(Zone zone, SourceFiles files, List<Diagnostic> diagnostics, FixPlan plan) {
  public ZoneFix {
    diagnostics = List.copyOf(diagnostics);
  }

  /** Reads and plans the fixes of {@code file}, whose display path must be a usable path. */
  public static ZoneFix of(Path file, ParseOptions parse, FixOptions options) throws IOException {
    ParseResult parsed = ZoneParser.parse(file, parse);
    SourceFiles files = SourceFiles.onDisk(parsed.zone(), file);
    return plan(parsed, files, options);
  }

  /** Plans the fixes of zone text held in memory (its includes are read from disk). */
  public static ZoneFix of(byte[] text, Path file, ParseOptions parse, FixOptions options)
      throws IOException {
    ParseResult parsed = ZoneParser.parse(new ByteArrayInputStream(text), file, parse);
    SourceFiles disk = SourceFiles.onDisk(parsed.zone(), file);
    SourceFiles files = index -> index == 0 ? text : disk.bytes(index);
    return plan(parsed, files, options);
  }

  private static ZoneFix plan(ParseResult parsed, SourceFiles files, FixOptions options)
      throws IOException {
    CheckOptions check =
        new CheckOptions(
            CheckOptions.DEFAULTS.maxCnameChain(),
            CheckOptions.DEFAULTS.spfKnown(),
            options.provider());
    List<Diagnostic> findings =
        new Checker(RuleRegistry.builtIn().rules(), check).check(parsed.zone());
    List<Diagnostic> all = new ArrayList<>(parsed.diagnostics());
    all.addAll(findings);
    return new ZoneFix(
        parsed.zone(), files, all, Fixer.plan(parsed.zone(), findings, files, options));
  }

  /**
   * The new bytes of each changed file, by index into {@link Zone#files()}; with {@code
   * bumpSerialOn} set, the SOA serial moves on as of that day (once, whichever file holds it).
   */
  public Map<Integer, byte[]> apply(LocalDate bumpSerialOn) throws IOException {
    if (plan.isEmpty()) {
      return Map.of();
    }
    List<Edit> extra = new ArrayList<>();
    if (bumpSerialOn != null) {
      Edit serial = SoaSerial.bump(zone, files, bumpSerialOn);
      if (serial != null) {
        extra.add(serial);
      }
    }
    return plan.apply(files, extra);
  }
}

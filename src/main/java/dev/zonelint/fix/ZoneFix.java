package dev.zonelint.fix;

import dev.zonelint.check.CheckOptions;
import dev.zonelint.check.Checker;
import dev.zonelint.check.RuleRegistry;
import dev.zonelint.diag.Diagnostic;
import dev.zonelint.parse.IncludeSource;
import dev.zonelint.parse.ParseOptions;
import dev.zonelint.parse.ParseResult;
import dev.zonelint.parse.ZoneParser;
import dev.zonelint.zone.Zone;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Fixing one zone file end to end: parse it, run every rule under the provider's profile, plan the
 * fixes and apply them in memory; then again on the result, because one fix can make another
 * possible (a CNAME turned into an alias lets the SRV that pointed at it be retargeted) and a fix
 * that overlapped one already chosen waits for the next round. Rounds stop at the first that finds
 * nothing more to fix, so fixing the result again changes nothing.
 */
public final class ZoneFix {
  /** More rounds than any chain of dependent fixes a real zone needs; a bound against loops. */
  static final int MAX_ROUNDS = 16;

  private final List<Round> rounds;
  private final Map<String, byte[]> fixedText;

  /**
   * One parse, check and plan of the zone's text as the rounds before left it.
   *
   * @param zone the zone as parsed in this round
   * @param files the text this round read, which its plan's edits are on
   * @param diagnostics every finding of the parser and the rules in this round
   * @param plan the fixes chosen in this round
   */
  public record Round(Zone zone, SourceFiles files, List<Diagnostic> diagnostics, FixPlan plan) {
    public Round {
      diagnostics = List.copyOf(diagnostics);
    }
  }

  private ZoneFix(List<Round> rounds, Map<String, byte[]> fixedText) {
    this.rounds = List.copyOf(rounds);
    this.fixedText = fixedText;
  }

  /** Reads and fixes {@code file}, whose display path must be a usable path. */
  public static ZoneFix of(Path file, ParseOptions parse, FixOptions options) throws IOException {
    return of(Files.readAllBytes(file), file, parse, options);
  }

  /** Fixes zone text held in memory (its includes are read from disk). */
  public static ZoneFix of(byte[] text, Path file, ParseOptions parse, FixOptions options)
      throws IOException {
    String top = parse.displayPath();
    Map<String, byte[]> current = new HashMap<>();
    current.put(top, text);
    Map<Path, byte[]> includes = new HashMap<>();
    IncludeSource source =
        real -> {
          byte[] edited = includes.get(real);
          return edited != null ? new ByteArrayInputStream(edited) : IncludeSource.DISK.open(real);
        };
    List<Round> rounds = new ArrayList<>();
    while (true) {
      ParseResult parsed =
          ZoneParser.parse(
              new ByteArrayInputStream(current.get(top)), file, parse.withIncludeSource(source));
      Round round = plan(parsed, files(parsed.zone(), Map.copyOf(current)), options);
      rounds.add(round);
      if (round.plan().isEmpty() || rounds.size() == MAX_ROUNDS) {
        break;
      }
      for (Map.Entry<Integer, byte[]> e : round.plan().apply(round.files(), List.of()).entrySet()) {
        String name = round.zone().files().get(e.getKey());
        current.put(name, e.getValue());
        if (e.getKey() != 0) {
          includes.put(Path.of(name).toRealPath(), e.getValue());
        }
      }
    }
    Map<String, byte[]> changed = new HashMap<>();
    SourceFiles original = rounds.get(0).files();
    List<String> names = rounds.get(0).zone().files();
    for (Map.Entry<String, byte[]> e : current.entrySet()) {
      if (!Arrays.equals(e.getValue(), original.bytes(names.indexOf(e.getKey())))) {
        changed.put(e.getKey(), e.getValue());
      }
    }
    return new ZoneFix(rounds, changed);
  }

  /** A file's current text by its display path, else the disk's. */
  private static SourceFiles files(Zone zone, Map<String, byte[]> current) {
    List<String> names = zone.files();
    Map<Integer, byte[]> read = new HashMap<>();
    return index -> {
      byte[] b = current.get(names.get(index));
      if (b == null) {
        b = read.get(index);
        if (b == null) {
          b = Files.readAllBytes(Path.of(names.get(index)));
          read.put(index, b);
        }
      }
      return b;
    };
  }

  private static Round plan(ParseResult parsed, SourceFiles files, FixOptions options)
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
    return new Round(
        parsed.zone(), files, all, Fixer.plan(parsed.zone(), findings, files, options));
  }

  /** The zone as first parsed, before any fix. */
  public Zone zone() {
    return rounds.get(0).zone();
  }

  /** The original text of the zone's files. */
  public SourceFiles files() {
    return rounds.get(0).files();
  }

  /** Every finding of the parser and the rules before fixing. */
  public List<Diagnostic> diagnostics() {
    return rounds.get(0).diagnostics();
  }

  /**
   * Every round, the first on the original text; the last one's plan is not applied: it is empty,
   * unless the bound on rounds was reached.
   */
  public List<Round> rounds() {
    return rounds;
  }

  /**
   * The fixes of every round that was applied, with the findings and notes that remain after the
   * last; should the bound on rounds stop the fixer, the fixes it did not apply remain too.
   */
  public FixPlan plan() {
    List<Fix> fixes = new ArrayList<>();
    for (Round r : applied()) {
      fixes.addAll(r.plan().fixes());
    }
    FixPlan last = rounds.get(rounds.size() - 1).plan();
    List<Diagnostic> unfixed = new ArrayList<>(last.unfixed());
    List<String> notes = new ArrayList<>(last.notes());
    for (Fix f : last.fixes()) {
      unfixed.addAll(f.findings());
      notes.add(
          f.findings().get(0).location()
              + ": "
              + f.rule()
              + ": not fixed after "
              + applied().size()
              + " rounds of dependent fixes; run fix again");
    }
    return new FixPlan(fixes, unfixed, notes);
  }

  /** The rounds whose plans were applied: all but the last, which found nothing more to fix. */
  public List<Round> applied() {
    return rounds.subList(0, rounds.size() - 1);
  }

  /**
   * The new bytes of each changed file, by index into the first round's {@link Zone#files()}; with
   * {@code bumpSerialOn} set, the SOA serial moves on as of that day (once, whichever file holds
   * it).
   */
  public Map<Integer, byte[]> apply(LocalDate bumpSerialOn) throws IOException {
    if (fixedText.isEmpty()) {
      return Map.of();
    }
    Map<String, byte[]> out = new HashMap<>(fixedText);
    Round last = rounds.get(rounds.size() - 1);
    if (bumpSerialOn != null) {
      Edit serial = SoaSerial.bump(last.zone(), last.files(), bumpSerialOn);
      if (serial != null) {
        String name = last.zone().files().get(serial.file());
        out.put(name, Edits.apply(last.files().bytes(serial.file()), List.of(serial)));
      }
    }
    Map<Integer, byte[]> byIndex = new TreeMap<>();
    List<String> names = zone().files();
    for (Map.Entry<String, byte[]> e : out.entrySet()) {
      byIndex.put(names.indexOf(e.getKey()), e.getValue());
    }
    return byIndex;
  }
}

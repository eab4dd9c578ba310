package dev.zonelint.fix;

import dev.zonelint.diag.Diagnostic;
import dev.zonelint.diag.Location;
import dev.zonelint.provider.Provider;
import dev.zonelint.zone.Zone;
import dev.zonelint.zone.ZoneRecord;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Computes fixes for a zone's findings: for each finding of a fixable rule, the fixes the provider
 * allows, best first; then the plan keeps the first allowed fix per finding whose edits do not
 * overlap a fix already kept.
 */
public final class Fixer {
  /** The rules whose findings the fixer can repair. */
  public static final Set<String> RULES =
      Set.of(
          Repairs.CNAME_AT_APEX,
          Repairs.CNAME_AND_OTHER_DATA,
          Repairs.MX_TARGET_CNAME,
          Repairs.NS_TARGET_CNAME,
          Repairs.SRV_TARGET_CNAME);

  private final Map<Diagnostic, ZoneRecord> records;
  private final Repairs repairs;

  private Fixer(Zone zone, List<Diagnostic> findings, SourceFiles files, Provider provider) {
    this.records = recordsOf(zone, findings);
    Map<ZoneRecord, List<Diagnostic>> byRecord = new HashMap<>();
    for (Map.Entry<Diagnostic, ZoneRecord> e : records.entrySet()) {
      byRecord.computeIfAbsent(e.getValue(), k -> new ArrayList<>()).add(e.getKey());
    }
    this.repairs = new Repairs(zone, files, provider, r -> byRecord.getOrDefault(r, List.of()));
  }

  /** Chooses the fixes to apply under {@code options}. */
  public static FixPlan plan(
      Zone zone, List<Diagnostic> findings, SourceFiles files, FixOptions options)
      throws IOException {
    return new Fixer(zone, findings, files, options.provider()).choose(findings, options);
  }

  /**
   * The best fix for each finding the fixer can repair, safe or not, as {@code check} reports them;
   * findings without one are absent.
   */
  public static Map<Diagnostic, Fix> offers(
      Zone zone, List<Diagnostic> findings, SourceFiles files, Provider provider)
      throws IOException {
    Fixer fixer = new Fixer(zone, findings, files, provider);
    Map<Diagnostic, Fix> out = new LinkedHashMap<>();
    for (Diagnostic d : findings) {
      List<Fix> candidates = fixer.candidates(d);
      if (!candidates.isEmpty()) {
        out.put(d, candidates.get(0));
      }
    }
    return out;
  }

  private FixPlan choose(List<Diagnostic> findings, FixOptions options) throws IOException {
    List<Diagnostic> sorted = new ArrayList<>(findings);
    sorted.sort(Diagnostic.ORDER);
    List<Fix> kept = new ArrayList<>();
    Set<Diagnostic> resolved = new HashSet<>();
    List<Diagnostic> unfixed = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (Diagnostic d : sorted) {
      if (!RULES.contains(d.rule()) || resolved.contains(d)) {
        continue;
      }
      List<Fix> candidates = candidates(d);
      Fix chosen = null;
      for (Fix c : candidates) {
        if (options.allows(c.strategy())) {
          chosen = c;
          break;
        }
      }
      if (chosen == null) {
        unfixed.add(d);
        notes.add(d.location() + ": " + d.rule() + ": " + whyNot(candidates, options));
        continue;
      }
      Fix clash = null;
      for (Fix k : kept) {
        if (k.overlaps(chosen)) {
          clash = k;
          break;
        }
      }
      if (clash != null) {
        unfixed.add(d);
        notes.add(
            d.location()
                + ": "
                + d.rule()
                + ": the "
                + chosen.strategy().id()
                + " fix edits the same text as the "
                + clash.strategy().id()
                + " fix already chosen; run fix again after applying this one");
        continue;
      }
      kept.add(chosen);
      resolved.addAll(chosen.findings());
      resolved.add(d);
    }
    return new FixPlan(kept, unfixed, notes);
  }

  private static String whyNot(List<Fix> candidates, FixOptions options) {
    if (candidates.isEmpty()) {
      return "no fix applies here for provider " + options.provider().id();
    }
    if (options.strategy() != null) {
      return "strategy "
          + options.strategy().id()
          + " does not apply here; "
          + candidates.get(0).strategy().id()
          + " does";
    }
    return "the fix ("
        + candidates.get(0).strategy().id()
        + ") is unsafe: "
        + candidates.get(0).description()
        + "; apply it with --unsafe-fixes";
  }

  /** The fixes for one finding, best first. */
  private List<Fix> candidates(Diagnostic d) throws IOException {
    ZoneRecord at = records.get(d);
    if (at == null) {
      return List.of();
    }
    List<Fix> out = new ArrayList<>();
    for (Fix f : repairs.forFinding(d.rule(), at)) {
      if (f.findings().contains(d)) {
        out.add(f);
      }
    }
    return out;
  }

  /** Each fixable finding's record, matched by location, owner and type. */
  private static Map<Diagnostic, ZoneRecord> recordsOf(Zone zone, List<Diagnostic> findings) {
    Map<Location, List<ZoneRecord>> byLocation = new HashMap<>();
    Map<Diagnostic, ZoneRecord> out = new HashMap<>();
    for (Diagnostic d : findings) {
      if (RULES.contains(d.rule())) {
        byLocation.put(d.location(), new ArrayList<>(1));
      }
    }
    if (byLocation.isEmpty()) {
      return out;
    }
    for (ZoneRecord r : zone.records()) {
      List<ZoneRecord> at =
          byLocation.get(new Location(zone.files().get(r.file()), r.line(), r.column()));
      if (at != null) {
        at.add(r);
      }
    }
    for (Diagnostic d : findings) {
      for (ZoneRecord r : byLocation.getOrDefault(d.location(), List.of())) {
        if (r.owner().toString().equals(d.owner()) && r.typeName().equals(d.type())) {
          out.put(d, r);
          break;
        }
      }
    }
    return out;
  }
}

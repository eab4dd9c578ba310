package dev.zonelint.check.rules.structure;

import dev.zonelint.check.Rule;
import java.util.List;

/** The rules of this section, in catalogue order. */
public final class StructureRules {
  private StructureRules() {}

  public static List<Rule> all() {
    return List.of(
        new MissingSoa(),
        new MultipleSoa(),
        new SoaNotAtApex(),
        new MissingApexNs(),
        new SoaValues(),
        new OutOfZone(),
        new OccludedData(),
        new TtlMismatch(),
        new DuplicateRecord(),
        new InvalidHostname());
  }
}

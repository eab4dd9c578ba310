package dev.zonelint.check.rules.records;

import dev.zonelint.check.Rule;
import java.util.List;

/** The rules of this section, in catalogue order. */
public final class RecordRules {
  private RecordRules() {}

  public static List<Rule> all() {
    return List.of(new SvcbDnsParams(), new DnssecDsAtApex(), new DnssecDsNotAtDelegation());
  }
}

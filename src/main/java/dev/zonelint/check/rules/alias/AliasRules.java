package dev.zonelint.check.rules.alias;

import dev.zonelint.check.Rule;
import java.util.List;

/** The rules of this section, in catalogue order. */
public final class AliasRules {
  private AliasRules() {}

  public static List<Rule> all() {
    return List.of(
        new CnameAndOtherData(),
        new CnameAtApex(),
        new MultipleCname(),
        new MultipleDname(),
        new DnameAndCname(),
        new DataBelowDname(),
        new CnameLoop(),
        new CnameChain(),
        new DanglingCname(),
        new TakeoverProneCname());
  }
}

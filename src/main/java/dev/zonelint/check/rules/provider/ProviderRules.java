package dev.zonelint.check.rules.provider;

import dev.zonelint.check.Rule;
import java.util.List;

/** The rules of this section, in catalogue order. */
public final class ProviderRules {
  private ProviderRules() {}

  public static List<Rule> all() {
    return List.of(
        new AliasNotSupported(),
        new AliasNotAtApex(),
        new AliasTargetNotAllowed(),
        new FlatteningBreaksDkim(),
        new FlatteningHidesSpfInclude());
  }
}

package dev.zonelint.check.rules.mail;

import dev.zonelint.check.Rule;
import java.util.List;

/** The SPF rules of the Mail authentication section, in catalogue order. */
public final class SpfRules {
  private SpfRules() {}

  /** The rules share one {@link SpfMemo}: each record is parsed once per zone checked. */
  public static List<Rule> all() {
    SpfMemo memo = new SpfMemo();
    return List.of(
        new SpfSyntax(memo),
        new SpfMultiple(memo),
        new SpfTooManyLookups(memo),
        new SpfRrType(memo),
        new SpfPtr(memo),
        new SpfPermissiveAll(memo),
        new SpfVoidLookups(memo),
        new SpfIncludeLoop(memo));
  }
}

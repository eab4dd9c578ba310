package dev.zonelint.check.rules.mail;

import dev.zonelint.check.Rule;
import java.util.List;

/** The rules of this part of the Mail authentication section, in catalogue order. */
public final class SpfRules {
  private SpfRules() {}

  public static List<Rule> all() {
    return List.of();
  }
}

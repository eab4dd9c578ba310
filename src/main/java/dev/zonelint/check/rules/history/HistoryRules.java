package dev.zonelint.check.rules.history;

import dev.zonelint.check.Rule;
import java.util.List;

/** The rules that compare two versions of a zone. */
public final class HistoryRules {
  private HistoryRules() {}

  public static List<Rule> all() {
    return List.of(new SoaSerialNotIncreased());
  }
}

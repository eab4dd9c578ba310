package dev.zonelint.check.rules.parsing;

import dev.zonelint.check.Rule;
import java.util.List;

/** The parser-reported ids, in catalogue order. */
public final class ParsingRules {
  private ParsingRules() {}

  public static List<Rule> all() {
    return List.of(new Syntax(), new Include(), new Generate(), new UnusedSuppression());
  }
}

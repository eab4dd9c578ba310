package dev.zonelint.check.rules.targets;

import dev.zonelint.check.Rule;
import java.util.List;

/** The rules of this section, in catalogue order. */
public final class TargetRules {
  private TargetRules() {}

  public static List<Rule> all() {
    return List.of(
        new MxTargetCname(),
        new MxTargetIp(),
        new MxTargetNoAddress(),
        new NullMxMixed(),
        new NsTargetCname(),
        new NsTargetIp(),
        new MissingGlue(),
        new SrvTargetCname());
  }
}

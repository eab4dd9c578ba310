package dev.zonelint.check.rules.register;

import dev.zonelint.check.Rule;
import java.util.List;

/** The rules of this section, in catalogue order. */
public final class RegisterRules {
  private RegisterRules() {}

  public static List<Rule> all() {
    return List.of(new NotInRegister(), new StaleRegisterEntry(), new DuplicateRegisterEntry());
  }
}

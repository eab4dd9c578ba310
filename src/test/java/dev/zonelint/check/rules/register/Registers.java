package dev.zonelint.check.rules.register;

import dev.zonelint.check.CheckOptions;
import dev.zonelint.register.Register;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Check options carrying a register written inline. */
final class Registers {
  private Registers() {}

  static CheckOptions with(String csv) {
    try {
      return CheckOptions.DEFAULTS.withRegister(Register.parse(csv, "register.csv"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package dev.zonelint.mail.spf;

/** The result a matching mechanism gives (RFC 7208 §4.6.2); {@code +} when none is written. */
public enum Qualifier {
  PASS('+'),
  FAIL('-'),
  SOFTFAIL('~'),
  NEUTRAL('?');

  private final char symbol;

  Qualifier(char symbol) {
    this.symbol = symbol;
  }

  public char symbol() {
    return symbol;
  }

  /** The qualifier written as {@code c}, or null if {@code c} is not one. */
  public static Qualifier of(char c) {
    for (Qualifier q : values()) {
      if (q.symbol == c) {
        return q;
      }
    }
    return null;
  }
}

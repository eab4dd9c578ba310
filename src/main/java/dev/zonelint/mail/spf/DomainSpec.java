package dev.zonelint.mail.spf;

/**
 * A {@code domain-spec} (RFC 7208 §7.1): a macro string that ends in a top label or a macro.
 *
 * @param text as written
 * @param macro its parts
 */
public record DomainSpec(String text, MacroString macro) {

  /** Whether the name depends on the message being checked (any macro or escape). */
  public boolean hasMacros() {
    return !macro.isLiteral();
  }

  /** The domain as written when it has no macros, else null. */
  public String literal() {
    return hasMacros() ? null : text;
  }
}

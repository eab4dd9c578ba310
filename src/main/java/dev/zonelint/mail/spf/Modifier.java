package dev.zonelint.mail.spf;

/** A {@code name=value} term (RFC 7208 §6). */
public sealed interface Modifier extends Term
    permits Modifier.Redirect, Modifier.Explanation, Modifier.Unknown {

  /** The name as written. */
  String name();

  /** {@code redirect=domain} (§6.1): evaluated when no mechanism matches and there is no all. */
  record Redirect(int column, String text, String name, DomainSpec domain) implements Modifier {}

  /** {@code exp=domain} (§6.2): where the explanation for a fail result is published. */
  record Explanation(int column, String text, String name, DomainSpec domain) implements Modifier {}

  /** Any other modifier: receivers ignore it (§6). */
  record Unknown(int column, String text, String name, MacroString value) implements Modifier {}
}

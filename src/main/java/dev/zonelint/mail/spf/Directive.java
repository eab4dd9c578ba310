package dev.zonelint.mail.spf;

/**
 * A mechanism with its qualifier (RFC 7208 §4.6.2, §5).
 *
 * @param qualifierWritten whether the qualifier was written, or is the implicit {@code +}
 */
public record Directive(
    int column, String text, Qualifier qualifier, boolean qualifierWritten, Mechanism mechanism)
    implements Term {}

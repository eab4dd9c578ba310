package dev.zonelint.mail.spf;

/** One space-separated term of a record after the version: a directive or a modifier. */
public sealed interface Term permits Directive, Modifier {
  /** 0-based offset of the term's first character in the record text. */
  int column();

  /** The term as written. */
  String text();
}

package dev.zonelint.fix;

import org.xbill.DNS.Name;
import org.xbill.DNS.TextParseException;

/** Writes names the way the file around them does: relative to the origin in force when known. */
final class NameText {
  private NameText() {}

  /** {@code name} relative to {@code origin} ({@code @} for the origin), absolute otherwise. */
  static String write(Name name, Name origin) {
    if (origin == null || !name.subdomain(origin)) {
      return name.toString();
    }
    if (name.equals(origin)) {
      return "@";
    }
    return name.relativize(origin).toString();
  }

  /**
   * The origin in force where {@code text} was written as {@code name}, or null if the text is
   * absolute (it says nothing about the origin) or cannot be read.
   */
  static Name originOf(String text, Name name) {
    if (text.equals("@")) {
      return name;
    }
    if (text.endsWith(".") && !text.endsWith("\\.")) {
      return null;
    }
    try {
      int labels = Name.fromString(text).labels();
      return labels < name.labels() ? new Name(name, labels) : null;
    } catch (TextParseException | IllegalArgumentException e) {
      return null;
    }
  }
}

package dev.zonelint.zone;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.xbill.DNS.Name;

/**
 * Single labels of a name read from its wire bytes. dnsjava's {@code getLabelString} builds the
 * presentation form a character at a time, escapes included, which rules asking about labels of
 * every name (is it {@code _dmarc}? does a CNAME target end in a hosting service's domain?) paid
 * for on each name.
 */
public final class Labels {
  private Labels() {}

  /**
   * Whether label {@code index} (0 is the leftmost, below {@code name.labels()}) is {@code ascii}
   * in any letter case. {@code ascii} holds no character that needs escaping.
   */
  public static boolean is(Name name, int index, String ascii) {
    byte[] label = name.getLabel(index); // its length octet, then its octets
    if (label.length != ascii.length() + 1) {
      return false;
    }
    for (int i = 0; i < ascii.length(); i++) {
      if (lower(label[i + 1] & 0xFF) != lower(ascii.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Label {@code index} of {@code name} in presentation form, in lower case. */
  public static String lowerCase(Name name, int index) {
    byte[] label = name.getLabel(index);
    for (int i = 1; i < label.length; i++) {
      if (escaped(label[i] & 0xFF)) {
        return name.getLabelString(index).toLowerCase(Locale.ROOT);
      }
    }
    return new String(label, 1, label.length - 1, StandardCharsets.ISO_8859_1)
        .toLowerCase(Locale.ROOT);
  }

  /**
   * Where the wire name from {@code bytes[from]} ends (past its root label) when it is plain labels
   * of at most 63 octets, 255 octets in all, inside {@code bytes[from, limit)}; else -1, and the
   * caller leaves it to dnsjava (compression, extended label types, a name cut short or too long).
   */
  public static int plainNameEnd(byte[] bytes, int from, int limit) {
    int at = from;
    while (at < limit && at - from < 255) {
      int length = bytes[at] & 0xFF;
      if (length > 63) {
        return -1;
      }
      at += 1 + length;
      if (length == 0) {
        return at;
      }
    }
    return -1;
  }

  /** The octets presentation form escapes (RFC 1035 §5.1; dnsjava's choice of specials). */
  private static boolean escaped(int b) {
    return b <= 0x20 || b >= 0x7F || b == '"' || b == '(' || b == ')' || b == '.' || b == ';'
        || b == '\\' || b == '@' || b == '$';
  }

  /** An octet with ASCII letters folded to lower case, as names compare. */
  static int lower(int c) {
    return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
  }
}

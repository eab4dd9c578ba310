package dev.zonelint.parse;

import java.util.Locale;

/**
 * A {@code $GENERATE} owner or RDATA template: {@code $} is replaced by the iterator, {@code
 * ${offset,width,base}} formats it (bases d, o, x, X, n, N; n and N write nibbles in reverse, dot
 * separated, for reverse zones), and {@code \$} or {@code $$} is a literal dollar sign.
 */
final class GenerateTemplate {
  private final String template;

  private GenerateTemplate(String template) {
    this.template = template;
  }

  /**
   * Checks the template's syntax once, so that a bad modifier is reported before any record is
   * made.
   *
   * @throws IllegalArgumentException with a message fit for a diagnostic
   */
  static GenerateTemplate of(String template) {
    GenerateTemplate t = new GenerateTemplate(template);
    t.expand(0);
    return t;
  }

  String expand(long value) {
    StringBuilder out = new StringBuilder(template.length() + 8);
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      if (c == '\\' && i + 1 < template.length() && template.charAt(i + 1) == '$') {
        // Keep the escape: it is a literal dollar for the name or text parser as well.
        out.append("\\$");
        i += 2;
      } else if (c == '$' && i + 1 < template.length() && template.charAt(i + 1) == '$') {
        out.append('$');
        i += 2;
      } else if (c == '$' && i + 1 < template.length() && template.charAt(i + 1) == '{') {
        int close = template.indexOf('}', i);
        if (close < 0) {
          throw new IllegalArgumentException("'${' without a closing '}'");
        }
        out.append(modified(template.substring(i + 2, close), value));
        i = close + 1;
      } else if (c == '$') {
        out.append(value);
        i++;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private static String modified(String spec, long value) {
    String[] parts = spec.split(",", -1);
    if (parts.length > 3) {
      throw new IllegalArgumentException("modifier '${" + spec + "}' has more than 3 fields");
    }
    long offset = parseNumber(parts[0], spec, true);
    int width = parts.length > 1 ? (int) parseNumber(parts[1], spec, false) : 0;
    String base = parts.length > 2 ? parts[2] : "d";
    long v = value + offset;
    if (v > Integer.MAX_VALUE || v < Integer.MIN_VALUE) {
      // BIND computes in a C int and refuses what overflows it (bad-generate-range.db).
      throw new IllegalArgumentException(
          "modifier '${" + spec + "}' gives " + v + ", outside the 32-bit range");
    }
    // BIND formats the sum as a C int: below zero, %d prints a minus sign and the other bases
    // print the 32-bit two's complement.
    long unsigned = v & 0xFFFFFFFFL;
    switch (base) {
      case "d":
        return v < 0 ? "-" + pad(Long.toString(-v), width - 1) : pad(Long.toString(v), width);
      case "o":
        return pad(Long.toOctalString(unsigned), width);
      case "x":
        return pad(Long.toHexString(unsigned), width);
      case "X":
        return pad(Long.toHexString(unsigned).toUpperCase(Locale.ROOT), width);
      case "n":
        return nibbles(unsigned, width, false);
      case "N":
        return nibbles(unsigned, width, true);
      default:
        throw new IllegalArgumentException(
            "modifier '${" + spec + "}' has unknown base '" + base + "' (use d, o, x, X, n or N)");
    }
  }

  private static long parseNumber(String text, String spec, boolean signed) {
    String t = text.trim();
    if (t.isEmpty()) {
      return 0;
    }
    try {
      long n = Long.parseLong(t);
      boolean outOfRange = signed ? Math.abs(n) > 0xFFFFFFFFL : n < 0 || n > 255;
      if (outOfRange) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("modifier '${" + spec + "}' has a bad number '" + t + "'");
    }
  }

  private static String pad(String digits, int width) {
    StringBuilder out = new StringBuilder();
    for (int i = digits.length(); i < width; i++) {
      out.append('0');
    }
    return out.append(digits).toString();
  }

  /** Nibble form: least significant hex digit first, dot separated; width counts characters. */
  private static String nibbles(long v, int width, boolean upper) {
    String hex = Long.toHexString(v);
    if (upper) {
      hex = hex.toUpperCase(Locale.ROOT);
    }
    int digits = Math.max(hex.length(), (width + 1) / 2);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < digits; i++) {
      int fromEnd = hex.length() - 1 - i;
      out.append(fromEnd >= 0 ? hex.charAt(fromEnd) : '0');
      if (i < digits - 1) {
        out.append('.');
      }
    }
    return out.toString();
  }
}

package dev.zonelint.mail.spf;

import java.util.ArrayList;
import java.util.List;

/** Parses {@code macro-string} (RFC 7208 §7.1). */
final class MacroStrings {
  private static final String LETTERS = "slodiphcrtv";
  private static final String EXP_ONLY = "crt";
  private static final String DELIMITERS = ".-+,/_=";

  private MacroStrings() {}

  /**
   * @param inDomain the string is a domain-spec, where {@code c}, {@code r} and {@code t} are not
   *     allowed (§7.3: only in explanation text)
   */
  static MacroString parse(String s, boolean inDomain) throws SpfParser.Bad {
    List<MacroString.Part> parts = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (c != '%') {
        if (c < 0x21 || c > 0x7E) {
          throw new SpfParser.Bad(
              String.format(
                  "character U+%04X is not allowed: SPF allows only visible ASCII characters",
                  (int) c));
        }
        literal.append(c);
        i++;
        continue;
      }
      char next = i + 1 < n ? s.charAt(i + 1) : 0;
      if (next == '%' || next == '_' || next == '-') {
        flush(literal, parts);
        parts.add(new MacroString.Escape(next));
        i += 2;
      } else if (next == '{') {
        int close = s.indexOf('}', i + 2);
        if (close < 0) {
          throw new SpfParser.Bad("macro '" + s.substring(i) + "' has no closing '}'");
        }
        flush(literal, parts);
        parts.add(expand(s.substring(i, close + 1), inDomain));
        i = close + 1;
      } else {
        throw new SpfParser.Bad(
            "'%' must start a macro ('%{d}') or an escape ('%%', '%_', '%-');"
                + " write '%%' for a literal percent sign");
      }
    }
    flush(literal, parts);
    return new MacroString(s, parts);
  }

  /** {@code "%{" macro-letter transformers *delimiter "}"}. */
  private static MacroString.Expand expand(String macro, boolean inDomain) throws SpfParser.Bad {
    String body = macro.substring(2, macro.length() - 1);
    if (body.isEmpty()) {
      throw new SpfParser.Bad("empty macro '%{}': name a macro letter, e.g. '%{d}'");
    }
    char written = body.charAt(0);
    char letter = Character.toLowerCase(written);
    if (written > 0x7E || LETTERS.indexOf(letter) < 0) {
      throw new SpfParser.Bad(
          "unknown macro letter '" + written + "' in '" + macro + "'; the letters are " + LETTERS);
    }
    if (inDomain && EXP_ONLY.indexOf(letter) >= 0) {
      throw new SpfParser.Bad(
          "macro '" + macro + "' is allowed only in the explanation text, not in a domain");
    }
    int j = 1;
    long digits = 0;
    boolean anyDigit = false;
    while (j < body.length() && body.charAt(j) >= '0' && body.charAt(j) <= '9') {
      digits = Math.min(digits * 10 + (body.charAt(j) - '0'), Integer.MAX_VALUE);
      anyDigit = true;
      j++;
    }
    if (anyDigit && digits == 0) {
      throw new SpfParser.Bad(
          "macro '" + macro + "' keeps zero labels: the number must be 1 or more");
    }
    boolean reverse = j < body.length() && (body.charAt(j) == 'r' || body.charAt(j) == 'R');
    if (reverse) {
      j++;
    }
    int delimitersStart = j;
    while (j < body.length() && DELIMITERS.indexOf(body.charAt(j)) >= 0) {
      j++;
    }
    if (j != body.length()) {
      throw new SpfParser.Bad(
          "unexpected '"
              + body.charAt(j)
              + "' in macro '"
              + macro
              + "': after the letter come digits, 'r', then delimiters from "
              + DELIMITERS);
    }
    return new MacroString.Expand(
        letter, written != letter, (int) digits, reverse, body.substring(delimitersStart));
  }

  private static void flush(StringBuilder literal, List<MacroString.Part> parts) {
    if (literal.length() > 0) {
      parts.add(new MacroString.Literal(literal.toString()));
      literal.setLength(0);
    }
  }
}

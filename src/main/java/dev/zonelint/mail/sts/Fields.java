package dev.zonelint.mail.sts;

import java.util.ArrayList;
import java.util.List;

/**
 * The record shape RFC 8461 §3.1 and RFC 8460 §3 share: a version field, then {@code name=value}
 * fields separated by {@code *WSP ";" *WSP}, a trailing separator allowed, no white space around
 * {@code =}. Field names are 1 to 32 letters, digits, '_', '-' or '.', starting with a letter or
 * digit; each record checks its own values.
 */
final class Fields {
  private Fields() {}

  /**
   * One field as written.
   *
   * @param value the text after {@code =}, trailing white space removed
   * @param column 1-based position of the field name in the record text
   */
  record Field(String name, String value, int column) {}

  /**
   * The fields after the version, or null (with an issue) when the record is cut short: a wrong
   * version or a missing separator.
   */
  static List<Field> split(String text, String version, List<StsIssue> issues) {
    List<Field> fields = new ArrayList<>();
    if (!text.startsWith(version)) {
      issues.add(
          new StsIssue(
              1,
              text.regionMatches(true, 0, version, 0, version.length())
                  ? "the record must start with '" + version + "' in exactly this letter case"
                  : "the record must start with '" + version + "'"));
      return null;
    }
    int n = text.length();
    int i = version.length();
    while (i < n) {
      int after = separator(text, i);
      if (after < 0) {
        issues.add(
            new StsIssue(
                i + 1,
                i == version.length()
                    ? "a ';' must follow '" + version + "'"
                    : "a ';' must separate the fields"));
        return null;
      }
      if (after == n) {
        break;
      }
      int end = text.indexOf(';', after);
      end = trimEnd(text, after, end < 0 ? n : end);
      Field f = field(text, after, end, issues);
      if (f != null) {
        fields.add(f);
      }
      i = end;
    }
    return fields;
  }

  /** The position after a separator {@code *WSP ";" *WSP} at {@code i}, or -1. */
  private static int separator(String text, int i) {
    int j = skipWsp(text, i);
    if (j == text.length() || text.charAt(j) != ';') {
      return -1;
    }
    return skipWsp(text, j + 1);
  }

  private static Field field(String text, int start, int end, List<StsIssue> issues) {
    int eq = text.indexOf('=', start);
    if (eq < 0 || eq >= end) {
      issues.add(
          new StsIssue(
              start + 1,
              start == end
                  ? "an empty field between two ';'"
                  : "'" + shorten(text.substring(start, end)) + "' is not a name=value field"));
      return null;
    }
    String name = text.substring(start, eq);
    if (!isFieldName(name)) {
      issues.add(
          new StsIssue(
              start + 1,
              "'"
                  + shorten(name)
                  + "' is not a field name (1 to 32 letters, digits, '_', '-' or '.', and no"
                  + " space before '=')"));
      return null;
    }
    return new Field(name, text.substring(eq + 1, end), start + 1);
  }

  /** An extension value: one or more printable ASCII characters other than ';', '=' and space. */
  static boolean isExtensionValue(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x21 || c > 0x7E || c == '=' || c == ';') {
        return false;
      }
    }
    return !s.isEmpty();
  }

  static boolean isFieldName(String s) {
    if (s.isEmpty() || s.length() > 32 || !isAlnum(s.charAt(0))) {
      return false;
    }
    for (int i = 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!isAlnum(c) && c != '_' && c != '-' && c != '.') {
        return false;
      }
    }
    return true;
  }

  static boolean isAlnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  static boolean isWsp(char c) {
    return c == ' ' || c == '\t';
  }

  static int skipWsp(String s, int from) {
    int i = from;
    while (i < s.length() && isWsp(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int trimEnd(String s, int start, int end) {
    int i = end;
    while (i > start && isWsp(s.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  static String shorten(String s) {
    return s.length() > 40 ? s.substring(0, 37) + "..." : s;
  }

  /** Whether the text is meant as this kind of record: it contains the version in any case. */
  static boolean mentions(String text, String version) {
    int n = version.length();
    for (int i = 0; i + n <= text.length(); i++) {
      if (text.regionMatches(true, i, version, 0, n)) {
        return true;
      }
    }
    return false;
  }
}

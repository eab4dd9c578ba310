package dev.zonelint.mail.dkim;

import dev.zonelint.diag.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a DKIM tag list (RFC 6376 §3.2): {@code [FWS] tag-name [FWS] "=" [FWS] tag-value [FWS]}
 * separated by {@code ;}, a trailing {@code ;} allowed; one pass over the text.
 */
final class TagList {
  private TagList() {}

  static List<DkimKeyRecord.Tag> split(String text, List<DkimIssue> issues) {
    List<DkimKeyRecord.Tag> tags = new ArrayList<>();
    int n = text.length();
    int start = 0;
    while (start <= n) {
      int end = text.indexOf(';', start);
      if (end < 0) {
        end = n;
      }
      int a = skipFws(text, start, end);
      int eq = text.indexOf('=', a);
      if (a == end) {
        if (end < n) {
          issues.add(
              new DkimIssue(
                  Severity.WARNING,
                  a + 1,
                  "an empty tag between two ';' is outside the RFC 6376 grammar: strict verifiers"
                      + " may reject the record"));
        }
      } else if (eq < 0 || eq >= end) {
        issues.add(
            new DkimIssue(
                Severity.ERROR,
                a + 1,
                "'"
                    + shorten(text.substring(a, trimEnd(text, a, end)))
                    + "' is not a tag=value pair: verifiers may reject the record"));
      } else {
        String name = text.substring(a, trimEnd(text, a, eq));
        int v = skipFws(text, eq + 1, end);
        String value = text.substring(v, trimEnd(text, v, end));
        if (!isTagName(name)) {
          issues.add(
              new DkimIssue(
                  Severity.ERROR,
                  a + 1,
                  "'"
                      + shorten(name)
                      + "' is not a tag name (a letter, then letters, digits or '_'): verifiers"
                      + " may reject the record"));
        } else {
          if (!name.equals("p")) { // the key's own decoding names a bad character precisely
            checkCharacters(name, value, a + 1, issues);
          }
          tags.add(new DkimKeyRecord.Tag(name, value, a + 1));
        }
      }
      start = end + 1;
    }
    return tags;
  }

  /** Tag values are printable ASCII other than ';', with white space only between words. */
  private static void checkCharacters(
      String name, String value, int column, List<DkimIssue> issues) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if ((c < 0x21 || c > 0x7E) && !isFws(c)) {
        issues.add(
            new DkimIssue(
                Severity.ERROR,
                column,
                "the value of '"
                    + name
                    + "' has a character outside printable ASCII: verifiers may reject the"
                    + " record"));
        return;
      }
    }
  }

  static String shorten(String s) {
    return s.length() > 40 ? s.substring(0, 37) + "..." : s;
  }

  static boolean isTagName(String s) {
    if (s.isEmpty() || !isAlpha(s.charAt(0))) {
      return false;
    }
    for (int i = 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!isAlpha(c) && !(c >= '0' && c <= '9') && c != '_') {
        return false;
      }
    }
    return true;
  }

  /** ALPHA [*(ALPHA / DIGIT / "-") (ALPHA / DIGIT)], RFC 6376 §2.10. */
  static boolean isHyphenatedWord(String s) {
    if (s.isEmpty() || !isAlpha(s.charAt(0)) || s.endsWith("-")) {
      return false;
    }
    for (int i = 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!isAlpha(c) && !(c >= '0' && c <= '9') && c != '-') {
        return false;
      }
    }
    return true;
  }

  private static boolean isAlpha(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  static boolean isFws(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
  }

  static int skipFws(String s, int from, int end) {
    int i = from;
    while (i < end && isFws(s.charAt(i))) {
      i++;
    }
    return i;
  }

  static int trimEnd(String s, int start, int end) {
    int i = end;
    while (i > start && isFws(s.charAt(i - 1))) {
      i--;
    }
    return i;
  }
}

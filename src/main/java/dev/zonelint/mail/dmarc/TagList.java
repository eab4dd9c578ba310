package dev.zonelint.mail.dmarc;

import dev.zonelint.diag.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits DMARC text into tags: {@code tag *WSP "=" *WSP value}, separated by {@code *WSP ";" *WSP}
 * (RFC 7489 §6.4), one pass over the text.
 */
final class TagList {
  private TagList() {}

  static List<DmarcRecord.Tag> split(String text, List<DmarcIssue> issues) {
    List<DmarcRecord.Tag> tags = new ArrayList<>();
    int n = text.length();
    int start = 0;
    while (start <= n) {
      int end = text.indexOf(';', start);
      if (end < 0) {
        end = n;
      }
      segment(text, start, end, tags, issues);
      start = end + 1;
    }
    return tags;
  }

  /** One {@code ;}-separated segment, which may hold several tags when a {@code ;} is missing. */
  private static void segment(
      String text, int start, int end, List<DmarcRecord.Tag> tags, List<DmarcIssue> issues) {
    int a = skipWsp(text, start, end);
    if (a == end) {
      if (end < text.length()) {
        issues.add(
            new DmarcIssue(
                Severity.WARNING,
                a + 1,
                "an empty tag between two ';' is outside the RFC 7489 grammar: strict receivers"
                    + " may reject the record"));
      }
      return;
    }
    while (true) {
      int eq = text.indexOf('=', a);
      if (eq < 0 || eq >= end) {
        issues.add(
            new DmarcIssue(
                Severity.ERROR,
                a + 1,
                "'"
                    + text.substring(a, trimEnd(text, a, end))
                    + "' is not a tag=value pair: receivers may reject the record"));
        return;
      }
      String name = text.substring(a, trimEnd(text, a, eq));
      if (!isTagName(name)) {
        issues.add(
            new DmarcIssue(
                Severity.ERROR,
                a + 1,
                "'"
                    + name
                    + "' is not a tag name (a letter, then letters, digits or '_'): receivers"
                    + " may reject the record"));
        return;
      }
      int v = skipWsp(text, eq + 1, end);
      int next = missingSeparator(text, v, end);
      if (next < 0) {
        tags.add(new DmarcRecord.Tag(name, text.substring(v, trimEnd(text, v, end)), a + 1));
        return;
      }
      issues.add(
          new DmarcIssue(
              Severity.ERROR,
              next + 1,
              "a ';' is missing before '"
                  + text.substring(next, tokenEnd(text, next, end))
                  + "': receivers read it as part of the "
                  + name
                  + "= value"));
      tags.add(new DmarcRecord.Tag(name, text.substring(v, trimEnd(text, v, next)), a + 1));
      a = next;
    }
  }

  /** Where a {@code name=} starts after white space inside a value (a forgotten ';'), or -1. */
  private static int missingSeparator(String text, int from, int end) {
    for (int i = from; i < end; i++) {
      if (!isWsp(text.charAt(i))) {
        continue;
      }
      int a = skipWsp(text, i, end);
      int b = a;
      while (b < end && isNameChar(text.charAt(b), b == a)) {
        b++;
      }
      if (b > a && skipWsp(text, b, end) < end && text.charAt(skipWsp(text, b, end)) == '=') {
        return a;
      }
      i = a;
    }
    return -1;
  }

  private static int tokenEnd(String s, int from, int end) {
    int i = from;
    while (i < end && !isWsp(s.charAt(i))) {
      i++;
    }
    return i;
  }

  static boolean isTagName(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (!isNameChar(s.charAt(i), i == 0)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isNameChar(char c, boolean first) {
    boolean alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    return first ? alpha : alpha || (c >= '0' && c <= '9') || c == '_';
  }

  static boolean isWsp(char c) {
    return c == ' ' || c == '\t';
  }

  static int skipWsp(String s, int from, int end) {
    int i = from;
    while (i < end && isWsp(s.charAt(i))) {
      i++;
    }
    return i;
  }

  static int trimEnd(String s, int start, int end) {
    int i = end;
    while (i > start && isWsp(s.charAt(i - 1))) {
      i--;
    }
    return i;
  }
}

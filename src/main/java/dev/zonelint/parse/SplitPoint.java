package dev.zonelint.parse;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.xbill.DNS.Name;
import org.xbill.DNS.TextParseException;

/**
 * Where a file can be split for {@link ParallelParse}, found by one read of the bytes before it:
 * the first line at or after a target offset that starts with an owner name's first character, and
 * the origin and {@code $TTL} that the {@code $ORIGIN} and {@code $TTL} lines before it leave.
 *
 * @param offset the line's first byte
 * @param line its line number, counted as the lexer counts (CR LF, lone CR and LF each end one)
 * @param state the origin and {@code $TTL} there
 */
record SplitPoint(long offset, int line, ZoneParser.Snapshot state) {
  /** How far past the target a split is looked for before giving up. */
  private static final int SEARCH = 1 << 20;

  /** Directive lines longer than this are left to the one pass. */
  private static final int MAX_DIRECTIVE = 1024;

  /**
   * The split point, or null when there is none or the directives before it are more than {@code
   * $ORIGIN} and {@code $TTL} in their plain form ({@code $INCLUDE}, quotes, parentheses).
   */
  static SplitPoint find(FileChannel channel, long target, Name origin) throws IOException {
    Scan scan = new Scan(origin);
    ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
    long limit = Math.min(channel.size(), target + SEARCH);
    for (long position = 0; position < limit; ) {
      buffer.clear();
      int n = channel.read(buffer, position);
      if (n <= 0) {
        return null;
      }
      byte[] bytes = buffer.array();
      int end = (int) Math.min(n, limit - position);
      for (int i = 0; i < end; ) {
        long at = position + i;
        int c = bytes[i] & 0xFF;
        if (scan.lineStart && at >= target && scan.previous != '\r' && startsOwner(c)) {
          Name there = scan.origin();
          return scan.failed || there == null
              ? null
              : new SplitPoint(at, scan.line, new ZoneParser.Snapshot(there, scan.ttl));
        }
        if (scan.lineStart || scan.directive != null || c == '\n' || c == '\r') {
          scan.next(c);
          i++;
          continue;
        }
        // The rest of a record's line changes nothing but the last byte seen: skipped in a tight
        // loop, as the scan of half a large file is time before both parts can start.
        int j = i + 1;
        while (j < end && bytes[j] != '\n' && bytes[j] != '\r') {
          j++;
        }
        scan.previous = bytes[j - 1] & 0xFF;
        i = j;
      }
      position += n;
    }
    return null;
  }

  /** Characters an owner name usually starts with; anything else is left to the one pass. */
  private static boolean startsOwner(int c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '_'
        || c == '*'
        || c == '@';
  }

  /** Line counting and directive reading, one byte at a time. */
  private static final class Scan {
    private Name origin;
    private String pendingOrigin;
    long ttl = -1;
    int line = 1;
    boolean lineStart = true;
    int previous = -1;
    boolean failed;
    StringBuilder directive;

    Scan(Name origin) {
      this.origin = origin;
    }

    void next(int c) {
      boolean newline = c == '\r' || (c == '\n' && previous != '\r');
      if (c == '\n' || c == '\r') {
        if (directive != null) {
          apply(directive.toString());
          directive = null;
        }
      } else if (lineStart && c == '$') {
        directive = new StringBuilder();
      } else if (directive != null) {
        if (directive.length() > MAX_DIRECTIVE) {
          failed = true;
          directive = null;
        } else {
          directive.append((char) c);
        }
      }
      if (newline) {
        line++;
      }
      lineStart = c == '\n' || c == '\r';
      previous = c;
    }

    /** One directive line after its {@code $}. */
    private void apply(String text) {
      int comment = text.indexOf(';');
      List<String> words = words(comment < 0 ? text : text.substring(0, comment));
      if (words.isEmpty()) {
        failed = true;
        return;
      }
      String keyword = words.get(0).toUpperCase(Locale.ROOT);
      if (keyword.equals("GENERATE")) {
        return; // its records change no state the later part reads (see continuesInto)
      }
      if (words.size() != 2 || text.indexOf('"') >= 0 || text.indexOf('(') >= 0) {
        failed = true;
        return;
      }
      String value = words.get(1);
      if (keyword.equals("ORIGIN") && isAbsolute(value)) {
        // Generated and exported zones write an absolute $ORIGIN every few records (1M records:
        // 19,000 before the middle): each replaces the last whatever it was, so only the last is
        // read, when a relative one or the split needs it.
        pendingOrigin = value;
        return;
      }
      try {
        long directiveTtl = keyword.equals("TTL") ? Ttl.parse(value) : -1;
        if (keyword.equals("ORIGIN")) {
          origin = RecordReader.name(value, origin());
        } else if (directiveTtl >= 0) {
          ttl = directiveTtl;
        } else {
          failed = true;
        }
      } catch (TextParseException | RuntimeException e) {
        failed = true;
      }
    }

    /** The origin the directives so far leave, or null (also when the last does not parse). */
    Name origin() {
      if (pendingOrigin != null) {
        try {
          origin = RecordReader.name(pendingOrigin, null);
        } catch (TextParseException | RuntimeException e) {
          failed = true;
          origin = null;
        }
        pendingOrigin = null;
      }
      return origin;
    }

    /** Whether a name's text ends in an unescaped dot. */
    private static boolean isAbsolute(String name) {
      int backslashes = 0;
      for (int i = name.length() - 2; i >= 0 && name.charAt(i) == '\\'; i--) {
        backslashes++;
      }
      return name.endsWith(".") && backslashes % 2 == 0;
    }

    /** The blank-separated words of a line (no regex: there is one per directive line). */
    private static List<String> words(String line) {
      List<String> words = new ArrayList<>(2);
      int i = 0;
      while (i < line.length()) {
        while (i < line.length() && isBlank(line.charAt(i))) {
          i++;
        }
        int start = i;
        while (i < line.length() && !isBlank(line.charAt(i))) {
          i++;
        }
        if (i > start) {
          words.add(line.substring(start, i));
        }
      }
      return words;
    }

    private static boolean isBlank(char c) {
      return c == ' ' || c == '\t';
    }
  }
}

package dev.zonelint.parse;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
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
          return scan.failed || scan.origin == null
              ? null
              : new SplitPoint(at, scan.line, new ZoneParser.Snapshot(scan.origin, scan.ttl));
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
    Name origin;
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
      String[] words = (comment < 0 ? text : text.substring(0, comment)).trim().split("[ \t]+");
      String keyword = words[0].toUpperCase(Locale.ROOT);
      if (keyword.equals("GENERATE")) {
        return; // its records change no state the later part reads (see continuesInto)
      }
      if (words.length != 2 || text.indexOf('"') >= 0 || text.indexOf('(') >= 0) {
        failed = true;
        return;
      }
      try {
        long directiveTtl = keyword.equals("TTL") ? Ttl.parse(words[1]) : -1;
        if (keyword.equals("ORIGIN")) {
          origin = RecordReader.name(words[1], origin);
        } else if (directiveTtl >= 0) {
          ttl = directiveTtl;
        } else {
          failed = true;
        }
      } catch (TextParseException | RuntimeException e) {
        failed = true;
      }
    }
  }
}

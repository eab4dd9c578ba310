package dev.zonelint.fix;

import dev.zonelint.parse.Entry;
import dev.zonelint.parse.Token;
import dev.zonelint.parse.Ttl;
import dev.zonelint.zone.ZoneRecord;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.xbill.DNS.Name;

/** Builds and applies text edits. */
final class Edits {
  private Edits() {}

  static final Comparator<Edit> ORDER =
      Comparator.comparingInt(Edit::file)
          .thenComparingLong(Edit::start)
          .thenComparingLong(Edit::end);

  /** Applies edits of one file; they must not overlap. Equal insertion points keep list order. */
  static byte[] apply(byte[] original, List<Edit> edits) {
    List<Edit> sorted = new ArrayList<>(edits);
    sorted.sort(Comparator.comparingLong(Edit::start).thenComparingLong(Edit::end));
    ByteArrayOutputStream out = new ByteArrayOutputStream(original.length + 256);
    long at = 0;
    for (Edit e : sorted) {
      out.write(original, (int) at, (int) (e.start() - at));
      byte[] text = e.replacement().getBytes(StandardCharsets.ISO_8859_1);
      out.write(text, 0, text.length);
      at = e.end();
    }
    out.write(original, (int) at, (int) (original.length - at));
    return out.toByteArray();
  }

  static Edit replace(EntryText e, Token t, String text) {
    return new Edit(e.record.file(), e.path, t.offset(), EntryText.endOf(t), text);
  }

  static Edit insert(EntryText e, long at, String text) {
    return Edit.insert(e.record.file(), e.path, at, text);
  }

  /**
   * Gives a record a new owner: the owner token is rewritten, or a blank owner is filled in. The
   * blank-owner records that followed it would now inherit the new owner, so the first of them not
   * also in {@code moving} gets the old owner written out.
   */
  static void move(EntryText e, Name to, Set<Long> moving, List<Edit> out) {
    Name origin = e.origin();
    out.add(ownerField(e, e.start, NameText.write(to, origin)));
    carryOwner(e, moving, origin, out);
  }

  /**
   * A copy of an entry with an owner of its own under another name, inserted as a line before it,
   * so that no blank-owner record after it changes owner.
   */
  static Edit copyBefore(EntryText e, Name to) {
    String rest = e.text(EntryText.endOf(e.ownerToken()), e.end);
    String line = NameText.write(to, e.origin()) + rest + (e.endsWithNewline() ? "" : e.newline());
    return insert(e, e.start, line);
  }

  /** Comments the entry out, line by line, below an explanation. */
  static void commentOut(EntryText e, String why, Set<Long> moving, List<Edit> out) {
    StringBuilder text = new StringBuilder("; zonelint: ").append(why).append(e.newline());
    String body = e.text(e.start, e.end);
    boolean lineStart = true;
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (lineStart && c != '\n' && c != '\r') {
        text.append("; ");
        lineStart = false;
      }
      text.append(c);
      // CR alone ends a line too, as the lexer reads it.
      if (c == '\n' || (c == '\r' && (i + 1 == body.length() || body.charAt(i + 1) != '\n'))) {
        lineStart = true;
      }
    }
    out.add(new Edit(e.record.file(), e.path, e.start, e.end, text.toString()));
    // Even a blank-owner entry hands its owner on: the entry that gave it may be commented out
    // too, and the records after both must keep it.
    carryOwner(e, moving, e.origin(), out);
  }

  private static void carryOwner(EntryText e, Set<Long> moving, Name origin, List<Edit> out) {
    long offset = e.end;
    boolean directiveBetween = false;
    while (true) {
      Entry next = EntryText.lexAt(e.file, offset);
      if (next == null) {
        return;
      }
      long start = offset + next.startOffset();
      offset += next.endOffset();
      if (!next.problems().isEmpty()) {
        if (!next.blankOwner()) {
          // The parser drops the owner at a broken entry with one of its own: the blank-owner
          // records after it have no owner, and must not get this one.
          return;
        }
        // A broken blank-owner entry leaves the current owner as it is.
        continue;
      }
      if (!next.blankOwner()) {
        Token first = next.tokens().isEmpty() ? null : next.tokens().get(0);
        if (first != null && !first.quoted() && first.text().startsWith("$")) {
          // The parser restores the owner after an $INCLUDE, read or refused, so blank-owner
          // records after any directive still inherit the moved entry's owner.
          directiveBetween = true;
          continue;
        }
        return;
      }
      if (moving.contains(key(e.record.file(), start))) {
        // That entry moves too; the last moved entry of the run carries the owner on.
        return;
      }
      Token first = next.tokens().get(0);
      String owner = NameText.write(e.record.owner(), directiveBetween ? null : origin);
      out.add(
          ownerField(
              e, start, owner, EntryText.shift(List.of(first), offset - next.endOffset()).get(0)));
      return;
    }
  }

  /** Writes the owner of the entry {@code e}, keeping the columns of the fields after it. */
  private static Edit ownerField(EntryText e, long start, String owner) {
    return ownerField(e, start, owner, e.tokens.get(e.blankOwner ? 0 : 1));
  }

  /**
   * Writes {@code owner} as the owner field of the entry starting at {@code start}, whose first
   * field after the owner is {@code next}. Space-aligned fields stay in their columns when the
   * owner fits; anything else between the fields (tabs, a parenthesis) is kept.
   */
  private static Edit ownerField(EntryText e, long start, String owner, Token next) {
    String field = e.text(start, next.offset());
    int ownerLength = 0;
    while (ownerLength < field.length()
        && field.charAt(ownerLength) != ' '
        && field.charAt(ownerLength) != '\t') {
      // An escaped character, a space included, belongs to the owner.
      ownerLength += field.charAt(ownerLength) == '\\' ? 2 : 1;
    }
    ownerLength = Math.min(ownerLength, field.length());
    String gap = field.substring(ownerLength);
    if (!gap.chars().allMatch(c -> c == ' ')) {
      // Tabs, line ends or an opening parenthesis between the fields: keep them as they are.
      return new Edit(e.record.file(), e.path, start, start + ownerLength, owner);
    }
    String padding = " ".repeat(Math.max(1, field.length() - owner.length()));
    return new Edit(e.record.file(), e.path, start, next.offset(), owner + padding);
  }

  /** Whether a valid {@code $TTL} directive stands between the entry's end and {@code until}. */
  static boolean ttlDirectiveBetween(EntryText e, long until) {
    return ttlDirectiveIn(e, e.end, until);
  }

  /** Whether a valid {@code $TTL} directive stands in the entry's file before it. */
  static boolean ttlDirectiveBefore(EntryText e) {
    return ttlDirectiveIn(e, 0, e.start);
  }

  private static boolean ttlDirectiveIn(EntryText e, long from, long until) {
    long offset = from;
    while (offset < until) {
      Entry next = EntryText.lexAt(e.file, offset);
      if (next == null) {
        return false;
      }
      List<Token> tokens = next.tokens();
      // Only a $TTL the parser accepts sets the default: one value, a valid TTL.
      if (next.problems().isEmpty()
          && !next.blankOwner()
          && tokens.size() == 2
          && !tokens.get(0).quoted()
          && tokens.get(0).text().equalsIgnoreCase("$TTL")
          && Ttl.parse(tokens.get(1).text()) >= 0) {
        return true;
      }
      offset += next.endOffset();
    }
    return false;
  }

  /** Identifies an entry by file and start offset, for the {@code moving} sets. */
  static long key(int file, long start) {
    return ((long) file << 40) | start;
  }

  /** The record as shown in a fix's list of changed records. */
  static String show(ZoneRecord r) {
    return r.toString();
  }
}

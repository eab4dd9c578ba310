package dev.zonelint.fix;

import dev.zonelint.parse.Entry;
import dev.zonelint.parse.Lexer;
import dev.zonelint.parse.Token;
import dev.zonelint.types.ExtraTypes;
import dev.zonelint.zone.RecordKind;
import dev.zonelint.zone.ZoneRecord;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.xbill.DNS.Name;
import org.xbill.DNS.Type;

/**
 * The text of one record's entry, lexed again from the file's bytes so that fixes can edit single
 * tokens. Token offsets are absolute offsets in the file.
 */
final class EntryText {
  final ZoneRecord record;
  final String path;
  final byte[] file;
  final long start;
  final long end;
  final boolean blankOwner;
  final List<Token> tokens;
  final int typeIndex;

  private EntryText(
      ZoneRecord record,
      String path,
      byte[] file,
      long start,
      long end,
      boolean blankOwner,
      List<Token> tokens,
      int typeIndex) {
    this.record = record;
    this.path = path;
    this.file = file;
    this.start = start;
    this.end = end;
    this.blankOwner = blankOwner;
    this.tokens = tokens;
    this.typeIndex = typeIndex;
  }

  /** The record's entry, or null when its text is not the record's (e.g. from $GENERATE). */
  static EntryText of(ZoneRecord record, String path, byte[] file) {
    if (record.has(ZoneRecord.GENERATED)) {
      return null;
    }
    long start = record.span().startOffset();
    Entry entry = lexAt(file, start);
    if (entry == null || start + entry.endOffset() != record.span().endOffset()) {
      return null;
    }
    List<Token> tokens = shift(entry.tokens(), start);
    int type = typeIndex(record, tokens, entry.blankOwner() ? 0 : 1);
    if (type < 0) {
      return null;
    }
    return new EntryText(
        record, path, file, start, record.span().endOffset(), entry.blankOwner(), tokens, type);
  }

  /** The first entry at or after {@code offset} (relative offsets), or null at end of file. */
  static Entry lexAt(byte[] file, long offset) {
    if (offset >= file.length) {
      return null;
    }
    try {
      return new Lexer(new ByteArrayInputStream(file, (int) offset, file.length - (int) offset))
          .next();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Token> shift(List<Token> tokens, long by) {
    List<Token> out = new ArrayList<>(tokens.size());
    for (Token t : tokens) {
      out.add(new Token(t.text(), t.quoted(), t.line(), t.column(), t.offset() + by));
    }
    return out;
  }

  /**
   * The type token: the first after the owner that names the record's type (TTL and class skipped).
   */
  private static int typeIndex(ZoneRecord record, List<Token> tokens, int from) {
    for (int i = from; i < tokens.size() && i < from + 3; i++) {
      Token t = tokens.get(i);
      if (t.quoted() || t.text().isEmpty() || Character.isDigit(t.text().charAt(0))) {
        continue;
      }
      if (record.isPseudo()
          ? RecordKind.ofKeyword(t.text()) == record.kind()
          : ExtraTypes.value(t.text()) == record.type()) {
        return i;
      }
    }
    return -1;
  }

  Token type() {
    return tokens.get(typeIndex);
  }

  /** The {@code n}th RDATA token, or null. */
  Token rdata(int n) {
    int i = typeIndex + 1 + n;
    return i < tokens.size() ? tokens.get(i) : null;
  }

  Token ownerToken() {
    return blankOwner ? null : tokens.get(0);
  }

  /** The origin in force at this entry, as far as its own relative names tell, or null. */
  Name origin() {
    if (!blankOwner) {
      Name o = NameText.originOf(tokens.get(0).text(), record.owner());
      if (o != null) {
        return o;
      }
    }
    Name target = record.target();
    Token t = target == null ? null : targetToken();
    Name fromTarget = t == null ? null : NameText.originOf(t.text(), target);
    return fromTarget != null ? fromTarget : inheritedOwnerOrigin();
  }

  /**
   * For a blank owner: the origin that the owner it inherits was written under, read from the last
   * explicit owner before it with no directive in between; null if there is none.
   */
  private Name inheritedOwnerOrigin() {
    if (!blankOwner) {
      return null;
    }
    String ownerText = null;
    try {
      Lexer lexer = new Lexer(new ByteArrayInputStream(file, 0, (int) start));
      Entry e;
      while ((e = lexer.next()) != null) {
        Token first = e.tokens().isEmpty() ? null : e.tokens().get(0);
        if (e.blankOwner() || first == null) {
          continue;
        }
        ownerText = first.quoted() || first.text().startsWith("$") ? null : first.text();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ownerText == null ? null : NameText.originOf(ownerText, record.owner());
  }

  /** The token of the name the record points at (CNAME, NS, MX, SRV, alias), or null. */
  Token targetToken() {
    if (record.isPseudo()) {
      return rdata(record.kind() == RecordKind.AWS_ALIAS ? 2 : 0);
    }
    Token t;
    switch (record.type()) {
      case Type.CNAME:
      case Type.DNAME:
      case Type.NS:
        t = rdata(0);
        break;
      case Type.MX:
        t = rdata(1);
        break;
      case Type.SRV:
        t = rdata(3);
        break;
      default:
        return null;
    }
    return t == null || t.quoted() ? null : t;
  }

  /** The entry's line ending, so that inserted lines match the file. */
  String newline() {
    return end >= 2 && file[(int) end - 2] == '\r' && file[(int) end - 1] == '\n' ? "\r\n" : "\n";
  }

  /** Whether the entry ends with a line ending (it may be the file's last, unterminated line). */
  boolean endsWithNewline() {
    return end >= 1 && (file[(int) end - 1] == '\n' || file[(int) end - 1] == '\r');
  }

  /** The bytes from the entry's start to the type token: owner, TTL and class as written. */
  String prefix() {
    return text(start, type().offset());
  }

  String text(long from, long to) {
    return new String(file, (int) from, (int) (to - from), StandardCharsets.ISO_8859_1);
  }

  static long endOf(Token t) {
    return t.offset() + t.source().length();
  }
}

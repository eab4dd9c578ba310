package dev.zonelint.parse;

import dev.zonelint.types.ExtraTypes;
import dev.zonelint.zone.CommonTypes;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.xbill.DNS.DClass;
import org.xbill.DNS.DNSSEC;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Tokenizer;
import org.xbill.DNS.Type;

/**
 * Turns the tokens of one record entry into owner, TTL, class, type and RDATA wire bytes. The RDATA
 * text goes to dnsjava, which knows every type's presentation format and RFC 3597 generic data; its
 * errors are mapped back onto the token they are about.
 */
final class RecordReader {

  private RecordReader() {}

  /** Parses a type token: a mnemonic or TYPEnnn; -1 if unknown. */
  static int type(String text) {
    int common = CommonTypes.value(text);
    return common >= 0 ? common : ExtraTypes.value(text);
  }

  static boolean isMetaType(int type) {
    return type == Type.OPT
        || type == Type.TKEY
        || type == Type.TSIG
        || type == Type.IXFR
        || type == Type.AXFR
        || type == Type.MAILA
        || type == Type.MAILB
        || type == Type.ANY;
  }

  /** Reads a class token; -1 if the token is not a class. */
  static int dclass(String text) {
    // Every record's type is tried as a class first: the class nearly all records name and the
    // common types are answered without dnsjava's lookup.
    if (text.equals("IN")) {
      return DClass.IN;
    }
    if (CommonTypes.value(text) >= 0) {
      return -1;
    }
    int value = DClass.value(text);
    return value == DClass.ANY || value == DClass.NONE ? -1 : value;
  }

  /**
   * Parses a name written in a zone file: {@code @} is the origin; a relative name is made absolute
   * under the origin.
   *
   * @throws TextParseException with a message fit for a diagnostic
   */
  static Name name(String text, Name origin) throws TextParseException {
    if (text.equals("@")) {
      if (origin == null) {
        throw new TextParseException("'@' used but no origin is known (add $ORIGIN or --origin)");
      }
      return origin;
    }
    Name name;
    try {
      name = Name.fromString(text, origin);
    } catch (TextParseException e) {
      throw new TextParseException("bad name '" + Text.display(text) + "': " + e.getMessage());
    }
    if (!name.isAbsolute()) {
      throw new TextParseException(
          "relative name '"
              + Text.display(text)
              + "' but no origin is known (add $ORIGIN or --origin)");
    }
    return name;
  }

  /** Builds the RDATA of a real DNS record, returning its wire bytes. */
  static byte[] rdata(
      Name owner, int type, int dclass, long ttl, List<Token> rdataTokens, Name origin)
      throws IOException {
    byte[] fast = FastRdata.encode(type, rdataTokens, origin);
    if (fast != null) {
      return fast;
    }
    List<String> sources = new ArrayList<>(rdataTokens.size());
    for (Token t : rdataTokens) {
      sources.add(t.source());
    }
    if (isDsLike(type) && sources.size() > 1) {
      sources.set(1, algorithmNumber(sources.get(1)));
    } else if (type == Type.LOC) {
      LocDefaults.fill(sources);
    }
    return wireRdata(dnsjava(owner, type, dclass, ttl, String.join(" ", sources), origin));
  }

  /** Parses RDATA text with dnsjava, which knows every type's presentation format. */
  static Record dnsjava(Name owner, int type, int dclass, long ttl, String text, Name origin)
      throws IOException {
    ExtraTypes.register();
    // Token text is one char per file byte, but dnsjava re-encodes strings in the platform
    // charset; bytes above 127 survive only as \DDD escapes. A buffer the text's size: given
    // anything else, the tokenizer wraps it in an 8 KiB one (0.1 GB of garbage on 1M records).
    byte[] bytes = escapeHighBytes(text).getBytes(StandardCharsets.ISO_8859_1);
    Tokenizer tokenizer =
        new Tokenizer(
            new BufferedInputStream(new ByteArrayInputStream(bytes), Math.max(1, bytes.length)));
    return Record.fromString(owner, type, dclass, Math.min(ttl, 0x7FFFFFFFL), tokenizer, origin);
  }

  static String escapeHighBytes(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean escapedHigh = c == '\\' && i + 1 < text.length() && text.charAt(i + 1) > 0x7F;
      if (c > 0x7F || escapedHigh) {
        if (out == null) {
          out = new StringBuilder(text.length() + 16).append(text, 0, i);
        }
        char high = escapedHigh ? text.charAt(++i) : c;
        out.append('\\').append(String.format("%03d", (int) high));
      } else if (out != null) {
        out.append(c);
        if (c == '\\' && i + 1 < text.length()) {
          out.append(text.charAt(++i));
        }
      } else if (c == '\\') {
        i++;
      }
    }
    return out == null ? text : out.toString();
  }

  /** The RDATA of a record in uncompressed wire form, letter case kept. */
  static byte[] wireRdata(Record record) {
    byte[] wire = record.toWire(Section.ANSWER);
    int start = record.getName().length() + 10;
    byte[] rdata = new byte[wire.length - start];
    System.arraycopy(wire, start, rdata, 0, rdata.length);
    return rdata;
  }

  private static boolean isDsLike(int type) {
    return type == Type.DS || type == Type.CDS || type == Type.DLV;
  }

  /** BIND and ldns accept algorithm mnemonics in DS records (RFC 4034 §A.1); dnsjava does not. */
  private static String algorithmNumber(String token) {
    if (token.isEmpty() || Character.isDigit(token.charAt(0))) {
      return token;
    }
    int value = DNSSEC.Algorithm.value(token);
    return value < 0 ? token : Integer.toString(value);
  }

  /** dnsjava prefixes tokenizer errors with a file and line of its own; drop them. */
  static String cleanMessage(Throwable e) {
    String m = e.getMessage();
    if (m == null || m.isBlank()) {
      return e.getClass().getSimpleName();
    }
    m = m.replaceFirst("^<none>:\\d+: ", "");
    // dnsjava capitalises some messages; ours start lower case.
    return m.isEmpty() ? m : Character.toLowerCase(m.charAt(0)) + m.substring(1);
  }

  /** The token a dnsjava error is about: the longest one quoted in its message, else the first. */
  static Token blame(List<Token> tokens, String message, Token fallback) {
    Token best = null;
    for (Token t : tokens) {
      if (!t.text().isEmpty()
          && message.contains(t.text())
          && (best == null || t.text().length() > best.text().length())) {
        best = t;
      }
    }
    if (best != null) {
      return best;
    }
    return tokens.isEmpty() ? fallback : tokens.get(0);
  }
}

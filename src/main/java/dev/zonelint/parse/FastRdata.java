package dev.zonelint.parse;

import dev.zonelint.types.TypeBits;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.xbill.DNS.Name;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * Encodes the RDATA of the commonest types (A, AAAA, NS, CNAME, DNAME, PTR, MX, SRV, TXT, SPF: over
 * 95% of real zones; SOA and CAA, found in nearly every small one; DS and CDS, at every signed
 * delegation; RRSIG and NSEC, most of a signed zone) straight to wire bytes. dnsjava's {@code
 * Record.fromString} builds a tokenizer with an 8 KiB buffer per record, which dominated parse
 * time, and the first record it parses initialises its {@code Record} class, whose {@code
 * DecimalFormat} loads locale data: about 8 ms of a small check's start. Anything unusual (generic
 * {@code \#} data, a wrong field count, a value out of range) returns null so that dnsjava parses
 * it and words the error: this path only ever accepts what dnsjava would.
 */
final class FastRdata {
  private FastRdata() {}

  /** The wire RDATA, or null to let dnsjava handle the record. */
  static byte[] encode(int type, List<Token> tokens, Name origin) {
    if (tokens.isEmpty() || tokens.get(0).text().equals("\\#")) {
      return null;
    }
    switch (type) {
      case Type.A:
        return tokens.size() == 1 && !tokens.get(0).quoted() ? ipv4(tokens.get(0).text()) : null;
      case Type.AAAA:
        return tokens.size() == 1 && !tokens.get(0).quoted() ? ipv6(tokens.get(0).text()) : null;
      case Type.NS:
      case Type.CNAME:
      case Type.DNAME:
      case Type.PTR:
        return tokens.size() == 1 ? name(tokens.get(0), origin) : null;
      case Type.MX:
        return tokens.size() == 2 ? withNumbers(tokens, 1, origin) : null;
      case Type.SRV:
        return tokens.size() == 4 ? withNumbers(tokens, 3, origin) : null;
      case Type.TXT:
      case Type.SPF:
        return strings(tokens);
      case Type.RRSIG:
        return Rrsig.encode(tokens, origin);
      case Type.SOA:
        return tokens.size() == 7 ? soa(tokens, origin) : null;
      case Type.CAA:
        return tokens.size() == 3 ? caa(tokens) : null;
      case Type.DS:
      case Type.CDS:
        return tokens.size() >= 4 ? ds(tokens) : null;
      case Type.NSEC:
        return tokens.size() >= 2 ? nsec(tokens, origin) : null;
      default:
        return null;
    }
  }

  /**
   * An IPv6 address of hex groups with at most one {@code ::}; anything else (an IPv4 tail, say)
   * goes to dnsjava, whose parser splits the text with a regular expression.
   */
  static byte[] ipv6(String text) {
    int n = text.length();
    int gap = text.indexOf("::");
    if (gap >= 0 && text.indexOf("::", gap + 1) >= 0) {
      return null; // a second :: (or ':::'): dnsjava says what is wrong
    }
    int[] groups = new int[8];
    int count = 0;
    int gapAt = -1;
    int i = 0;
    if (gap == 0) {
      gapAt = 0;
      i = 2;
    }
    while (i < n) {
      int value = 0;
      int digits = 0;
      while (i < n && text.charAt(i) != ':') {
        int d = Character.digit(text.charAt(i), 16);
        if (d < 0 || text.charAt(i) > 'f' || ++digits > 4) {
          return null;
        }
        value = value << 4 | d;
        i++;
      }
      if (digits == 0 || count == 8) {
        return null;
      }
      groups[count++] = value;
      if (i < n) {
        if (i == gap) {
          gapAt = count;
          i += 2;
        } else if (++i == n) {
          return null; // a trailing single ':'
        }
      }
    }
    if (gapAt < 0 ? count != 8 : count > 7) {
      return null;
    }
    byte[] out = new byte[16];
    int tail = count - (gapAt < 0 ? count : gapAt);
    for (int g = 0; g < count; g++) {
      int slot = g < count - tail ? g : 8 - count + g;
      out[2 * slot] = (byte) (groups[g] >>> 8);
      out[2 * slot + 1] = (byte) groups[g];
    }
    return out;
  }

  private static byte[] ipv4(String text) {
    byte[] out = new byte[4];
    int part = 0;
    int value = 0;
    int digits = 0;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : '.';
      if (c >= '0' && c <= '9') {
        if (digits > 0 && value == 0) {
          return null; // a leading zero: leave the verdict to dnsjava
        }
        value = value * 10 + (c - '0');
        if (++digits > 3 || value > 255) {
          return null;
        }
      } else if (c == '.' && digits > 0 && part < 4) {
        out[part++] = (byte) value;
        value = 0;
        digits = 0;
      } else {
        return null;
      }
    }
    return part == 4 ? out : null;
  }

  static byte[] name(Token token, Name origin) {
    if (token.quoted()) {
      return null;
    }
    byte[] plain = plainName(token.text(), origin);
    if (plain != null) {
      return plain;
    }
    try {
      return RecordReader.name(token.text(), origin).toWire();
    } catch (TextParseException e) {
      return null;
    }
  }

  /** The origin whose wire form {@link #plainName} appended last, with that form. */
  private static final class OriginWire {
    final Name origin;
    final byte[] wire;

    OriginWire(Name origin) {
      this.origin = origin;
      this.wire = origin.toWire();
    }
  }

  private static volatile OriginWire lastOrigin;

  /**
   * The wire form of a name written plainly (printable ASCII without escapes, labels of 1 to 63
   * characters, relative ones completed with {@code origin}), with its letter case, or null for
   * anything else: through a dnsjava {@code Name} it cost two arrays and a {@code DNSOutput} per
   * target name.
   */
  static byte[] plainName(String text, Name origin) {
    int n = text.length();
    boolean absolute = n > 0 && text.charAt(n - 1) == '.';
    if (n == 0
        || (n == 1 && text.charAt(0) == '@')
        || (!absolute && (origin == null || !origin.isAbsolute()))) {
      return null;
    }
    byte[] suffix = absolute ? ROOT_WIRE : originWire(origin);
    int chars = absolute ? n - 1 : n;
    if (chars == 0) {
      return absolute ? ROOT_WIRE.clone() : null;
    }
    if (chars + 1 + suffix.length > 255) {
      return null;
    }
    byte[] out = new byte[chars + 1 + suffix.length];
    int lengthAt = 0;
    for (int i = 0; i < chars; i++) {
      char c = text.charAt(i);
      if (c == '.') {
        if (!closeLabel(out, lengthAt, i)) {
          return null;
        }
        lengthAt = i + 1;
      } else if (c <= ' ' || c >= 0x7F || c == '\\') {
        return null;
      } else {
        out[i + 1] = (byte) c;
      }
    }
    if (!closeLabel(out, lengthAt, chars)) {
      return null;
    }
    System.arraycopy(suffix, 0, out, chars + 1, suffix.length);
    return out;
  }

  private static final byte[] ROOT_WIRE = {0};

  /** Writes the length of the label from {@code lengthAt} to {@code end}; false if it is bad. */
  private static boolean closeLabel(byte[] out, int lengthAt, int end) {
    int length = end - lengthAt;
    if (length < 1 || length > 63) {
      return false;
    }
    out[lengthAt] = (byte) length;
    return true;
  }

  // The same Name object, not an equal one: equality ignores case, and the wire form keeps it.
  @SuppressWarnings("ReferenceEquality")
  private static byte[] originWire(Name origin) {
    OriginWire last = lastOrigin;
    if (last == null || last.origin != origin) {
      last = new OriginWire(origin);
      lastOrigin = last;
    }
    return last.wire;
  }

  /** {@code count} 16-bit numbers followed by a domain name (MX, SRV). */
  private static byte[] withNumbers(List<Token> tokens, int count, Name origin) {
    byte[] target = name(tokens.get(count), origin);
    if (target == null) {
      return null;
    }
    byte[] out = new byte[count * 2 + target.length];
    for (int i = 0; i < count; i++) {
      int n = uint16(tokens.get(i));
      if (n < 0) {
        return null;
      }
      out[2 * i] = (byte) (n >>> 8);
      out[2 * i + 1] = (byte) n;
    }
    System.arraycopy(target, 0, out, count * 2, target.length);
    return out;
  }

  /** MNAME, RNAME, then the serial and four timers as plain decimal numbers (no TTL units). */
  private static byte[] soa(List<Token> tokens, Name origin) {
    byte[] mname = name(tokens.get(0), origin);
    byte[] rname = name(tokens.get(1), origin);
    if (mname == null || rname == null) {
      return null;
    }
    byte[] out = new byte[mname.length + rname.length + 20];
    System.arraycopy(mname, 0, out, 0, mname.length);
    System.arraycopy(rname, 0, out, mname.length, rname.length);
    int at = mname.length + rname.length;
    for (int i = 2; i < 7; i++) {
      long n = uint32(tokens.get(i));
      if (n < 0) {
        return null;
      }
      write32(out, at, n);
      at += 4;
    }
    return out;
  }

  /** Flags, then a tag of letters and digits, then a value of printable ASCII without escapes. */
  private static byte[] caa(List<Token> tokens) {
    int flags = uint16(tokens.get(0));
    String tag = tokens.get(1).text();
    String value = tokens.get(2).text();
    if (flags < 0 || flags > 255 || tokens.get(1).quoted() || tag.isEmpty() || tag.length() > 15) {
      return null;
    }
    for (int i = 0; i < tag.length(); i++) {
      char c = tag.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
        return null;
      }
    }
    if (value.length() > 255) {
      return null;
    }
    byte[] out = new byte[2 + tag.length() + value.length()];
    out[0] = (byte) flags;
    out[1] = (byte) tag.length();
    int at = 2;
    for (int i = 0; i < tag.length(); i++) {
      out[at++] = (byte) tag.charAt(i);
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\\' || c < ' ' || c > '~') {
        return null;
      }
      out[at++] = (byte) c;
    }
    return out;
  }

  /**
   * Key tag, algorithm and digest type in decimal, then the digest in hex, split or not: SHA-1,
   * SHA-256 and SHA-384 digests, the types in use.
   */
  /**
   * NSEC: the next owner name, then the types as a bitmap in windows of 256 (RFC 4034 §4.1.2): a
   * signed zone holds one per name, and dnsjava's tokenizer took ~3.5 µs each.
   */
  private static byte[] nsec(List<Token> tokens, Name origin) {
    byte[] next = name(tokens.get(0), origin);
    if (next == null) {
      return null;
    }
    int[] types = new int[tokens.size() - 1];
    for (int i = 0; i < types.length; i++) {
      Token t = tokens.get(i + 1);
      types[i] = t.quoted() ? -1 : RecordReader.type(t.text());
      if (types[i] < 0) {
        return null; // dnsjava words the error
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(next.length + 34);
    out.write(next, 0, next.length);
    TypeBits.write(types, out);
    return out.toByteArray();
  }

  private static byte[] ds(List<Token> tokens) {
    int keyTag = uint16(tokens.get(0));
    int algorithm = uint16(tokens.get(1));
    int digestType = uint16(tokens.get(2));
    if (keyTag < 0 || algorithm < 0 || algorithm > 255 || digestType < 0 || digestType > 255) {
      return null;
    }
    int digits = 0;
    for (Token t : tokens.subList(3, tokens.size())) {
      if (t.quoted()) {
        return null;
      }
      digits += t.text().length();
    }
    // dnsjava refuses a digest of another length than its type's: those it words the error for.
    int digestBytes = digestType == 1 ? 20 : digestType == 2 ? 32 : digestType == 4 ? 48 : -1;
    if (digits != 2 * digestBytes) {
      return null;
    }
    byte[] out = new byte[4 + digits / 2];
    out[0] = (byte) (keyTag >>> 8);
    out[1] = (byte) keyTag;
    out[2] = (byte) algorithm;
    out[3] = (byte) digestType;
    int at = 8; // in hex digits from the start of out
    for (Token t : tokens.subList(3, tokens.size())) {
      String text = t.text();
      for (int i = 0; i < text.length(); i++, at++) {
        int nibble = Character.digit(text.charAt(i), 16);
        if (nibble < 0 || text.charAt(i) > 'f') {
          return null;
        }
        out[at / 2] |= (byte) (at % 2 == 0 ? nibble << 4 : nibble);
      }
    }
    return out;
  }

  /** A plain decimal number up to 2^32 - 1, or -1. */
  private static long uint32(Token token) {
    long n = token.quoted() ? -1 : decimal(token.text(), 10);
    return n > 0xFFFF_FFFFL ? -1 : n;
  }

  /** A plain decimal number up to 65535, or -1. */
  static int uint16(Token token) {
    long n = token.quoted() ? -1 : decimal(token.text(), 5);
    return n > 0xFFFF ? -1 : (int) n;
  }

  /** Writes the low 32 bits of {@code v} at {@code at}, most significant byte first. */
  static void write32(byte[] out, int at, long v) {
    out[at] = (byte) (v >>> 24);
    out[at + 1] = (byte) (v >>> 16);
    out[at + 2] = (byte) (v >>> 8);
    out[at + 3] = (byte) v;
  }

  /** Plain decimal digits, at most {@code maxDigits} of them, as a number; else -1. */
  static long decimal(String text, int maxDigits) {
    if (text.isEmpty() || text.length() > maxDigits) {
      return -1;
    }
    long n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }

  /** Character-strings (RFC 1035 §3.3), quoted or not, with {@code \X} and {@code \DDD}. */
  private static byte[] strings(List<Token> tokens) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] one = new byte[255];
    for (Token token : tokens) {
      String t = token.text();
      int length = 0;
      for (int i = 0; i < t.length(); i++) {
        int c = t.charAt(i);
        if (c == '\\') {
          if (i + 1 >= t.length()) {
            return null;
          }
          if (isDigit(t, i + 1)) {
            if (!isDigit(t, i + 2) || !isDigit(t, i + 3)) {
              return null;
            }
            c = Integer.parseInt(t.substring(i + 1, i + 4));
            if (c > 255) {
              return null;
            }
            i += 3;
          } else {
            c = t.charAt(++i);
          }
        }
        if (length == 255) {
          return null;
        }
        one[length++] = (byte) c;
      }
      out.write(length);
      out.write(one, 0, length);
    }
    return out.toByteArray();
  }

  private static boolean isDigit(String t, int i) {
    return i < t.length() && t.charAt(i) >= '0' && t.charAt(i) <= '9';
  }
}

package dev.zonelint.parse;

import java.io.ByteArrayOutputStream;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import org.xbill.DNS.DNSSEC;
import org.xbill.DNS.Name;
import org.xbill.DNS.Type;

/**
 * RRSIG RDATA (RFC 4034 §3.2). Besides speed, this path reads signature times as RFC 4034 §3.1.5
 * defines them, as 32-bit serial numbers: {@code YYYYMMDDHHmmSS} before 1970 or after 2106 wraps
 * around, as BIND and Knot read it, where dnsjava refuses the record.
 */
final class Rrsig {
  private Rrsig() {}

  static byte[] encode(List<Token> tokens, Name origin) {
    if (tokens.size() < 9) {
      return null;
    }
    for (Token t : tokens) {
      if (t.quoted()) {
        return null;
      }
    }
    int covered = Type.value(tokens.get(0).text());
    int algorithm = algorithm(tokens.get(1).text());
    int labels = FastRdata.uint16(tokens.get(2));
    long originalTtl = decimal(tokens.get(3).text(), 10);
    long expiration = time(tokens.get(4).text());
    long inception = time(tokens.get(5).text());
    int keyTag = FastRdata.uint16(tokens.get(6));
    byte[] signer = FastRdata.name(tokens.get(7), origin);
    byte[] signature = base64(tokens.subList(8, tokens.size()));
    if (covered < 0
        || algorithm < 0
        || labels < 0
        || labels > 255
        || originalTtl < 0
        || expiration < 0
        || inception < 0
        || keyTag < 0
        || signer == null
        || signature == null) {
      return null;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(18 + signer.length + signature.length);
    out.write(covered >>> 8);
    out.write(covered);
    out.write(algorithm);
    out.write(labels);
    write32(out, originalTtl);
    write32(out, expiration);
    write32(out, inception);
    out.write(keyTag >>> 8);
    out.write(keyTag);
    out.write(signer, 0, signer.length);
    out.write(signature, 0, signature.length);
    return out.toByteArray();
  }

  private static int algorithm(String text) {
    if (!text.isEmpty() && Character.isDigit(text.charAt(0))) {
      long n = decimal(text, 3);
      return n > 255 ? -1 : (int) n;
    }
    return DNSSEC.Algorithm.value(text);
  }

  /** Seconds since 1970 as a 32-bit serial number, from either presentation form. */
  private static long time(String text) {
    if (text.length() == 14) {
      long digits = decimal(text, 14);
      if (digits < 0) {
        return -1;
      }
      try {
        long seconds =
            LocalDateTime.of(
                    Integer.parseInt(text.substring(0, 4)),
                    Integer.parseInt(text.substring(4, 6)),
                    Integer.parseInt(text.substring(6, 8)),
                    Integer.parseInt(text.substring(8, 10)),
                    Integer.parseInt(text.substring(10, 12)),
                    Integer.parseInt(text.substring(12, 14)))
                .toEpochSecond(ZoneOffset.UTC);
        return Math.floorMod(seconds, 1L << 32);
      } catch (DateTimeException e) {
        return -1;
      }
    }
    return decimal(text, 10);
  }

  /** A decimal of at most {@code maxDigits} digits that fits in 32 bits, or -1. */
  private static long decimal(String text, int maxDigits) {
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
    return maxDigits == 14 || n <= 0xFFFFFFFFL ? n : -1;
  }

  private static byte[] base64(List<Token> tokens) {
    StringBuilder text = new StringBuilder();
    for (Token t : tokens) {
      text.append(t.text());
    }
    if (text.length() == 0 || text.length() % 4 != 0) {
      return null;
    }
    try {
      return Base64.getDecoder().decode(text.toString());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static void write32(ByteArrayOutputStream out, long v) {
    out.write((int) (v >>> 24));
    out.write((int) (v >>> 16));
    out.write((int) (v >>> 8));
    out.write((int) v);
  }
}

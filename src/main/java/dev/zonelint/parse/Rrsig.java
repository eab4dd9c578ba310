package dev.zonelint.parse;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.xbill.DNS.DNSSEC;
import org.xbill.DNS.Name;

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
    int covered = RecordReader.type(tokens.get(0).text());
    int algorithm = algorithm(tokens.get(1).text());
    int labels = FastRdata.uint16(tokens.get(2));
    long originalTtl = decimal(tokens.get(3).text(), 10);
    long expiration = time(tokens.get(4).text());
    long inception = time(tokens.get(5).text());
    int keyTag = FastRdata.uint16(tokens.get(6));
    byte[] signer = FastRdata.name(tokens.get(7), origin);
    String signature = joined(tokens.subList(8, tokens.size()));
    int signatureLength = Base64Text.decodedLength(signature);
    if (covered < 0
        || algorithm < 0
        || labels < 0
        || labels > 255
        || originalTtl < 0
        || expiration < 0
        || inception < 0
        || keyTag < 0
        || signer == null
        || signatureLength < 0) {
      return null;
    }
    byte[] out = new byte[18 + signer.length + signatureLength];
    out[0] = (byte) (covered >>> 8);
    out[1] = (byte) covered;
    out[2] = (byte) algorithm;
    out[3] = (byte) labels;
    FastRdata.write32(out, 4, originalTtl);
    FastRdata.write32(out, 8, expiration);
    FastRdata.write32(out, 12, inception);
    out[16] = (byte) (keyTag >>> 8);
    out[17] = (byte) keyTag;
    System.arraycopy(signer, 0, out, 18, signer.length);
    return Base64Text.decode(signature, out, 18 + signer.length) ? out : null;
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
                    (int) (digits / 10_000_000_000L),
                    (int) (digits / 100_000_000L % 100),
                    (int) (digits / 1_000_000L % 100),
                    (int) (digits / 10_000L % 100),
                    (int) (digits / 100L % 100),
                    (int) (digits % 100))
                .toEpochSecond(ZoneOffset.UTC);
        return Math.floorMod(seconds, 1L << 32);
      } catch (DateTimeException e) {
        return -1;
      }
    }
    return decimal(text, 10);
  }

  /**
   * A decimal of at most {@code maxDigits} digits that fits in 32 bits (dates: 14 digits), or -1.
   */
  private static long decimal(String text, int maxDigits) {
    long n = FastRdata.decimal(text, maxDigits);
    return maxDigits == 14 || n <= 0xFFFFFFFFL ? n : -1;
  }

  private static String joined(List<Token> tokens) {
    // Signatures are mostly one token: taken as it is, without joining copies.
    if (tokens.size() == 1) {
      return tokens.get(0).text();
    }
    StringBuilder joined = new StringBuilder();
    for (Token t : tokens) {
      joined.append(t.text());
    }
    return joined.toString();
  }
}

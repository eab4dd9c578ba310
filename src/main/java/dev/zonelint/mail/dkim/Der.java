package dev.zonelint.mail.dkim;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * Just enough DER to find an RSA modulus (ITU-T X.690, definite lengths only): a bare PKCS#1
 * RSAPublicKey (RFC 8017 §A.1.1) or one wrapped in a SubjectPublicKeyInfo (RFC 5280 §4.1) with the
 * rsaEncryption OID. Only the key's size matters here, so no {@code KeyFactory} is asked: that cost
 * an exception on each of the broken keys zones are full of, refused keys too small to measure, and
 * was the costliest method for the JIT to compile on large zones.
 */
final class Der {
  /** 1.2.840.113549.1.1.1 as DER content bytes. */
  private static final byte[] RSA_OID = {
    0x2a, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xf7, 0x0d, 0x01, 0x01, 0x01
  };

  private final byte[] b;
  private int pos;
  private int contentStart;
  private int contentEnd;

  private Der(byte[] b, int pos) {
    this.b = b;
    this.pos = pos;
  }

  /** The modulus of a bare PKCS#1 RSAPublicKey, or null. */
  static BigInteger pkcs1Modulus(byte[] key) {
    return fromPkcs1(key, 0, key.length);
  }

  /** The modulus of an RSA SubjectPublicKeyInfo, or null. */
  static BigInteger spkiModulus(byte[] key) {
    Der d = new Der(key, 0);
    if (!d.next(0x30, key.length) || d.contentEnd != key.length) {
      return null;
    }
    int end = d.contentEnd;
    d.pos = d.contentStart;
    if (!d.next(0x30, end)) {
      return null;
    }
    int afterAlgorithm = d.contentEnd;
    d.pos = d.contentStart;
    if (!d.next(0x06, afterAlgorithm) || !d.contentIs(RSA_OID)) {
      return null;
    }
    d.pos = d.contentEnd;
    // The parameters are NULL, or absent as some encoders write them.
    if (d.pos < afterAlgorithm) {
      boolean isNull = d.next(0x05, afterAlgorithm) && d.contentEnd == d.contentStart;
      if (!isNull || d.contentEnd != afterAlgorithm) {
        return null;
      }
    }
    d.pos = afterAlgorithm;
    // A BIT STRING whose first content byte (the count of unused bits) is 0.
    if (!d.next(0x03, end)
        || d.contentEnd != end
        || d.contentStart == end
        || key[d.contentStart] != 0) {
      return null;
    }
    return fromPkcs1(key, d.contentStart + 1, end);
  }

  private static BigInteger fromPkcs1(byte[] key, int start, int end) {
    Der d = new Der(key, start);
    if (!d.next(0x30, end) || d.contentEnd != end) {
      return null;
    }
    d.pos = d.contentStart;
    BigInteger n = d.positiveInteger(end);
    BigInteger e = n == null ? null : d.positiveInteger(end);
    return e == null || d.pos != end ? null : n;
  }

  private BigInteger positiveInteger(int end) {
    if (!next(0x02, end) || contentEnd == contentStart || (b[contentStart] & 0x80) != 0) {
      return null;
    }
    BigInteger v = new BigInteger(1, Arrays.copyOfRange(b, contentStart, contentEnd));
    pos = contentEnd;
    return v.signum() > 0 ? v : null;
  }

  /** Reads one element's header at {@code pos}; its content must end by {@code end}. */
  private boolean next(int tag, int end) {
    if (pos + 2 > end || (b[pos] & 0xFF) != tag) {
      return false;
    }
    int first = b[pos + 1] & 0xFF;
    int at = pos + 2;
    long length;
    if (first < 0x80) {
      length = first;
    } else {
      int count = first & 0x7F;
      if (count == 0 || count > 4 || at + count > end) {
        return false;
      }
      length = 0;
      for (int i = 0; i < count; i++) {
        length = (length << 8) | (b[at++] & 0xFF);
      }
    }
    if (length > end - at) {
      return false;
    }
    contentStart = at;
    contentEnd = at + (int) length;
    return true;
  }

  private boolean contentIs(byte[] expected) {
    if (contentEnd - contentStart != expected.length) {
      return false;
    }
    for (int i = 0; i < expected.length; i++) {
      if (b[contentStart + i] != expected[i]) {
        return false;
      }
    }
    return true;
  }
}

package dev.zonelint.mail.dkim;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;

/**
 * Decodes the {@code p=} value: base64 with white space allowed anywhere (RFC 6376 §3.6.1), then an
 * RSA key as SubjectPublicKeyInfo or bare RSAPublicKey (errata 3017) or a raw 32-byte Ed25519 key
 * (RFC 8463 §4.2), through {@code java.security}.
 */
final class KeyData {
  /** The DER header of an Ed25519 SubjectPublicKeyInfo (RFC 8410 §4), before the 32 key bytes. */
  private static final byte[] ED25519_SPKI = {
    0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00
  };

  private KeyData() {}

  /**
   * What the key data holds.
   *
   * @param bits the RSA modulus length, 256 for Ed25519, 0 when unknown
   * @param format how the key is encoded, for messages
   * @param error why verifiers cannot use it, or null
   * @param malformed whether the error is in the text itself (a character the base64 grammar of RFC
   *     6376 §3.6.1 does not allow) rather than in the key it decodes to
   */
  record Decoded(int bits, String format, String error, boolean malformed) {
    Decoded(int bits, String format) {
      this(bits, format, null, false);
    }

    static Decoded failed(String error) {
      return new Decoded(0, "", error, false);
    }

    static Decoded malformed(String error) {
      return new Decoded(0, "", error, true);
    }
  }

  static Decoded decode(String value, boolean ed25519) {
    int spaces = 0;
    int padding = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      // One table lookup for the common case (C1 compiled the tests as calls, char by char, a
      // third of the DKIM rules' time on a large zone); the rest sorted out after.
      if (c < 128 && BASE64[c] && padding == 0) {
        continue;
      }
      if (TagList.isFws(c)) {
        spaces++;
      } else if (c == '=') {
        padding++;
      } else {
        return Decoded.malformed(badCharacter(value, i, c, padding));
      }
    }
    int data = value.length() - spaces - padding;
    int length = data + padding;
    if (data % 4 == 1 || padding > 2 || (padding > 0 && length % 4 != 0)) {
      return Decoded.failed(
          "the key is "
              + length
              + " base64 characters long, which no data encodes to: it is truncated or has a"
              + " stray character, so verifiers cannot decode it");
    }
    byte[] bytes;
    try {
      // Keys are mostly written without spaces: decoded as they are, not copied first.
      bytes = Base64.getDecoder().decode(spaces == 0 ? value : withoutSpaces(value));
    } catch (IllegalArgumentException e) {
      return Decoded.failed("the key is not valid base64: verifiers cannot decode it");
    }
    return ed25519 ? ed25519(bytes) : rsa(bytes);
  }

  private static String withoutSpaces(String value) {
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!TagList.isFws(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static Decoded rsa(byte[] key) {
    if (key.length == 32) {
      return Decoded.failed(
          "the key is 32 bytes, an Ed25519 key, but k= is rsa (the default): add k=ed25519");
    }
    if (startsWith(key, ED25519_SPKI)) {
      return Decoded.failed(
          "the key is an Ed25519 SubjectPublicKeyInfo but k= is rsa (the default): write"
              + " k=ed25519 and only the raw 32-byte key (RFC 8463 §4.2)");
    }
    BigInteger n = Der.spkiModulus(key);
    if (n != null) {
      return new Decoded(n.bitLength(), "SubjectPublicKeyInfo");
    }
    n = Der.pkcs1Modulus(key);
    if (n != null) {
      return new Decoded(n.bitLength(), "RSAPublicKey");
    }
    return Decoded.failed(
        "the key is valid base64 but not an RSA public key (neither SubjectPublicKeyInfo nor"
            + " RSAPublicKey DER): verifiers fail every signature made with this selector");
  }

  private static Decoded ed25519(byte[] key) {
    if (key.length == 32) {
      byte[] spki = Arrays.copyOf(ED25519_SPKI, ED25519_SPKI.length + 32);
      System.arraycopy(key, 0, spki, ED25519_SPKI.length, 32);
      try {
        KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(spki));
        return new Decoded(256, "raw Ed25519");
      } catch (GeneralSecurityException | RuntimeException e) {
        return Decoded.failed("the key is not a valid Ed25519 public key: verifiers cannot use it");
      }
    }
    if (key.length == ED25519_SPKI.length + 32 && startsWith(key, ED25519_SPKI)) {
      return Decoded.failed(
          "the key is an Ed25519 SubjectPublicKeyInfo, but RFC 8463 §4.2 wants only the raw 32"
              + " bytes: verifiers reject it; drop the leading 'MCowBQYDK2VwAyEA'");
    }
    if (Der.spkiModulus(key) != null || Der.pkcs1Modulus(key) != null) {
      return Decoded.failed("the key is an RSA key but k= is ed25519: write k=rsa");
    }
    return Decoded.failed(
        "an Ed25519 key is 32 bytes, this one is " + key.length + ": verifiers cannot use it");
  }

  private static String badCharacter(String value, int at, char c, int padding) {
    if (c == '-' && value.contains("BEGIN")) {
      return "the key still has its PEM header: keep only the base64 text between"
          + " '-----BEGIN PUBLIC KEY-----' and '-----END PUBLIC KEY-----'";
    }
    if (padding > 0 && isBase64(c)) {
      return "the key has '=' padding before its end (character "
          + (at + 1)
          + "): verifiers cannot decode it";
    }
    String shown =
        c < ' ' || c > '~' ? String.format(Locale.ROOT, "U+%04X", (int) c) : "'" + c + "'";
    return "the key has "
        + shown
        + " at character "
        + (at + 1)
        + ", which is not base64: verifiers cannot decode it";
  }

  /** The base64 alphabet (RFC 4648 §4), by ASCII code. */
  private static final boolean[] BASE64 = new boolean[128];

  static {
    for (char c = 'A'; c <= 'Z'; c++) {
      BASE64[c] = true;
      BASE64[Character.toLowerCase(c)] = true;
    }
    for (char c = '0'; c <= '9'; c++) {
      BASE64[c] = true;
    }
    BASE64['+'] = true;
    BASE64['/'] = true;
  }

  private static boolean isBase64(char c) {
    return c < 128 && BASE64[c];
  }

  private static boolean startsWith(byte[] b, byte[] prefix) {
    return b.length >= prefix.length
        && Arrays.equals(b, 0, prefix.length, prefix, 0, prefix.length);
  }
}

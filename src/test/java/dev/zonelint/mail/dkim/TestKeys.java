package dev.zonelint.mail.dkim;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;

/** Real keys for tests, made with java.security (generated once per size and run). */
public final class TestKeys {
  private static final Map<Integer, RSAPublicKey> RSA = new HashMap<>();

  private TestKeys() {}

  /** A fresh RSA public key of this size (512 bits at least, the provider's floor). */
  public static synchronized RSAPublicKey rsa(int bits) {
    return RSA.computeIfAbsent(
        bits,
        b -> {
          try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(b);
            return (RSAPublicKey) g.generateKeyPair().getPublic();
          } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
          }
        });
  }

  /** Base64 of the SubjectPublicKeyInfo, as {@code openssl rsa -pubout} writes it. */
  public static String rsaSpki(int bits) {
    return Base64.getEncoder().encodeToString(rsa(bits).getEncoded());
  }

  /** Base64 of a bare PKCS#1 RSAPublicKey, as some DKIM generators write it (errata 3017). */
  public static String rsaPkcs1(int bits) {
    RSAPublicKey k = rsa(bits);
    return Base64.getEncoder().encodeToString(pkcs1(k.getModulus(), k.getPublicExponent()));
  }

  /** Base64 of a PKCS#1 key with a random odd modulus of exactly this size (any size). */
  public static String rsaPkcs1Modulus(int bits, long seed) {
    BigInteger n = new BigInteger(bits, new Random(seed)).setBit(bits - 1).setBit(0);
    return Base64.getEncoder().encodeToString(pkcs1(n, BigInteger.valueOf(65537)));
  }

  /** Base64 of a raw 32-byte Ed25519 public key (RFC 8463 §4.2). */
  public static String ed25519Raw() {
    try {
      byte[] spki =
          KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic().getEncoded();
      byte[] raw = new byte[32];
      System.arraycopy(spki, spki.length - 32, raw, 0, 32);
      return Base64.getEncoder().encodeToString(raw);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Base64 of an Ed25519 SubjectPublicKeyInfo, the usual mistake for ed25519 keys. */
  public static String ed25519Spki() {
    try {
      return Base64.getEncoder()
          .encodeToString(
              KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic().getEncoded());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Checks that an SPKI encoding is what java.security itself reads back. */
  public static boolean isSpki(String base64) {
    try {
      java.security.KeyFactory.getInstance("RSA")
          .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
      return true;
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return false;
    }
  }

  /**
   * TXT RDATA for zone text: the record split into quoted strings of at most 200 characters, as
   * long DKIM keys are published.
   */
  public static String txt(String record) {
    StringBuilder out = new StringBuilder("( ");
    for (int i = 0; i < record.length(); i += 200) {
      out.append('"').append(record, i, Math.min(record.length(), i + 200)).append("\" ");
    }
    return out.append(')').toString();
  }

  private static byte[] pkcs1(BigInteger n, BigInteger e) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    writeInteger(body, n);
    writeInteger(body, e);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writeHeader(out, 0x30, body.size());
    out.writeBytes(body.toByteArray());
    return out.toByteArray();
  }

  private static void writeInteger(ByteArrayOutputStream out, BigInteger v) {
    byte[] b = v.toByteArray();
    writeHeader(out, 0x02, b.length);
    out.writeBytes(b);
  }

  private static void writeHeader(ByteArrayOutputStream out, int tag, int length) {
    out.write(tag);
    if (length < 0x80) {
      out.write(length);
    } else if (length < 0x100) {
      out.write(0x81);
      out.write(length);
    } else {
      out.write(0x82);
      out.write(length >> 8);
      out.write(length & 0xFF);
    }
  }
}

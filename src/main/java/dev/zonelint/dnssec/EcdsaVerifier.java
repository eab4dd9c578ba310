package dev.zonelint.dnssec;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.math.ec.ECPoint;

/**
 * ECDSA P-256 and P-384 (RFC 6605) with BouncyCastle's low-level signer on its specialised curve
 * arithmetic. The public point is decoded once; BouncyCastle caches its window precomputation on
 * it, so every later signature by the key skips that work.
 */
final class EcdsaVerifier implements KeyVerifier {
  private final ECDSASigner signer = new ECDSASigner();
  private final MessageDigest digest;
  private final int half;

  EcdsaVerifier(Algorithm algorithm, byte[] keyData) {
    boolean p256 = algorithm == Algorithm.ECDSAP256SHA256;
    X9ECParameters curve = CustomNamedCurves.getByName(p256 ? "secp256r1" : "secp384r1");
    half = p256 ? 32 : 48;
    if (keyData.length != 2 * half) {
      throw new IllegalArgumentException("ECDSA key of " + keyData.length + " octets");
    }
    // RFC 6605 §4: the key is x then y, the uncompressed point without its 0x04 prefix.
    byte[] encoded = new byte[keyData.length + 1];
    encoded[0] = 4;
    System.arraycopy(keyData, 0, encoded, 1, keyData.length);
    ECPoint point = curve.getCurve().decodePoint(encoded);
    signer.init(false, new ECPublicKeyParameters(point, new ECDomainParameters(curve)));
    try {
      digest = MessageDigest.getInstance(p256 ? "SHA-256" : "SHA-384");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-2", e);
    }
  }

  @Override
  public boolean verify(byte[] data, int length, byte[] rdata, int offset) {
    // RFC 6605 §4: the signature is r then s, each exactly the curve's size.
    if (rdata.length - offset != 2 * half) {
      return false;
    }
    digest.update(data, 0, length);
    byte[] hash = digest.digest();
    BigInteger r = new BigInteger(1, rdata, offset, half);
    BigInteger s = new BigInteger(1, rdata, offset + half, half);
    return signer.verifySignature(hash, r, s);
  }
}

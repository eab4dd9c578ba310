package dev.zonelint.dnssec;

import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

/** Ed25519 (RFC 8080) with BouncyCastle, the public point decoded once for all signatures. */
final class Ed25519Verifier implements KeyVerifier {
  private final Ed25519PublicKeyParameters key;

  Ed25519Verifier(byte[] keyData) {
    if (keyData.length != Ed25519PublicKeyParameters.KEY_SIZE) {
      throw new IllegalArgumentException("Ed25519 key of " + keyData.length + " octets");
    }
    key = new Ed25519PublicKeyParameters(keyData);
  }

  @Override
  public boolean verify(byte[] data, int length, byte[] rdata, int offset) {
    if (rdata.length - offset != Ed25519.SIGNATURE_SIZE) {
      return false;
    }
    return key.verify(Ed25519.Algorithm.Ed25519, null, data, 0, length, rdata, offset);
  }
}

package dev.zonelint.dnssec;

import java.security.GeneralSecurityException;
import java.security.Provider;
import java.security.PublicKey;
import java.security.Signature;

/**
 * A {@code java.security} signature initialised once with the key: RSA, DSA and Ed448 from the JDK,
 * or any algorithm from the native provider.
 */
final class JdkVerifier implements KeyVerifier {
  private final Signature signature;
  private final PublicKey key;
  private final boolean dsa;

  private JdkVerifier(Signature signature, PublicKey key, boolean dsa) {
    this.signature = signature;
    this.key = key;
    this.dsa = dsa;
  }

  /** A verifier, or null when the JDK lacks the algorithm or rejects the key. */
  static JdkVerifier of(Algorithm algorithm, PublicKey key) {
    return of(algorithm, key, null);
  }

  /** A verifier from {@code provider} (null: the JDK's), or null when it cannot verify the key. */
  static JdkVerifier of(Algorithm algorithm, PublicKey key, Provider provider) {
    try {
      Signature signature =
          provider == null
              ? Signature.getInstance(algorithm.jcaName())
              : Signature.getInstance(algorithm.jcaName(), provider);
      signature.initVerify(key);
      boolean dsa = algorithm == Algorithm.DSA || algorithm == Algorithm.DSA_NSEC3_SHA1;
      return new JdkVerifier(signature, key, dsa);
    } catch (GeneralSecurityException | RuntimeException e) {
      return null;
    }
  }

  @Override
  public boolean verify(byte[] data, int length, byte[] rdata, int offset) {
    int size = rdata.length - offset;
    // DSA signatures start with the key's T parameter (RFC 2536 §3), not part of P1363.
    if (dsa && size == 41) {
      offset++;
      size--;
    }
    try {
      signature.update(data, 0, length);
      return signature.verify(rdata, offset, size);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      reset();
      return false;
    }
  }

  /** After a failure the object's state is unspecified: start over from the key. */
  private void reset() {
    try {
      signature.initVerify(key);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("a key accepted before is rejected now", e);
    }
  }
}

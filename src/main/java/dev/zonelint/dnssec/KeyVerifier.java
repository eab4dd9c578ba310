package dev.zonelint.dnssec;

import java.security.Provider;

/**
 * Verifies signatures made by one DNSKEY. Instances keep provider state, so each thread makes its
 * own with {@link #of}.
 */
interface KeyVerifier {
  /**
   * Whether the RRSIG signature in {@code rdata} from {@code offset} to its end signs the first
   * {@code length} octets of {@code data}. A malformed signature does not verify.
   */
  boolean verify(byte[] data, int length, byte[] rdata, int offset);

  /**
   * A verifier for the key, or null when its algorithm is not supported or its key data does not
   * decode. ECDSA and Ed25519 use BouncyCastle, whose key objects keep precomputed multiples of the
   * point across calls (several times faster than JDK 17's provider); the rest use the JDK.
   */
  static KeyVerifier portable(ZoneKey key) {
    Algorithm algorithm = Algorithm.of(key.algorithm());
    if (algorithm == null || algorithm.jcaName() == null || key.publicKey() == null) {
      return null;
    }
    try {
      switch (algorithm) {
        case ECDSAP256SHA256:
        case ECDSAP384SHA384:
          return new EcdsaVerifier(algorithm, key.keyData());
        case ED25519:
          return new Ed25519Verifier(key.keyData());
        default:
          return JdkVerifier.of(algorithm, key.publicKey());
      }
    } catch (IllegalArgumentException e) {
      // Key data the JDK decoded but BouncyCastle rejects (not a point on the curve): no
      // signature can verify with it.
      return (data, length, rdata, offset) -> false;
    }
  }

  /**
   * A verifier for the key that runs on {@code fast} when that provider takes the key, else the
   * {@link #portable} one. A signature the fast provider rejects is checked again portably: bogus
   * signatures are rare, and the result must not depend on which provider loaded.
   */
  static KeyVerifier of(ZoneKey key, Provider fast) {
    KeyVerifier portable = portable(key);
    if (fast == null || portable == null) {
      return portable;
    }
    JdkVerifier accelerated = JdkVerifier.of(Algorithm.of(key.algorithm()), key.publicKey(), fast);
    if (accelerated == null) {
      return portable;
    }
    return (data, length, rdata, offset) ->
        accelerated.verify(data, length, rdata, offset)
            || portable.verify(data, length, rdata, offset);
  }
}

package dev.zonelint.dnssec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Provider;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The native provider on its own, without the portable second look that {@link KeyVerifier} adds:
 * it must accept exactly the signatures the JDK makes and reject broken ones.
 */
class NativeCryptoTest {
  private static final byte[] DATA = "signed octets".getBytes(StandardCharsets.US_ASCII);

  @Test
  void loadsWhereTheBundledLibraryIsBuiltFor() {
    assumeTrue(NativeCrypto.supportedPlatform(), "bundled library is for Linux x86-64");
    assertNotNull(NativeCrypto.provider().join(), "native provider failed to load");
  }

  @ParameterizedTest
  @EnumSource(
      value = Algorithm.class,
      names = {
        "RSASHA1",
        "RSASHA256",
        "RSASHA512",
        "ECDSAP256SHA256",
        "ECDSAP384SHA384",
        "ED25519"
      })
  void acceptsGoodSignaturesAndRejectsBrokenOnes(Algorithm algorithm) throws Exception {
    Provider provider = NativeCrypto.provider().join();
    assumeTrue(provider != null, "no native provider on this platform");
    KeyPair pair = generate(algorithm);
    Signature signer = Signature.getInstance(algorithm.jcaName());
    signer.initSign(pair.getPrivate());
    signer.update(DATA);
    byte[] good = signer.sign();
    JdkVerifier verifier = JdkVerifier.of(algorithm, pair.getPublic(), provider);
    assertNotNull(verifier, algorithm + " not taken by the native provider");

    assertEquals(true, verify(verifier, good), "good signature");
    byte[] flipped = good.clone();
    flipped[flipped.length / 2] ^= 1;
    assertEquals(false, verify(verifier, flipped), "flipped bit");
    assertEquals(false, verify(verifier, Arrays.copyOf(good, good.length - 1)), "truncated");
    assertEquals(false, verify(verifier, new byte[0]), "empty");
    assertEquals(true, verify(verifier, good), "good signature after failures");
  }

  /** The signature as the tail of RRSIG RDATA, after a prefix the verifier must skip. */
  private static boolean verify(JdkVerifier verifier, byte[] signature) {
    byte[] rdata = new byte[18 + signature.length];
    System.arraycopy(signature, 0, rdata, 18, signature.length);
    return verifier.verify(DATA, DATA.length, rdata, 18);
  }

  private static KeyPair generate(Algorithm algorithm) throws Exception {
    KeyPairGenerator generator;
    switch (algorithm) {
      case ECDSAP256SHA256, ECDSAP384SHA384 -> {
        generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(
            new ECGenParameterSpec(
                algorithm == Algorithm.ECDSAP256SHA256 ? "secp256r1" : "secp384r1"));
      }
      case ED25519 -> generator = KeyPairGenerator.getInstance("Ed25519");
      default -> {
        generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
      }
    }
    return generator.generateKeyPair();
  }
}

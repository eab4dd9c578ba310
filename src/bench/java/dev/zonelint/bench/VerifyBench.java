package dev.zonelint.bench;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.Signer;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.params.RSAKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.bouncycastle.crypto.signers.RSADigestSigner;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One DNSSEC-sized signature verification (a 200-byte RRset), the JDK provider against
 * BouncyCastle's low-level API with a key object reused across calls, as a zone's 1-4 keys are.
 * Run on each JDK to compare providers: {@code make jmh JMH_ARGS='VerifyBench'}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class VerifyBench {
  @Param({"P256", "P384", "ED25519", "RSA2048"})
  String algorithm;

  byte[] data;
  byte[] signature;
  Signature jdk;
  KeyPair pair;
  Object bcKey;
  ECDSASigner bcEcdsa;
  Signer bcSigner;

  @Setup
  public void setUp() throws GeneralSecurityException {
    data = new byte[200];
    new Random(1).nextBytes(data);
    KeyPairGenerator generator;
    String jca;
    switch (algorithm) {
      case "P256", "P384" -> {
        generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec(algorithm.equals("P256") ? "secp256r1" : "secp384r1"));
        jca = algorithm.equals("P256") ? "SHA256withECDSAinP1363Format" : "SHA384withECDSAinP1363Format";
      }
      case "ED25519" -> {
        generator = KeyPairGenerator.getInstance("Ed25519");
        jca = "Ed25519";
      }
      default -> {
        generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        jca = "SHA256withRSA";
      }
    }
    pair = generator.generateKeyPair();
    Signature signer = Signature.getInstance(jca);
    signer.initSign(pair.getPrivate());
    signer.update(data);
    signature = signer.sign();
    jdk = Signature.getInstance(jca);
    jdk.initVerify(pair.getPublic());
    setUpBouncyCastle();
    if (!jdk() || !bc()) {
      throw new IllegalStateException("a signature does not verify");
    }
  }

  private void setUpBouncyCastle() {
    switch (algorithm) {
      case "P256", "P384" -> {
        X9ECParameters x9 = CustomNamedCurves.getByName(algorithm.equals("P256") ? "secp256r1" : "secp384r1");
        ECPublicKey pub = (ECPublicKey) pair.getPublic();
        var q = x9.getCurve().createPoint(pub.getW().getAffineX(), pub.getW().getAffineY());
        bcEcdsa = new ECDSASigner();
        bcEcdsa.init(false, new ECPublicKeyParameters(q, new ECDomainParameters(x9)));
      }
      case "ED25519" -> {
        byte[] encoded = pair.getPublic().getEncoded();
        byte[] raw = Arrays.copyOfRange(encoded, encoded.length - 32, encoded.length);
        bcSigner = new Ed25519Signer();
        bcSigner.init(false, new Ed25519PublicKeyParameters(raw));
      }
      default -> {
        RSAPublicKey pub = (RSAPublicKey) pair.getPublic();
        bcSigner = new RSADigestSigner(new SHA256Digest());
        bcSigner.init(false, new RSAKeyParameters(false, pub.getModulus(), pub.getPublicExponent()));
      }
    }
  }

  @Benchmark
  public boolean jdk() throws GeneralSecurityException {
    jdk.update(data);
    return jdk.verify(signature);
  }

  @Benchmark
  public boolean bc() throws GeneralSecurityException {
    if (bcEcdsa != null) {
      boolean p256 = algorithm.equals("P256");
      byte[] hash = MessageDigest.getInstance(p256 ? "SHA-256" : "SHA-384").digest(data);
      int half = signature.length / 2;
      return bcEcdsa.verifySignature(
          hash,
          new BigInteger(1, Arrays.copyOfRange(signature, 0, half)),
          new BigInteger(1, Arrays.copyOfRange(signature, half, signature.length)));
    }
    bcSigner.update(data, 0, data.length);
    return bcSigner.verifySignature(signature);
  }
}

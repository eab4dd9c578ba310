package dev.zonelint.dnssec;

/**
 * DNSSEC signing algorithms (IANA registry) with their RFC 8624 §3.1 signing status and the {@code
 * java.security} signature that verifies them. ECDSA and DSA signatures are the raw concatenation
 * of their integers, which the JDK's P1363 formats read without conversion.
 */
public enum Algorithm {
  RSAMD5(1, "MD5withRSA", Status.MUST_NOT),
  DSA(3, "SHA1withDSAinP1363Format", Status.MUST_NOT),
  RSASHA1(5, "SHA1withRSA", Status.NOT_RECOMMENDED),
  DSA_NSEC3_SHA1(6, "SHA1withDSAinP1363Format", Status.MUST_NOT),
  RSASHA1_NSEC3_SHA1(7, "SHA1withRSA", Status.NOT_RECOMMENDED),
  RSASHA256(8, "SHA256withRSA", Status.MUST),
  RSASHA512(10, "SHA512withRSA", Status.NOT_RECOMMENDED),
  ECC_GOST(12, null, Status.MUST_NOT),
  ECDSAP256SHA256(13, "SHA256withECDSAinP1363Format", Status.MUST),
  ECDSAP384SHA384(14, "SHA384withECDSAinP1363Format", Status.MAY),
  ED25519(15, "Ed25519", Status.RECOMMENDED),
  ED448(16, "Ed448", Status.MAY);

  /** RFC 8624 §3.1's column "DNSSEC Signing". */
  public enum Status {
    MUST_NOT,
    NOT_RECOMMENDED,
    MAY,
    RECOMMENDED,
    MUST
  }

  private final int number;
  private final String jcaName;
  private final Status signing;

  Algorithm(int number, String jcaName, Status signing) {
    this.number = number;
    this.jcaName = jcaName;
    this.signing = signing;
  }

  public int number() {
    return number;
  }

  /** The {@code java.security.Signature} algorithm, or null when the JDK cannot verify it. */
  public String jcaName() {
    return jcaName;
  }

  public Status signing() {
    return signing;
  }

  public boolean isRsa() {
    return jcaName != null && jcaName.endsWith("withRSA");
  }

  /** The mnemonic as RFC 8624 writes it. */
  public String mnemonic() {
    return name().replace('_', '-');
  }

  /** The algorithm with this number, or null for unassigned and private ones. */
  public static Algorithm of(int number) {
    for (Algorithm a : values()) {
      if (a.number == number) {
        return a;
      }
    }
    return null;
  }
}

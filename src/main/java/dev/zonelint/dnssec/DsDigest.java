package dev.zonelint.dnssec;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.xbill.DNS.Name;

/**
 * DS digest types (IANA registry) with their digest length and RFC 8624 §3.3 status for DS records;
 * computes the digest a DS or CDS of a key must carry (RFC 4034 §5.1.4).
 */
public enum DsDigest {
  SHA1(1, "SHA-1", "SHA-1", 20, true),
  SHA256(2, "SHA-256", "SHA-256", 32, false),
  GOST(3, "GOST R 34.11-94", null, 32, true),
  SHA384(4, "SHA-384", "SHA-384", 48, false);

  private final int number;
  private final String label;
  private final String jcaName;
  private final int length;
  private final boolean deprecated;

  DsDigest(int number, String label, String jcaName, int length, boolean deprecated) {
    this.number = number;
    this.label = label;
    this.jcaName = jcaName;
    this.length = length;
    this.deprecated = deprecated;
  }

  public int number() {
    return number;
  }

  /** The digest length in octets. */
  public int length() {
    return length;
  }

  /** RFC 8624 §3.3: MUST NOT be used to make DS records (SHA-1, GOST R 34.11-94). */
  public boolean deprecated() {
    return deprecated;
  }

  /** The name as the IANA registry writes it. */
  public String label() {
    return label;
  }

  /** The digest type with this number, or null for unassigned ones (and 0, reserved). */
  public static DsDigest of(int number) {
    for (DsDigest d : values()) {
      if (d.number == number) {
        return d;
      }
    }
    return null;
  }

  /**
   * The digest of a DNSKEY RDATA as RFC 4034 §5.1.4 defines it, hash(owner | RDATA), or null when
   * the JDK has no implementation (GOST).
   */
  public byte[] digest(Name owner, byte[] dnskeyRdata) {
    if (jcaName == null) {
      return null;
    }
    try {
      MessageDigest md = MessageDigest.getInstance(jcaName);
      md.update(owner.toWireCanonical());
      md.update(dnskeyRdata);
      return md.digest();
    } catch (NoSuchAlgorithmException e) {
      return null;
    }
  }
}

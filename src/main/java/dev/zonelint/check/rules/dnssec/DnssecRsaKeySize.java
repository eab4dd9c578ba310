package dev.zonelint.check.rules.dnssec;

import dev.zonelint.check.Category;
import dev.zonelint.check.RuleContext;
import dev.zonelint.check.RuleInfo;
import dev.zonelint.check.ZoneRule;
import dev.zonelint.diag.Severity;
import dev.zonelint.dnssec.Algorithm;
import dev.zonelint.dnssec.SignedZone;
import dev.zonelint.dnssec.ZoneKey;
import dev.zonelint.zone.Zone;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * RSA zone keys read as RFC 3110 §2 lays them out. A modulus under 1024 bits is an error (such keys
 * have been factored, and NIST SP 800-131A disallows them); under 2048 bits a warning (RFC 8624
 * §3.1 and NIST ask for 2048); over 4096 bits a warning, since RFC 3110 caps the size and BIND
 * refuses larger keys. An even exponent, or 1, cannot make an RSA key: error. Key data that does
 * not hold the fields is {@code dnssec-dnskey-invalid}'s.
 */
public final class DnssecRsaKeySize implements ZoneRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "dnssec-rsa-key-size",
          "RSA zone keys need at least 2048 bits (1024 at the very least) and a sane exponent",
          Severity.ERROR,
          Category.DNSSEC,
          "RFC 3110 §2",
          "RFC 8624 §3.1",
          "RFC 6781 §3.4.2");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  private static final String HELP =
      "generate a 2048-bit RSA key, or better an ECDSAP256SHA256 (13) key, and roll it over";

  @Override
  public void check(Zone zone, RuleContext context) {
    for (ZoneKey key : SignedZone.of(zone).keys()) {
      Algorithm algorithm = Algorithm.of(key.algorithm());
      if (algorithm == null || !algorithm.isRsa()) {
        continue;
      }
      BigInteger[] parts = split(key.keyData());
      if (parts == null) {
        continue;
      }
      BigInteger exponent = parts[0];
      int bits = parts[1].bitLength();
      String subject = "this RSA DNSKEY (tag " + key.keyTag() + ") has a " + bits + "-bit modulus";
      if (!exponent.testBit(0) || exponent.equals(BigInteger.ONE)) {
        context.report(
            key.record(),
            "this RSA DNSKEY (tag "
                + key.keyTag()
                + ") has public exponent "
                + exponent
                + ", which cannot make a working RSA key: no signature verifies with it",
            HELP);
      } else if (bits < 1024) {
        context.report(
            key.record(),
            subject + ": keys this small have been factored, so anyone can forge the zone's data",
            HELP);
      } else if (bits < 2048) {
        context.report(
            Severity.WARNING,
            key.record(),
            subject + ", below the 2048 bits RFC 8624 and NIST ask for",
            HELP);
      } else if (bits > 4096) {
        context.report(
            Severity.WARNING,
            key.record(),
            subject + ", above the 4096 bits RFC 3110 allows: BIND refuses such keys",
            HELP);
      }
    }
  }

  /**
   * RFC 3110 §2: exponent length in one octet, or zero and two octets; exponent; modulus. Null when
   * the data is too short for the lengths it claims.
   */
  static BigInteger[] split(byte[] data) {
    if (data.length < 1) {
      return null;
    }
    int offset = 1;
    int length = data[0] & 0xff;
    if (length == 0) {
      if (data.length < 3) {
        return null;
      }
      length = ((data[1] & 0xff) << 8) | (data[2] & 0xff);
      offset = 3;
    }
    if (length == 0 || data.length <= offset + length) {
      return null;
    }
    return new BigInteger[] {
      new BigInteger(1, Arrays.copyOfRange(data, offset, offset + length)),
      new BigInteger(1, Arrays.copyOfRange(data, offset + length, data.length))
    };
  }
}

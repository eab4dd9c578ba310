package dev.zonelint.dnssec;

import dev.zonelint.zone.ZoneRecord;
import java.security.PublicKey;
import org.xbill.DNS.DNSKEYRecord;
import org.xbill.DNS.DNSSEC;

/** One apex DNSKEY, decoded once: its key tag, flags and, when the JDK can use it, public key. */
public final class ZoneKey {
  /** RFC 4034 §2.1.1: the key signs zone data. */
  public static final int ZONE_FLAG = 0x0100;

  /** RFC 4034 §2.1.1: secure entry point, the key the parent's DS points at (a KSK). */
  public static final int SEP_FLAG = 0x0001;

  /** RFC 4034 §2.1.2: the protocol field is always 3. */
  public static final int PROTOCOL = 3;

  private final ZoneRecord record;
  private final DNSKEYRecord dns;
  private final PublicKey publicKey;
  private final String decodeError;

  ZoneKey(ZoneRecord record) {
    this.record = record;
    this.dns = (DNSKEYRecord) record.toDns();
    PublicKey key = null;
    String error = null;
    Algorithm algorithm = Algorithm.of(dns.getAlgorithm());
    if (algorithm != null && algorithm.jcaName() != null) {
      try {
        key = dns.getPublicKey();
      } catch (DNSSEC.DNSSECException | RuntimeException e) {
        error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      }
    }
    this.publicKey = key;
    this.decodeError = error;
  }

  public ZoneRecord record() {
    return record;
  }

  public int flags() {
    return dns.getFlags();
  }

  public int protocol() {
    return dns.getProtocol();
  }

  public int algorithm() {
    return dns.getAlgorithm();
  }

  public int keyTag() {
    return dns.getFootprint();
  }

  public boolean isZoneKey() {
    return (flags() & ZONE_FLAG) != 0;
  }

  public boolean isSep() {
    return (flags() & SEP_FLAG) != 0;
  }

  /** RFC 4034 §2.1.1: bits other than zone, revoke (RFC 5011) and SEP must be zero. */
  public static final int KNOWN_FLAGS = ZONE_FLAG | 0x0080 | SEP_FLAG;

  /** The raw public key field. */
  public byte[] keyData() {
    return dns.getKey();
  }

  /** The decoded key, or null when the algorithm is unsupported or the key data is malformed. */
  public PublicKey publicKey() {
    return publicKey;
  }

  /** Why the key data could not be decoded, or null. */
  public String decodeError() {
    return decodeError;
  }

  public DNSKEYRecord dns() {
    return dns;
  }
}

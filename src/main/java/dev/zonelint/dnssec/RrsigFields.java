package dev.zonelint.dnssec;

import dev.zonelint.zone.ZoneRecord;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Arrays;
import org.xbill.DNS.DNSInput;
import org.xbill.DNS.Name;
import org.xbill.DNS.Type;
import org.xbill.DNS.WireParseException;

/**
 * The fields of one RRSIG (RFC 4034 §3.1), read from its wire RDATA.
 *
 * @param signedPrefixLength length of the RDATA before the signature: the part that is signed
 */
public record RrsigFields(
    ZoneRecord record,
    int typeCovered,
    int algorithm,
    int labels,
    long originalTtl,
    long expiration,
    long inception,
    int keyTag,
    Name signer,
    int signedPrefixLength) {

  /** Reads an RRSIG record; null when its RDATA is too short to hold the fields. */
  static RrsigFields of(ZoneRecord record, Name origin) {
    ByteBuffer rdata = record.rdataBuffer();
    if (rdata.remaining() < 19) {
      return null;
    }
    try {
      DNSInput in = new DNSInput(rdata);
      int covered = in.readU16();
      int algorithm = in.readU8();
      int labels = in.readU8();
      long originalTtl = in.readU32();
      long expiration = in.readU32();
      long inception = in.readU32();
      int keyTag = in.readU16();
      Name signer = new Name(in);
      // Nearly every signer is the origin: share its Name rather than keep 100k+ copies.
      if (signer.equals(origin)) {
        signer = origin;
      }
      return new RrsigFields(
          record,
          covered,
          algorithm,
          labels,
          originalTtl,
          expiration,
          inception,
          keyTag,
          signer,
          in.current());
    } catch (WireParseException e) {
      return null;
    }
  }

  /** "the RRSIG over the A RRset of 'www.example.com.' by key 12345": which one, for messages. */
  public String describe() {
    return "the RRSIG over the "
        + Type.string(typeCovered)
        + " RRset of '"
        + record.owner()
        + "' by key "
        + keyTag;
  }

  /** The signature bytes. */
  public byte[] signature() {
    byte[] rdata = record.rdata();
    return Arrays.copyOfRange(rdata, signedPrefixLength, rdata.length);
  }

  /**
   * The expiration as an instant, the 32-bit value read in serial arithmetic around {@code now}.
   */
  public Instant expirationAround(Instant now) {
    return serialTime(expiration, now);
  }

  /** The inception as an instant, read as {@link #expirationAround} does. */
  public Instant inceptionAround(Instant now) {
    return serialTime(inception, now);
  }

  /**
   * RFC 4034 §3.1.5: times are seconds modulo 2^32, compared with RFC 1982 serial arithmetic, so
   * the instant meant is the one within 68 years of now.
   */
  static Instant serialTime(long value, Instant now) {
    long nowSeconds = now.getEpochSecond();
    int delta = (int) (value - nowSeconds);
    return Instant.ofEpochSecond(nowSeconds + delta);
  }
}

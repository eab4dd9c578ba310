package dev.zonelint.dnssec;

import dev.zonelint.zone.CommonTypes;
import dev.zonelint.zone.ZoneRecord;
import java.time.Instant;
import java.util.Arrays;
import org.xbill.DNS.DNSInput;
import org.xbill.DNS.Name;
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

  /** Where the signer's name starts in RRSIG RDATA, after the fixed fields. */
  private static final int SIGNER_AT = 18;

  /**
   * Reads an RRSIG record; null when its RDATA is too short to hold the fields or its signer is no
   * name. {@code originWire} is the origin's canonical wire form (null without an origin): a signer
   * written as the origin (nearly every one) is matched in place and shares the origin's Name,
   * where decoding made a Name and four buffers for each of 100k+ signatures.
   */
  static RrsigFields of(ZoneRecord record, Name origin, byte[] originWire) {
    if (record.rdataLength() <= SIGNER_AT) {
      return null;
    }
    // Label lengths are below 64, so folding every octet of a name folds only its letters.
    if (originWire != null && record.rdataHoldsIgnoringCase(SIGNER_AT, originWire)) {
      return withSigner(record, origin, SIGNER_AT + originWire.length);
    }
    DNSInput in = new DNSInput(record.rdataBuffer());
    in.jump(SIGNER_AT);
    try {
      Name signer = new Name(in);
      return withSigner(record, signer, in.current());
    } catch (WireParseException e) {
      return null;
    }
  }

  /** The fields, the fixed ones read from the record, the signer's name ending at {@code end}. */
  private static RrsigFields withSigner(ZoneRecord record, Name signer, int end) {
    return new RrsigFields(
        record,
        u16(record, 0),
        record.rdataOctet(2),
        record.rdataOctet(3),
        u32(record, 4),
        u32(record, 8),
        u32(record, 12),
        u16(record, 16),
        signer,
        end);
  }

  private static int u16(ZoneRecord record, int at) {
    return record.rdataOctet(at) << 8 | record.rdataOctet(at + 1);
  }

  private static long u32(ZoneRecord record, int at) {
    return (long) u16(record, at) << 16 | u16(record, at + 2);
  }

  /** "the RRSIG over the A RRset of 'www.example.com.' by key 12345": which one, for messages. */
  public String describe() {
    return "the RRSIG over the "
        + CommonTypes.name(typeCovered)
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
    return Instant.ofEpochSecond(nowSeconds + serialDelta(value, nowSeconds));
  }

  /**
   * Seconds from {@code nowSeconds} to the expiration, read as {@link #expirationAround} does: for
   * the many signatures far from any limit, a check without an instant.
   */
  public long secondsToExpiration(long nowSeconds) {
    return serialDelta(expiration, nowSeconds);
  }

  /** Seconds from {@code nowSeconds} to the inception, read as {@link #inceptionAround} does. */
  public long secondsToInception(long nowSeconds) {
    return serialDelta(inception, nowSeconds);
  }

  private static long serialDelta(long value, long nowSeconds) {
    return (int) (value - nowSeconds);
  }
}

package dev.zonelint.zone;

import org.xbill.DNS.DNSInput;
import org.xbill.DNS.Name;
import org.xbill.DNS.WireParseException;

/**
 * An SOA record's fields (RFC 1035 §3.3.13), read from its wire RDATA rather than through a dnsjava
 * record: the first dnsjava record made initialises its {@code Record} class, whose {@code
 * DecimalFormat} loads locale data, about 8 ms of a small check's start.
 */
public record SoaFields(
    Name mname, Name rname, long serial, long refresh, long retry, long expire, long minimum) {

  /** The fields of SOA RDATA in uncompressed wire form. */
  public static SoaFields of(byte[] rdata) throws WireParseException {
    DNSInput in = new DNSInput(rdata);
    Name mname = new Name(in);
    Name rname = new Name(in);
    SoaFields soa =
        new SoaFields(
            mname, rname, in.readU32(), in.readU32(), in.readU32(), in.readU32(), in.readU32());
    if (in.remaining() != 0) {
      throw new WireParseException("SOA RDATA longer than its fields");
    }
    return soa;
  }

  /** The fields of a stored SOA record, whose RDATA the parser has already checked. */
  public static SoaFields of(ZoneRecord soa) {
    try {
      return of(soa.rdata());
    } catch (WireParseException e) {
      throw new IllegalStateException("stored SOA RDATA does not decode", e);
    }
  }
}

package dev.zonelint.dnssec;

import dev.zonelint.zone.ZoneRecord;
import java.util.Arrays;
import org.xbill.DNS.Name;

/** The fields of a DS or CDS record (RFC 4034 §5.1), read from its wire RDATA. */
public record DsFields(ZoneRecord record, int keyTag, int algorithm, int digestType) {

  /** Reads a DS or CDS; null when its RDATA is too short to hold the fixed fields. */
  public static DsFields of(ZoneRecord record) {
    byte[] rdata = record.rdata();
    if (rdata.length < 4) {
      return null;
    }
    return new DsFields(
        record, ((rdata[0] & 0xff) << 8) | (rdata[1] & 0xff), rdata[2] & 0xff, rdata[3] & 0xff);
  }

  /** The digest octets (possibly none). */
  public byte[] digest() {
    byte[] rdata = record.rdata();
    return Arrays.copyOfRange(rdata, 4, rdata.length);
  }

  /** RFC 8078 §4: {@code CDS 0 0 0 00} asks the parent to remove the DS. */
  public boolean isDeleteForm() {
    return keyTag == 0 && algorithm == 0 && digestType == 0 && Arrays.equals(digest(), new byte[1]);
  }

  /** Whether this DS or CDS describes the DNSKEY with this owner, RDATA and key tag. */
  public boolean matches(Name owner, byte[] dnskeyRdata, int dnskeyTag) {
    if (keyTag != dnskeyTag || dnskeyRdata.length < 4 || algorithm != (dnskeyRdata[3] & 0xff)) {
      return false;
    }
    DsDigest type = DsDigest.of(digestType);
    byte[] expected = type == null ? null : type.digest(owner, dnskeyRdata);
    // A digest not computable here (GOST, unassigned types) is trusted once tag and algorithm
    // agree.
    return expected == null || Arrays.equals(expected, digest());
  }
}

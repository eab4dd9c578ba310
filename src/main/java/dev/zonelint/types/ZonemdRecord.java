package dev.zonelint.types;

import java.io.IOException;
import java.util.HexFormat;
import org.xbill.DNS.Compression;
import org.xbill.DNS.DNSInput;
import org.xbill.DNS.DNSOutput;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.Tokenizer;

/**
 * ZONEMD (RFC 8976 §2.3): serial, scheme, hash algorithm and a hex digest of at least 12 octets
 * (§2.2.4). dnsjava also wants a SHA-384 digest to be 48 octets whatever the scheme, which refuses
 * the RFC's own Appendix A.3 example (a private scheme, 241, with hash algorithm 1 and 20 octets);
 * whether a digest can verify is {@code dnssec-zonemd-invalid}'s question.
 */
@SuppressWarnings("serial") // never serialized
final class ZonemdRecord extends Record {
  /** RFC 8976 §2.2.4. */
  static final int MIN_DIGEST = 12;

  private long serial;
  private int scheme;
  private int hash;
  private byte[] digest;

  @Override
  protected void rrFromWire(DNSInput in) throws IOException {
    serial = in.readU32();
    scheme = in.readU8();
    hash = in.readU8();
    digest = in.readByteArray();
  }

  @Override
  protected void rdataFromString(Tokenizer st, Name origin) throws IOException {
    serial = st.getUInt32();
    scheme = st.getUInt8();
    hash = st.getUInt8();
    digest = st.getHex(true);
    if (digest.length < MIN_DIGEST) {
      throw st.exception(
          "the digest is "
              + digest.length
              + " octets, and RFC 8976 wants at least "
              + MIN_DIGEST
              + " (section 2.2.4)");
    }
  }

  @Override
  protected String rrToString() {
    return serial
        + " "
        + scheme
        + " "
        + hash
        + " "
        + HexFormat.of().withUpperCase().formatHex(digest);
  }

  @Override
  protected void rrToWire(DNSOutput out, Compression c, boolean canonical) {
    out.writeU32(serial);
    out.writeU8(scheme);
    out.writeU8(hash);
    out.writeByteArray(digest);
  }
}

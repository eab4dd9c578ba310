package dev.zonelint.types;

import java.io.IOException;
import java.util.Base64;
import org.xbill.DNS.Compression;
import org.xbill.DNS.DNSInput;
import org.xbill.DNS.DNSOutput;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.Tokenizer;

/**
 * HHIT and BRID (RFC 9886): opaque data written as base64, white space allowed, at least one octet
 * (as BIND reads them).
 */
@SuppressWarnings("serial") // never serialized
final class Base64Record extends Record {
  private byte[] data;

  @Override
  protected void rrFromWire(DNSInput in) {
    data = in.readByteArray();
  }

  @Override
  protected void rdataFromString(Tokenizer st, Name origin) throws IOException {
    data = st.getBase64(true);
  }

  @Override
  protected String rrToString() {
    return Base64.getEncoder().encodeToString(data);
  }

  @Override
  protected void rrToWire(DNSOutput out, Compression c, boolean canonical) {
    out.writeByteArray(data);
  }
}

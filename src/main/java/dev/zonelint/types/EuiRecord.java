package dev.zonelint.types;

import java.io.IOException;
import java.util.Locale;
import org.xbill.DNS.Compression;
import org.xbill.DNS.DNSInput;
import org.xbill.DNS.DNSOutput;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Tokenizer;
import org.xbill.DNS.Type;

/**
 * EUI48 and EUI64 (RFC 7043 §3.2, §4.2): six or eight octets written as hex pairs joined by
 * hyphens, {@code 00-00-5e-00-53-2a}.
 */
@SuppressWarnings("serial") // never serialized
final class EuiRecord extends Record {
  private byte[] address;

  private int octets() {
    return type == Type.EUI48 ? 6 : 8;
  }

  @Override
  protected void rrFromWire(DNSInput in) throws IOException {
    address = in.readByteArray(octets());
  }

  @Override
  protected void rdataFromString(Tokenizer st, Name origin) throws IOException {
    String text = st.getString();
    int n = octets();
    if (text.length() != 3 * n - 1) {
      throw malformed(st, n, text);
    }
    address = new byte[n];
    for (int i = 0; i < n; i++) {
      int high = Character.digit(text.charAt(3 * i), 16);
      int low = Character.digit(text.charAt(3 * i + 1), 16);
      if (high < 0 || low < 0 || (i > 0 && text.charAt(3 * i - 1) != '-')) {
        throw malformed(st, n, text);
      }
      address[i] = (byte) (high << 4 | low);
    }
  }

  private static TextParseException malformed(Tokenizer st, int octets, String text) {
    return st.exception(
        "expected "
            + octets
            + " hex pairs joined by '-' like 00-00-5e-00-53-2a, not '"
            + text
            + "'");
  }

  @Override
  protected String rrToString() {
    StringBuilder out = new StringBuilder();
    for (byte b : address) {
      out.append(out.length() > 0 ? "-" : "").append(String.format(Locale.ROOT, "%02x", b & 0xFF));
    }
    return out.toString();
  }

  @Override
  protected void rrToWire(DNSOutput out, Compression c, boolean canonical) {
    out.writeByteArray(address);
  }
}

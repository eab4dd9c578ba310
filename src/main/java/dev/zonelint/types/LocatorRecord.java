package dev.zonelint.types;

import java.io.IOException;
import java.util.Locale;
import org.xbill.DNS.Address;
import org.xbill.DNS.Compression;
import org.xbill.DNS.DNSInput;
import org.xbill.DNS.DNSOutput;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.Tokenizer;
import org.xbill.DNS.Type;

/**
 * The ILNP records (RFC 6742 §2): a preference, then for NID and L64 64 bits written as four groups
 * of four hex digits ({@code 0014:4fff:ff20:ee64}), for L32 an IPv4 address, for LP a name.
 */
@SuppressWarnings("serial") // never serialized
final class LocatorRecord extends Record {
  private int preference;
  private byte[] locator;
  private Name host;

  @Override
  protected void rrFromWire(DNSInput in) throws IOException {
    preference = in.readU16();
    if (type == Type.LP) {
      host = new Name(in);
    } else {
      locator = in.readByteArray(type == Type.L32 ? 4 : 8);
    }
  }

  @Override
  protected void rdataFromString(Tokenizer st, Name origin) throws IOException {
    preference = st.getUInt16();
    if (type == Type.LP) {
      host = st.getName(origin);
    } else if (type == Type.L32) {
      locator = st.getAddressBytes(Address.IPv4);
    } else {
      locator = groups(st, st.getString());
    }
  }

  /** Four colon-separated groups of exactly four hex digits, as RFC 6742 §2.1.3 writes them. */
  private static byte[] groups(Tokenizer st, String text) throws IOException {
    if (text.length() != 19) {
      throw st.exception("expected four groups of four hex digits like 0014:4fff:ff20:ee64");
    }
    byte[] out = new byte[8];
    for (int g = 0; g < 4; g++) {
      if (g > 0 && text.charAt(5 * g - 1) != ':') {
        throw st.exception("expected ':' between the groups of '" + text + "'");
      }
      for (int k = 0; k < 4; k++) {
        int nibble = Character.digit(text.charAt(5 * g + k), 16);
        if (nibble < 0) {
          throw st.exception(
              "'" + text.charAt(5 * g + k) + "' is not a hex digit in '" + text + "'");
        }
        out[2 * g + k / 2] |= (byte) (k % 2 == 0 ? nibble << 4 : nibble);
      }
    }
    return out;
  }

  @Override
  protected String rrToString() {
    if (type == Type.LP) {
      return preference + " " + host;
    }
    if (type == Type.L32) {
      return preference + " " + Address.toDottedQuad(locator);
    }
    StringBuilder out = new StringBuilder().append(preference).append(' ');
    for (int g = 0; g < 4; g++) {
      out.append(g > 0 ? ":" : "")
          .append(
              String.format(
                  Locale.ROOT, "%02x%02x", locator[2 * g] & 0xFF, locator[2 * g + 1] & 0xFF));
    }
    return out.toString();
  }

  @Override
  protected void rrToWire(DNSOutput out, Compression c, boolean canonical) {
    out.writeU16(preference);
    if (type == Type.LP) {
      host.toWire(out, null, canonical);
    } else {
      out.writeByteArray(locator);
    }
  }
}

package dev.zonelint.types;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.xbill.DNS.Address;
import org.xbill.DNS.Compression;
import org.xbill.DNS.DNSInput;
import org.xbill.DNS.DNSOutput;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.Tokenizer;
import org.xbill.DNS.WireParseException;

/**
 * AMTRELAY (RFC 8777 §4.3): precedence, discovery-optional bit, relay type and the relay: none
 * ({@code .}, type 0), an IPv4 (1) or IPv6 (2) address, or a name (3).
 */
@SuppressWarnings("serial") // never serialized
final class AmtrelayRecord extends Record {
  private int precedence;
  private boolean discoveryOptional;
  private int relayType;
  private byte[] address;
  private Name relay;

  @Override
  protected void rrFromWire(DNSInput in) throws IOException {
    precedence = in.readU8();
    int second = in.readU8();
    discoveryOptional = (second & 0x80) != 0;
    relayType = second & 0x7F;
    switch (relayType) {
      case 0 -> {}
      case 1 -> address = in.readByteArray(4);
      case 2 -> address = in.readByteArray(16);
      case 3 -> relay = new Name(in);
      default -> throw new WireParseException("AMTRELAY relay type " + relayType);
    }
  }

  @Override
  protected void rdataFromString(Tokenizer st, Name origin) throws IOException {
    precedence = st.getUInt8();
    int d = st.getUInt8();
    if (d > 1) {
      throw st.exception("the discovery-optional field is 0 or 1, not " + d);
    }
    discoveryOptional = d == 1;
    relayType = st.getUInt8();
    switch (relayType) {
      case 0 -> {
        String none = st.getString();
        if (!none.equals(".")) {
          throw st.exception("relay type 0 has no relay, written '.', not '" + none + "'");
        }
      }
      case 1 -> address = st.getAddressBytes(Address.IPv4);
      case 2 -> address = st.getAddressBytes(Address.IPv6);
      case 3 -> relay = st.getName(origin);
      default -> throw st.exception("the relay type is 0 to 3, not " + relayType);
    }
  }

  @Override
  protected String rrToString() {
    String head = precedence + " " + (discoveryOptional ? 1 : 0) + " " + relayType + " ";
    return switch (relayType) {
      case 0 -> head + ".";
      case 3 -> head + relay;
      default -> head + text(address);
    };
  }

  private static String text(byte[] address) {
    try {
      return InetAddress.getByAddress(address).getHostAddress();
    } catch (UnknownHostException e) {
      throw new IllegalStateException("an address of " + address.length + " octets", e);
    }
  }

  @Override
  protected void rrToWire(DNSOutput out, Compression c, boolean canonical) {
    out.writeU8(precedence);
    out.writeU8((discoveryOptional ? 0x80 : 0) | relayType);
    if (relayType == 3) {
      relay.toWire(out, null, canonical);
    } else if (address != null) {
      out.writeByteArray(address);
    }
  }
}

package dev.zonelint.types;

import java.io.IOException;
import org.xbill.DNS.Compression;
import org.xbill.DNS.DNSInput;
import org.xbill.DNS.DNSOutput;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.Tokenizer;
import org.xbill.DNS.Type;

/**
 * DSYNC (RFC 9859 §2): where a child's operator sends notifications, as {@code RRtype Scheme Port
 * Target}, e.g. {@code CDS NOTIFY 5359 cds-scanner.example.net.}.
 */
@SuppressWarnings("serial") // never serialized
final class DsyncRecord extends Record {
  /** The one scheme RFC 9859 §2.2 defines. */
  private static final int NOTIFY = 1;

  private int rrType;
  private int scheme;
  private int port;
  private Name target;

  @Override
  protected void rrFromWire(DNSInput in) throws IOException {
    rrType = in.readU16();
    scheme = in.readU8();
    port = in.readU16();
    target = new Name(in);
  }

  @Override
  protected void rdataFromString(Tokenizer st, Name origin) throws IOException {
    String typeText = st.getString();
    rrType = Type.value(typeText);
    if (rrType < 0) {
      throw st.exception("unknown record type '" + typeText + "'");
    }
    String schemeText = st.getString();
    scheme = schemeText.equalsIgnoreCase("NOTIFY") ? NOTIFY : number(st, schemeText);
    port = st.getUInt16();
    target = st.getName(origin);
  }

  private static int number(Tokenizer st, String text) throws IOException {
    if (!text.isEmpty() && text.length() <= 3 && text.chars().allMatch(Character::isDigit)) {
      int value = Integer.parseInt(text);
      if (value <= 255) {
        return value;
      }
    }
    throw st.exception("the DSYNC scheme is NOTIFY or a number from 0 to 255, not '" + text + "'");
  }

  @Override
  protected String rrToString() {
    return Type.string(rrType)
        + " "
        + (scheme == NOTIFY ? "NOTIFY" : Integer.toString(scheme))
        + " "
        + port
        + " "
        + target;
  }

  @Override
  protected void rrToWire(DNSOutput out, Compression c, boolean canonical) {
    out.writeU16(rrType);
    out.writeU8(scheme);
    out.writeU16(port);
    target.toWire(out, null, canonical);
  }
}

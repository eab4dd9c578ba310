package dev.zonelint.types;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import org.xbill.DNS.Compression;
import org.xbill.DNS.DNSInput;
import org.xbill.DNS.DNSOutput;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.Tokenizer;
import org.xbill.DNS.Type;
import org.xbill.DNS.WireParseException;

/**
 * CSYNC (RFC 7477 §2.1): the child's SOA serial, flags and the types the parent should copy, as
 * {@code 66 3 A NS AAAA}.
 */
@SuppressWarnings("serial") // never serialized
final class CsyncRecord extends Record {
  private long serial;
  private int flags;
  private int[] types;

  @Override
  protected void rrFromWire(DNSInput in) throws IOException {
    serial = in.readU32();
    flags = in.readU16();
    types = TypeBits.read(in.readByteArray(), 0, true);
    if (types == null) {
      throw new WireParseException("malformed type bitmap");
    }
  }

  @Override
  protected void rdataFromString(Tokenizer st, Name origin) throws IOException {
    serial = st.getUInt32();
    flags = st.getUInt16();
    int[] read = new int[8];
    int count = 0;
    for (Tokenizer.Token t = st.get(); t.isString(); t = st.get()) {
      int type = Type.value(t.value());
      if (type < 0) {
        throw st.exception("unknown record type '" + t.value() + "'");
      }
      if (count == read.length) {
        read = Arrays.copyOf(read, 2 * count);
      }
      read[count++] = type;
    }
    st.unget();
    types = Arrays.stream(read, 0, count).sorted().distinct().toArray();
  }

  @Override
  protected String rrToString() {
    StringBuilder out = new StringBuilder().append(serial).append(' ').append(flags);
    for (int type : types) {
      out.append(' ').append(Type.string(type));
    }
    return out.toString();
  }

  @Override
  protected void rrToWire(DNSOutput out, Compression c, boolean canonical) {
    out.writeU32(serial);
    out.writeU16(flags);
    ByteArrayOutputStream bits = new ByteArrayOutputStream();
    TypeBits.write(types, bits);
    out.writeByteArray(bits.toByteArray());
  }
}

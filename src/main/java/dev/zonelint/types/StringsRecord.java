package dev.zonelint.types;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.xbill.DNS.Compression;
import org.xbill.DNS.DNSInput;
import org.xbill.DNS.DNSOutput;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.Tokenizer;

/** RESINFO (RFC 9606 §2) and WALLET: one or more character-strings, written as TXT writes them. */
@SuppressWarnings("serial") // never serialized
final class StringsRecord extends Record {
  private final List<byte[]> strings = new ArrayList<>();

  @Override
  protected void rrFromWire(DNSInput in) throws IOException {
    while (in.remaining() > 0) {
      strings.add(in.readCountedString());
    }
  }

  @Override
  protected void rdataFromString(Tokenizer st, Name origin) throws IOException {
    for (Tokenizer.Token t = st.get(); t.isString(); t = st.get()) {
      strings.add(byteArrayFromString(t.value()));
    }
    st.unget();
    if (strings.isEmpty()) {
      throw st.exception("at least one character-string is needed");
    }
  }

  @Override
  protected String rrToString() {
    StringBuilder out = new StringBuilder();
    for (byte[] s : strings) {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(byteArrayToString(s, true));
    }
    return out.toString();
  }

  @Override
  protected void rrToWire(DNSOutput out, Compression c, boolean canonical) {
    for (byte[] s : strings) {
      out.writeCountedString(s);
    }
  }
}

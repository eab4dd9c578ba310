package dev.zonelint.check.rules.structure;

import dev.zonelint.zone.CanonicalRdata;
import dev.zonelint.zone.RecordKind;
import dev.zonelint.zone.ZoneRecord;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * What makes two records at one owner "the same record" (RFC 2181 §5): type, kind and RDATA in
 * canonical form ({@link CanonicalRdata}).
 */
record RdataKey(RecordKind kind, int type, String rdata, String extra) {

  static RdataKey of(ZoneRecord r) {
    byte[] bytes;
    if (r.isPseudo()) {
      bytes = r.target().toWireCanonical();
    } else {
      bytes = CanonicalRdata.of(r);
    }
    // ISO-8859-1 maps every byte to one char, so the string is a lossless, hashable copy.
    return new RdataKey(
        r.kind(), r.type(), new String(bytes, StandardCharsets.ISO_8859_1), r.extra());
  }

  // Written out: a record's generated equals/hashCode link through method handles on first use,
  // about 10 ms of a small zone's cold start (every check of a zone with records gets here).
  @Override
  public boolean equals(Object o) {
    return o instanceof RdataKey k
        && kind == k.kind
        && type == k.type
        && rdata.equals(k.rdata)
        && Objects.equals(extra, k.extra);
  }

  @Override
  public int hashCode() {
    return ((kind.hashCode() * 31 + type) * 31 + rdata.hashCode()) * 31 + Objects.hashCode(extra);
  }
}

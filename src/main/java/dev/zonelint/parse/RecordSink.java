package dev.zonelint.parse;

import dev.zonelint.zone.RecordKind;
import dev.zonelint.zone.SourceSpan;
import dev.zonelint.zone.Zone;
import org.xbill.DNS.Name;

/** Where a parser puts the files and records it reads. */
interface RecordSink {
  /** Registers a file read; its index goes into the records' source spans. */
  int addFile(String displayPath);

  long recordCount();

  void add(
      Name owner,
      RecordKind kind,
      int type,
      int dclass,
      long ttl,
      byte[] rdata,
      SourceSpan span,
      int flags,
      String extra);

  /** Straight into the zone being built. */
  static RecordSink of(Zone.Builder zone) {
    return new RecordSink() {
      @Override
      public int addFile(String displayPath) {
        return zone.addFile(displayPath);
      }

      @Override
      public long recordCount() {
        return zone.recordCount();
      }

      @Override
      public void add(
          Name owner,
          RecordKind kind,
          int type,
          int dclass,
          long ttl,
          byte[] rdata,
          SourceSpan span,
          int flags,
          String extra) {
        zone.add(owner, kind, type, dclass, ttl, rdata, span, flags, extra);
      }
    };
  }
}

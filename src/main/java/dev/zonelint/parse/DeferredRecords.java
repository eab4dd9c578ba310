package dev.zonelint.parse;

import dev.zonelint.zone.RecordKind;
import dev.zonelint.zone.SourceSpan;
import dev.zonelint.zone.Zone;
import java.util.ArrayList;
import java.util.List;
import org.xbill.DNS.Name;

/**
 * The records of a later part of a file, kept until the parts before it are in the zone. Files it
 * includes get provisional indices below zero, renumbered in order when the records are added.
 */
final class DeferredRecords implements RecordSink {
  /** One record's fields as the parser passed them (a class: a record may not hold an array). */
  private static final class Pending {
    final Name owner;
    final RecordKind kind;
    final int type;
    final int dclass;
    final long ttl;
    final byte[] rdata;
    final SourceSpan span;
    final int flags;
    final String extra;

    Pending(
        Name owner,
        RecordKind kind,
        int type,
        int dclass,
        long ttl,
        byte[] rdata,
        SourceSpan span,
        int flags,
        String extra) {
      this.owner = owner;
      this.kind = kind;
      this.type = type;
      this.dclass = dclass;
      this.ttl = ttl;
      this.rdata = rdata;
      this.span = span;
      this.flags = flags;
      this.extra = extra;
    }
  }

  private final List<Pending> records = new ArrayList<>();
  private final List<String> files = new ArrayList<>();

  @Override
  public int addFile(String displayPath) {
    files.add(displayPath);
    return -files.size();
  }

  @Override
  public long recordCount() {
    return records.size();
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
    records.add(new Pending(owner, kind, type, dclass, ttl, rdata, span, flags, extra));
  }

  /** Adds the files and records to the zone, after what it holds. */
  void addTo(Zone.Builder zone) {
    int[] fileIndex = new int[files.size()];
    for (int i = 0; i < files.size(); i++) {
      fileIndex[i] = zone.addFile(files.get(i));
    }
    for (Pending p : records) {
      SourceSpan span = p.span;
      if (span.file() < 0) {
        span =
            new SourceSpan(
                fileIndex[-span.file() - 1],
                span.line(),
                span.column(),
                span.startOffset(),
                span.endOffset());
      }
      zone.add(p.owner, p.kind, p.type, p.dclass, p.ttl, p.rdata, span, p.flags, p.extra);
    }
  }
}

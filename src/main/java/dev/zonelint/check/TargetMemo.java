package dev.zonelint.check;

import dev.zonelint.zone.Node;
import dev.zonelint.zone.Zone;
import dev.zonelint.zone.ZoneRecord;
import org.xbill.DNS.Name;

/**
 * The target names of the records of the name being checked, decoded once for all the rules that
 * follow them: up to four rules read each NS or MX target and three each CNAME's, and decoding a
 * name from the stored RDATA costs about a microsecond (a million-record zone has ~250,000 such
 * records). Forgets everything when asked about another name. One per thread: not thread-safe.
 */
final class TargetMemo {
  /** Records of one name remembered; a name with more decodes the rest each time. */
  private static final int CAPACITY = 8;

  private final Zone zone;
  private final ZoneRecord[] records = new ZoneRecord[CAPACITY];
  private final Name[] targets = new Name[CAPACITY];
  private Node node;
  private int size;

  TargetMemo(Zone zone) {
    this.zone = zone;
  }

  /** {@link Zone#target}, remembered while the rules look at the same name. */
  // Identity is the point: the same node and record objects, not equal names.
  @SuppressWarnings("ReferenceEquality")
  Name target(ZoneRecord record) {
    if (record.node() != node) {
      node = record.node();
      size = 0;
    }
    for (int i = 0; i < size; i++) {
      if (records[i] == record) {
        return targets[i];
      }
    }
    Name target = zone.target(record);
    if (size < CAPACITY) {
      records[size] = record;
      targets[size++] = target;
    }
    return target;
  }
}

package dev.zonelint.zone;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.xbill.DNS.Name;
import org.xbill.DNS.Type;

/**
 * One owner name of the zone with every record written for it, in file order. Structural facts
 * (apex, delegation, occlusion) are set when the {@link Zone} is built.
 *
 * <p>A node is its name: it extends dnsjava's {@code Name} rather than holding one, which saves an
 * object and 16 bytes per name (a million on a large zone, each copied by the collector while the
 * zone is read). Equality is therefore the name's, which within a zone is the node's identity: a
 * zone has one node per name.
 */
@SuppressWarnings("serial") // never serialized; Name is Serializable for dnsjava's own uses
public final class Node extends Name {
  // Most names own one record: it is held alone (a ZoneRecord). Names with more hold an array,
  // doubled while the zone is read (empty slots null) and cut to size when the zone is built: an
  // ArrayList and its array were 56 bytes a name, a million of them on a 5M-record zone.
  private Object records;
  // Which real types (below 128) the node owns, so that the many "has it an X?" questions rules
  // ask of every name cost a bit test instead of a walk over the records.
  private long typesLow;
  private long typesHigh;
  private boolean hasPseudo;
  private Node cut;
  private Node dname;
  private boolean apex;
  private boolean outOfZone;

  Node(Name name) {
    super(name, 0);
  }

  /** The node of {@code name} without its first {@code strip} labels (an ancestor of it). */
  Node(Name name, int strip) {
    super(name, strip);
  }

  /** This node as its name. */
  public Name name() {
    return this;
  }

  /** Every record at this name in file order, duplicates included. */
  public List<ZoneRecord> records() {
    if (records == null) {
      return List.of();
    }
    if (records instanceof ZoneRecord single) {
      return List.of(single);
    }
    List<ZoneRecord> all = Arrays.asList((ZoneRecord[]) records);
    int n = recordCount();
    return Collections.unmodifiableList(n == all.size() ? all : all.subList(0, n));
  }

  /**
   * How many records the name owns; with {@link #record(int)}, a walk over them that allocates
   * nothing (the checker runs with C1 alone, which does not remove the list view and iterator that
   * {@link #records()} and a for-each loop make: 0.2 GB on a million-record zone).
   */
  public int recordCount() {
    if (records == null) {
      return 0;
    }
    if (records instanceof ZoneRecord) {
      return 1;
    }
    ZoneRecord[] many = (ZoneRecord[]) records;
    if (many[many.length - 1] != null) {
      return many.length;
    }
    // Filled from the start: the first empty slot, by halving.
    int low = 2;
    int high = many.length - 1;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (many[mid] == null) {
        high = mid;
      } else {
        low = mid + 1;
      }
    }
    return low;
  }

  /** The {@code i}th record in file order, {@code 0 <= i < recordCount()}. */
  public ZoneRecord record(int i) {
    if (records instanceof ZoneRecord single) {
      if (i != 0) {
        throw new IndexOutOfBoundsException(i);
      }
      return single;
    }
    ZoneRecord r = records == null ? null : ((ZoneRecord[]) records)[i];
    if (r == null) {
      throw new IndexOutOfBoundsException(i);
    }
    return r;
  }

  /** The real DNS records of one type (pseudo-records excluded), in file order. */
  public List<ZoneRecord> records(int type) {
    if (!mayHave(type)) {
      return List.of();
    }
    List<ZoneRecord> out = null;
    for (int i = 0, n = recordCount(); i < n; i++) {
      ZoneRecord r = record(i);
      if (r.type() == type && !r.isPseudo()) {
        if (out == null) {
          out = new ArrayList<>(2);
        }
        out.add(r);
      }
    }
    return out == null ? List.of() : out;
  }

  /** The first real record of a type, or null. */
  public ZoneRecord first(int type) {
    if (!mayHave(type)) {
      return null;
    }
    for (int i = 0, n = recordCount(); i < n; i++) {
      ZoneRecord r = record(i);
      if (r.type() == type && !r.isPseudo()) {
        return r;
      }
    }
    return null;
  }

  public boolean has(int type) {
    if (type < 128) {
      return mayHave(type);
    }
    return first(type) != null;
  }

  /** The types below 64 the name owns real records of, bit {@code t} for type {@code t}. */
  public long typesBelow64() {
    return typesLow;
  }

  /** The types 64 to 127 the name owns real records of, bit {@code t - 64} for type {@code t}. */
  public long types64To127() {
    return typesHigh;
  }

  /** Exact for types below 128; for others, true when a walk is needed to know. */
  private boolean mayHave(int type) {
    if (type < 64) {
      return (typesLow & (1L << type)) != 0;
    }
    if (type < 128) {
      return (typesHigh & (1L << (type - 64))) != 0;
    }
    return true;
  }

  /**
   * Whether every record here is of a type of its own (real records, types below 128): then no two
   * form an RRset or repeat each other, which rules about RRsets can tell without a map.
   */
  public boolean typesAllDistinct() {
    return !hasPseudo && Long.bitCount(typesLow) + Long.bitCount(typesHigh) == recordCount();
  }

  /** Whether the name owns a pseudo-record (ALIAS and kin). */
  public boolean hasPseudoRecords() {
    return hasPseudo;
  }

  /** Whether the name owns an A or AAAA record, or an address pseudo-record (ALIAS and kin). */
  public boolean hasAddress() {
    return hasPseudo || has(Type.A) || has(Type.AAAA);
  }

  /** A name with no records of its own that exists because names below it do (RFC 4592 §2.2.2). */
  public boolean isEmptyNonTerminal() {
    return records == null;
  }

  public boolean isApex() {
    return apex;
  }

  /** A zone cut: NS records at a name other than the apex, not itself below another cut. */
  public boolean isDelegation() {
    return !apex && !outOfZone && cut == null && has(Type.NS);
  }

  /** The delegation above this name (data here is glue or occluded), or null. */
  public Node enclosingCut() {
    return cut;
  }

  /** The nearest name above this one that owns a DNAME (data here is occluded), or null. */
  public Node enclosingDname() {
    return dname;
  }

  /** The owner is not at or below the zone origin. */
  public boolean isOutOfZone() {
    return outOfZone;
  }

  /**
   * Whether the zone serves this node's own records: in zone, not at or below a zone cut and not
   * below a DNAME. Records elsewhere are glue or occluded.
   */
  public boolean isServed() {
    return !outOfZone && !isDelegation() && cut == null && dname == null;
  }

  /** Whether NS records here are used: the zone's own or a delegation's, not below a DNAME. */
  public boolean nsInEffect() {
    return (apex || isDelegation()) && dname == null;
  }

  public boolean isWildcard() {
    return isWild();
  }

  void add(ZoneRecord record) {
    if (records == null) {
      records = record;
    } else if (records instanceof ZoneRecord single) {
      records = new ZoneRecord[] {single, record};
    } else {
      ZoneRecord[] many = (ZoneRecord[]) records;
      int n = recordCount();
      if (n == many.length) {
        many = Arrays.copyOf(many, 2 * n);
        records = many;
      }
      many[n] = record;
    }
    if (record.isPseudo()) {
      hasPseudo = true;
    } else if (record.type() < 64) {
      typesLow |= 1L << record.type();
    } else if (record.type() < 128) {
      typesHigh |= 1L << (record.type() - 64);
    }
  }

  /** Cuts the array of records to their number, once the zone is read. */
  void trimRecords() {
    if (records instanceof ZoneRecord[] many && many[many.length - 1] == null) {
      records = Arrays.copyOf(many, recordCount());
    }
  }

  void link(Node parent, boolean isApex) {
    this.apex = isApex;
    if (parent != null) {
      this.cut = parent.isDelegation() ? parent : parent.cut;
      this.dname = parent.has(Type.DNAME) ? parent : parent.dname;
    }
  }

  void markOutOfZone() {
    this.outOfZone = true;
  }
}

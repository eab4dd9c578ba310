package dev.zonelint.zone;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.xbill.DNS.Name;
import org.xbill.DNS.Type;

/**
 * One owner name of the zone with every record written for it, in file order. Structural facts
 * (apex, delegation, occlusion) are set when the {@link Zone} is built.
 */
public final class Node {
  private final Name name;
  private List<ZoneRecord> records = List.of();
  private Node parent;
  private Node cut;
  private Node dname;
  private boolean apex;
  private boolean outOfZone;

  Node(Name name) {
    this.name = name;
  }

  public Name name() {
    return name;
  }

  /** Every record at this name in file order, duplicates included. */
  public List<ZoneRecord> records() {
    return Collections.unmodifiableList(records);
  }

  /** The real DNS records of one type (pseudo-records excluded), in file order. */
  public List<ZoneRecord> records(int type) {
    List<ZoneRecord> out = null;
    for (ZoneRecord r : records) {
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
    for (ZoneRecord r : records) {
      if (r.type() == type && !r.isPseudo()) {
        return r;
      }
    }
    return null;
  }

  public boolean has(int type) {
    return first(type) != null;
  }

  /** Whether the name owns an A or AAAA record, or an address pseudo-record (ALIAS and kin). */
  public boolean hasAddress() {
    for (ZoneRecord r : records) {
      if (r.isPseudo() || r.type() == Type.A || r.type() == Type.AAAA) {
        return true;
      }
    }
    return false;
  }

  /** A name with no records of its own that exists because names below it do (RFC 4592 §2.2.2). */
  public boolean isEmptyNonTerminal() {
    return records.isEmpty();
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

  /** The nearest existing name above this one inside the zone, or null for the apex. */
  public Node parent() {
    return parent;
  }

  /** The owner is not at or below the zone origin. */
  public boolean isOutOfZone() {
    return outOfZone;
  }

  public boolean isWildcard() {
    return name.isWild();
  }

  void add(ZoneRecord record) {
    if (records.isEmpty()) {
      records = new ArrayList<>(2);
    }
    records.add(record);
  }

  void link(Node parent, boolean isApex) {
    this.parent = parent;
    this.apex = isApex;
    if (parent != null) {
      this.cut = parent.isDelegation() ? parent : parent.cut;
      this.dname = parent.has(Type.DNAME) ? parent : parent.dname;
    }
  }

  void markOutOfZone() {
    this.outOfZone = true;
  }

  @Override
  public String toString() {
    return name.toString();
  }
}

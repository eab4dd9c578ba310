package dev.zonelint.check.rules.mail;

import dev.zonelint.mail.dmarc.DmarcRecord;
import dev.zonelint.zone.Node;
import dev.zonelint.zone.Zone;
import dev.zonelint.zone.ZoneRecord;
import org.xbill.DNS.Name;
import org.xbill.DNS.NameTooLongException;
import org.xbill.DNS.Type;

/**
 * What this zone says about the DMARC record at {@code _dmarc.<domain>}, without the network.
 *
 * @param state whether the zone holds a record there, none, or hands the name elsewhere
 * @param name the {@code _dmarc} name looked at
 * @param record the first TXT that receivers take as DMARC (RFC 7489 §6.6.3), when FOUND
 */
public record DmarcLookup(State state, Name name, ZoneRecord record) {
  private static final Name DMARC = Name.fromConstantString("_dmarc");

  public enum State {
    /** A TXT starting v=DMARC1 is there. */
    FOUND,
    /** A CNAME, delegation or DNAME answers for the name: its record lives in another zone. */
    ELSEWHERE,
    /** Nothing receivers would take as DMARC. */
    NONE
  }

  public static DmarcLookup of(Zone zone, Name domain) {
    Name name;
    try {
      name = Name.concatenate(DMARC, domain);
    } catch (NameTooLongException e) {
      return new DmarcLookup(State.NONE, domain, null);
    }
    Node node = zone.find(name);
    if (node == null || node.isOutOfZone()) {
      return new DmarcLookup(State.NONE, name, null);
    }
    if (!node.isServed() || node.has(Type.CNAME)) {
      return new DmarcLookup(State.ELSEWHERE, name, null);
    }
    for (ZoneRecord r : node.records(Type.TXT)) {
      if (DmarcRecord.isDmarc(r.txt())) {
        return new DmarcLookup(State.FOUND, name, r);
      }
    }
    return new DmarcLookup(State.NONE, name, null);
  }

  /** The record's own {@code _dmarc} first, then the apex's (our organisational domain). */
  public static DmarcLookup applying(Zone zone, Node node) {
    DmarcLookup own = node.isWildcard() ? null : of(zone, node.name());
    if (own != null && own.state != State.NONE) {
      return own;
    }
    if (zone.apex() == null || node.isApex()) {
      return own == null ? new DmarcLookup(State.NONE, node.name(), null) : own;
    }
    DmarcLookup apex = of(zone, zone.apex().name());
    return apex.state == State.NONE && own != null ? own : apex;
  }

  /** Whether the record found is the apex's, applied to a name below it. */
  public boolean inherited(Node node) {
    return !name.equals(concatenateOrNull(node.name()));
  }

  /**
   * What keeps this lookup's policy from rejecting all failing mail from {@code node}, or null when
   * it rejects it (or the record lives elsewhere and is assumed right): the parked-name test of
   * {@code no-mail-posture} and of the inventory.
   */
  public String rejectGap(Node node) {
    switch (state) {
      case ELSEWHERE:
        return null;
      case NONE:
        return "no DMARC policy applies to it";
      default:
        break;
    }
    DmarcRecord parsed = DmarcRecord.parse(record.txt());
    boolean fromApex = inherited(node);
    DmarcRecord.Policy policy = fromApex ? parsed.subdomainPolicy() : parsed.policy();
    String where = "the DMARC record at '" + name + "'";
    if (policy == null) {
      return where + " has no valid " + (fromApex && parsed.value("sp") != null ? "sp=" : "p=");
    }
    if (policy != DmarcRecord.Policy.REJECT) {
      String tag = !fromApex ? "p=" : parsed.value("sp") != null ? "sp=" : "no sp= and p=";
      return where + " has " + tag + policy.label() + ", not reject";
    }
    if (parsed.percent() < 100) {
      return where + " applies reject to only " + parsed.percent() + "% of failing mail (pct=)";
    }
    return null;
  }

  /** The policy that applies to {@code node} (sp= when inherited), or null if none is readable. */
  public DmarcRecord.Policy policyFor(Node node) {
    if (state != State.FOUND) {
      return null;
    }
    DmarcRecord parsed = DmarcRecord.parse(record.txt());
    return inherited(node) ? parsed.subdomainPolicy() : parsed.policy();
  }

  private static Name concatenateOrNull(Name domain) {
    try {
      return Name.concatenate(DMARC, domain);
    } catch (NameTooLongException e) {
      return null;
    }
  }
}

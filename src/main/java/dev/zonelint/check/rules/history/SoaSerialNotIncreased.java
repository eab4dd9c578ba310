package dev.zonelint.check.rules.history;

import dev.zonelint.check.Category;
import dev.zonelint.check.RuleContext;
import dev.zonelint.check.RuleInfo;
import dev.zonelint.check.VersionRule;
import dev.zonelint.diag.Location;
import dev.zonelint.diag.Related;
import dev.zonelint.diag.Severity;
import dev.zonelint.zone.Node;
import dev.zonelint.zone.SoaFields;
import dev.zonelint.zone.Zone;
import dev.zonelint.zone.ZoneRecord;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.xbill.DNS.Type;

/**
 * Secondaries transfer a zone only when its SOA serial is greater than theirs in RFC 1982 serial
 * arithmetic (RFC 1034 §4.3.5, RFC 1996 §3), so a change committed without raising the serial, or
 * with a serial that went backwards, stays invisible to them. Compares the records of both versions
 * with the serial blanked out: a reordered or reformatted file is no change.
 */
public final class SoaSerialNotIncreased implements VersionRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "soa-serial-not-increased",
          "The zone's records changed but its SOA serial did not increase",
          Severity.ERROR,
          Category.STRUCTURE,
          "RFC 1982 §3.2",
          "RFC 1034 §4.3.5",
          "RFC 1996 §3");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  private static final long MODULUS = 1L << 32;
  private static final long HALF = 1L << 31;

  @Override
  public void check(Zone previous, Zone current, RuleContext context) {
    ZoneRecord before = soa(previous);
    ZoneRecord after = soa(current);
    if (before == null
        || after == null
        || !previous.origin().equals(current.origin())
        || content(previous).equals(content(current))) {
      return;
    }
    long old = serial(before);
    long now = serial(after);
    if (increased(old, now)) {
      return;
    }
    String how =
        now == old
            ? "is still " + now
            : "went from " + old + " to " + now + ", which RFC 1982 counts as no increase";
    context.report(
        after,
        "the zone's records changed but its SOA serial "
            + how
            + ": secondaries keep serving the previous version",
        "raise the serial above " + old + ", e.g. to " + ((old + 1) % MODULUS),
        List.of(
            new Related(
                new Location(previous.files().get(before.file()), before.line(), before.column()),
                "the previous version's SOA, serial " + old)));
  }

  /**
   * Whether {@code now} is greater than {@code old} in RFC 1982 §3.2 serial arithmetic with
   * SERIAL_BITS 32: equal serials, and those exactly 2^31 apart, are not.
   */
  static boolean increased(long old, long now) {
    long distance = Math.floorMod(now - old, MODULUS);
    return distance != 0 && distance < HALF;
  }

  private static ZoneRecord soa(Zone zone) {
    Node apex = zone.apex();
    return apex == null ? null : apex.first(Type.SOA);
  }

  private static long serial(ZoneRecord soa) {
    return SoaFields.of(soa).serial();
  }

  /**
   * Every record as text, sorted, SOA serials zeroed: what the zone serves, not how it is written.
   */
  private static List<String> content(Zone zone) {
    HexFormat hex = HexFormat.of();
    List<String> out = new ArrayList<>(zone.recordCount());
    for (ZoneRecord r : zone.records()) {
      byte[] rdata = r.rdata();
      if (r.type() == Type.SOA && !r.isPseudo() && rdata.length >= 20) {
        Arrays.fill(rdata, rdata.length - 20, rdata.length - 16, (byte) 0);
      }
      out.add(
          String.join(
              " ",
              r.owner().toString(),
              Long.toString(r.ttl()),
              Integer.toString(r.dclass()),
              r.typeName(),
              hex.formatHex(rdata),
              String.valueOf(r.extra())));
    }
    out.sort(null);
    return out;
  }
}

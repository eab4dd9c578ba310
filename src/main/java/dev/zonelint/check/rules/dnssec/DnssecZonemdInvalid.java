package dev.zonelint.check.rules.dnssec;

import dev.zonelint.check.Category;
import dev.zonelint.check.RuleContext;
import dev.zonelint.check.RuleInfo;
import dev.zonelint.check.ZoneRule;
import dev.zonelint.diag.Severity;
import dev.zonelint.dnssec.ZoneDigest;
import dev.zonelint.zone.Node;
import dev.zonelint.zone.SoaFields;
import dev.zonelint.zone.Zone;
import dev.zonelint.zone.ZoneRecord;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.xbill.DNS.Type;

/**
 * An apex ZONEMD (RFC 8976) must verify: its serial is the SOA's, no scheme and hash pair is
 * repeated, and at least one SIMPLE SHA-384 or SHA-512 digest matches the zone's data. With no
 * verifiable ZONEMD at all it warns.
 */
public final class DnssecZonemdInvalid implements ZoneRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "dnssec-zonemd-invalid",
          "An apex ZONEMD must match the zone's SOA serial and digest",
          Severity.ERROR,
          Category.DNSSEC,
          "RFC 8976 §3",
          "RFC 8976 §4");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  private static final String HELP =
      "recompute the ZONEMD after the last change (ldns-signzone -z 1:1, or the server's"
          + " ZONEMD generation), and sign afterwards";

  private record Zonemd(ZoneRecord record, long serial, int scheme, int hash) {
    byte[] digest() {
      byte[] rdata = record.rdata();
      return Arrays.copyOfRange(rdata, 6, rdata.length);
    }
  }

  @Override
  public void check(Zone zone, RuleContext context) {
    Node apex = zone.apex();
    List<ZoneRecord> records = apex == null ? List.of() : apex.records(Type.ZONEMD);
    if (records.isEmpty()) {
      return;
    }
    ZoneRecord soa = apex.first(Type.SOA);
    Long serial = soa == null ? null : soaSerial(soa);
    List<Zonemd> usable = new ArrayList<>();
    Set<Integer> pairs = new HashSet<>();
    for (ZoneRecord r : records) {
      byte[] rdata = r.rdata();
      if (rdata.length < 6) {
        continue; // the parser reports RDATA that short
      }
      Zonemd z =
          new Zonemd(
              r,
              ((long) (rdata[0] & 0xFF) << 24)
                  | ((rdata[1] & 0xFF) << 16)
                  | ((rdata[2] & 0xFF) << 8)
                  | (rdata[3] & 0xFF),
              rdata[4] & 0xFF,
              rdata[5] & 0xFF);
      if (!pairs.add(z.scheme() << 8 | z.hash())) {
        context.report(
            r,
            "a second ZONEMD with scheme "
                + z.scheme()
                + " and hash algorithm "
                + z.hash()
                + ": RFC 8976 §4 makes verification fail",
            "keep one ZONEMD per scheme and hash algorithm");
        return;
      }
      if (serial != null && z.serial() != serial) {
        context.report(
            r,
            "the ZONEMD is for serial "
                + z.serial()
                + " but the SOA serial is "
                + serial
                + ", so the digest describes another version of the zone",
            HELP);
        return;
      }
      if (z.scheme() == ZoneDigest.SCHEME_SIMPLE && ZoneDigest.hashName(z.hash()) != null) {
        usable.add(z);
      }
    }
    if (usable.isEmpty()) {
      // A warning: RFC 8976 §4 leaves such a zone unverified rather than failed, and the root
      // zone published a private-algorithm ZONEMD (hash 241) for months before SHA-384.
      context.report(
          Severity.WARNING,
          records.get(0),
          "no ZONEMD uses a scheme and hash algorithm that can be verified (SIMPLE with SHA-384 or"
              + " SHA-512), so recipients cannot verify the zone",
          "publish a ZONEMD with scheme 1 (SIMPLE) and hash algorithm 1 (SHA-384)");
      return;
    }
    Map<Integer, byte[]> computed = new HashMap<>();
    for (Zonemd z : usable) {
      byte[] actual = computed.computeIfAbsent(z.hash(), h -> ZoneDigest.simple(zone, h));
      if (MessageDigest.isEqual(actual, z.digest())) {
        return;
      }
    }
    Zonemd first = usable.get(0);
    int expected = computed.get(first.hash()).length;
    if (first.digest().length != expected) {
      context.report(
          first.record(),
          "the ZONEMD's "
              + ZoneDigest.hashName(first.hash())
              + " digest is "
              + first.digest().length
              + " octets, not "
              + expected
              + ", so it can never match: RFC 8976 §2.2.4 does not let it be truncated",
          HELP);
      return;
    }
    context.report(
        first.record(),
        "the ZONEMD digest does not match the zone's data (computed "
            + HexFormat.of().formatHex(computed.get(first.hash())).substring(0, 16)
            + "...): the zone was changed after the digest was made, and recipients that verify"
            + " ZONEMD reject it",
        HELP);
  }

  private static long soaSerial(ZoneRecord soa) {
    return SoaFields.of(soa).serial();
  }
}

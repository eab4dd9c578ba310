package dev.zonelint.check.rules.targets;

import dev.zonelint.zone.Zone;
import org.xbill.DNS.Address;
import org.xbill.DNS.Name;

/**
 * Recognises a target that was written as an IP address (BIND's check-mx and NS checks). The parser
 * turns {@code MX 10 192.0.2.1} into the name {@code 192.0.2.1.example.com.} and {@code MX 10
 * 192.0.2.1.} into {@code 192.0.2.1.}, so the address is found in the first labels.
 */
final class IpLiteral {
  private IpLiteral() {}

  /** The address the name's first labels spell, or null if it does not look like one. */
  static String of(Zone zone, Name name) {
    int labels = name.labels() - 1; // without the root label
    if (labels < 1) {
      return null;
    }
    String first = name.getLabelString(0);
    if (first.indexOf(':') >= 0) {
      // An IPv6 address with an embedded IPv4 part (::ffff:192.0.2.1) spans four labels; try it
      // first, as its first label alone (::ffff:192) is a valid address too.
      String mapped = join(name, 4);
      if (mapped != null && Address.toByteArray(mapped, Address.IPv6) != null) {
        return mapped;
      }
      return Address.toByteArray(first, Address.IPv6) != null ? first : null;
    }
    // Most targets are host names: a dotted quad starts with a number of one to three digits.
    if (first.length() > 3 || !isNumber(first)) {
      return null;
    }
    String quad = join(name, 4);
    if (quad == null || Address.toByteArray(quad, Address.IPv4) == null) {
      return null;
    }
    // The rest must be the root (written with a trailing dot) or a name of this zone that the
    // parser appended. Reverse names such as 10.2.0.192.in-addr.arpa. continue out of the zone;
    // 1.2.3.4.5.example.com. is a longer number, not an address.
    Name rest = new Name(name, 4);
    if (rest.labels() == 1) {
      return quad;
    }
    return zone.contains(rest) && !isNumber(rest.getLabelString(0)) ? quad : null;
  }

  private static String join(Name name, int count) {
    if (name.labels() - 1 < count) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        out.append('.');
      }
      out.append(name.getLabelString(i));
    }
    return out.toString();
  }

  private static boolean isNumber(String label) {
    for (int i = 0; i < label.length(); i++) {
      if (label.charAt(i) < '0' || label.charAt(i) > '9') {
        return false;
      }
    }
    return !label.isEmpty();
  }
}

package dev.zonelint.check.rules.structure;

import dev.zonelint.check.Category;
import dev.zonelint.check.NodeRule;
import dev.zonelint.check.RuleContext;
import dev.zonelint.check.RuleInfo;
import dev.zonelint.diag.Severity;
import dev.zonelint.zone.Node;
import dev.zonelint.zone.ZoneRecord;
import java.util.Set;
import org.xbill.DNS.Name;
import org.xbill.DNS.Type;

/**
 * Names that hosts use must be host names: labels of letters, digits and hyphens, not starting or
 * ending with a hyphen (RFC 952 as relaxed by RFC 1123 §2.1). BIND's check-names applies this to
 * the owners of A, AAAA and MX and to the targets of MX and NS; mail servers and some resolvers
 * reject other names, so mail bounces or the server is never used. A leading {@code *} label is
 * fine on an owner; the null MX target {@code .} (RFC 7505) is fine. Provider alias records stand
 * for A/AAAA, so their owners are checked too. BIND's exceptions for address owners (SPF {@code
 * exists:} targets, Active Directory's {@code gc._msdcs}) are kept, so that zones BIND loads pass.
 */
public final class InvalidHostname implements NodeRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "invalid-hostname",
          "A name used as a host name is not a valid host name",
          Severity.WARNING,
          Category.STRUCTURE,
          "RFC 952",
          "RFC 1123 §2.1");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public Set<Integer> triggerTypes() {
    return Set.of(Type.A, Type.AAAA, Type.MX, Type.NS);
  }

  @Override
  public boolean triggeredByPseudoRecords() {
    return true;
  }

  @Override
  public void check(Node node, RuleContext context) {
    // The owner's verdict is the same for every record at the node: work it out once.
    String ownerWhy = null;
    boolean ownerChecked = false;
    for (int i = 0, n = node.recordCount(); i < n; i++) {
      ZoneRecord r = node.record(i);
      boolean realMx = !r.isPseudo() && r.type() == Type.MX;
      boolean realNs = !r.isPseudo() && r.type() == Type.NS;
      boolean address = r.type() == Type.A || r.type() == Type.AAAA;
      if (!address && !realMx && !realNs) {
        continue;
      }
      String ownerProblem = null;
      String targetProblem = null;
      if (address || realMx) {
        if (!ownerChecked) {
          ownerWhy = problem(node.name(), true);
          ownerChecked = true;
        }
        String why =
            ownerWhy == null || (address && bindAddressException(node.name())) ? null : ownerWhy;
        if (why != null) {
          ownerProblem =
              "owner '"
                  + node.name()
                  + "' of this "
                  + r.typeName()
                  + " is not a host name ("
                  + why
                  + "): named refuses to load the zone as a primary, where check-names defaults"
                  + " to fail"
                  + (realMx ? "" : ", and CAs will not issue TLS certificates for it");
        }
      }
      // The common case is decided on the stored RDATA, without decoding the target.
      if ((realMx || realNs) && !isHostName(r.rdata(), realMx ? 2 : 0, false)) {
        Name target = context.target(r);
        String why = problem(target, false);
        if (why != null) {
          targetProblem =
              "target '"
                  + target
                  + "' of this "
                  + r.typeName()
                  + " is not a host name ("
                  + why
                  + ")"
                  + (realMx
                      ? ": sending mail servers will not deliver to it"
                      : ": named refuses to load the zone as a primary");
        }
      }
      if (ownerProblem != null || targetProblem != null) {
        context.report(
            r,
            ownerProblem == null
                ? targetProblem
                : targetProblem == null ? ownerProblem : ownerProblem + "; " + targetProblem,
            "rename the host using letters, digits and hyphens only (for example 'host-name'"
                + " rather than 'host_name'); underscore labels such as '_dmarc' or '_sip._tcp'"
                + " are for TXT and SRV, never for A/AAAA, MX or NS");
      }
    }
  }

  /**
   * BIND's check-names exempts two kinds of address owners that are in wide use: names with an
   * {@code _spf}, {@code _spf_verify} or {@code _spf_rate} label, which SPF {@code exists:} macros
   * query for A records (RFC 7208 §5.7), and Active Directory's {@code gc._msdcs.<forest>}.
   */
  static boolean bindAddressException(Name name) {
    int labels = name.labels(); // includes the root label
    if (labels <= 2) {
      return false;
    }
    if (name.getLabelString(0).equalsIgnoreCase("gc")
        && name.getLabelString(1).equalsIgnoreCase("_msdcs")
        && problem(new Name(name, 2), false) == null) {
      return true;
    }
    for (int i = 0; i < labels - 2; i++) {
      String label = name.getLabelString(i);
      if (label.equalsIgnoreCase("_spf")
          || label.equalsIgnoreCase("_spf_verify")
          || label.equalsIgnoreCase("_spf_rate")) {
        return true;
      }
    }
    return false;
  }

  /** Why the name is not an RFC 1123 host name, or null if it is one. */
  static String problem(Name name, boolean owner) {
    // The common case, decided on the wire bytes without building label strings (lower-cased
    // ones: toWire() would make a Name for every suffix of the name).
    if (isHostName(name.toWireCanonical(), 0, owner && name.isWild())) {
      return null;
    }
    int labels = name.labels();
    int start = owner && name.isWild() ? 1 : 0;
    for (int i = start; i < labels; i++) {
      String label = name.getLabelString(i);
      if (label.isEmpty()) {
        continue; // the root label
      }
      if (label.equals("*")) {
        return owner
            ? "a '*' label is a wildcard only as the leftmost label"
            : "a wildcard label '*' cannot name a host";
      }
      for (int c = 0; c < label.length(); c++) {
        char ch = label.charAt(c);
        if (!isLdh(ch)) {
          return "label '" + label + "' contains '" + shown(label, c) + "'";
        }
      }
      if (label.charAt(0) == '-') {
        return "label '" + label + "' starts with a hyphen";
      }
      if (label.charAt(label.length() - 1) == '-') {
        return "label '" + label + "' ends with a hyphen";
      }
    }
    return null;
  }

  /**
   * Whether every label of the wire name at {@code start} (after a leading wildcard, if allowed) is
   * letters, digits and inner hyphens.
   */
  private static boolean isHostName(byte[] wire, int start, boolean skipFirst) {
    int at = skipFirst ? start + (wire[start] & 0xFF) + 1 : start;
    while (at < wire.length) {
      int length = wire[at] & 0xFF;
      if (length == 0) {
        return true;
      }
      if (wire[at + 1] == '-' || wire[at + length] == '-') {
        return false;
      }
      for (int i = at + 1; i <= at + length; i++) {
        if (!isLdh((char) (wire[i] & 0xFF))) {
          return false;
        }
      }
      at += length + 1;
    }
    return true;
  }

  /**
   * Letters, digits and hyphen by code: under C1 one lookup, where the tests compiled as a call.
   */
  private static final boolean[] LDH = new boolean[128];

  static {
    for (char c = 'a'; c <= 'z'; c++) {
      LDH[c] = true;
      LDH[Character.toUpperCase(c)] = true;
    }
    for (char c = '0'; c <= '9'; c++) {
      LDH[c] = true;
    }
    LDH['-'] = true;
  }

  private static boolean isLdh(char ch) {
    return ch < 128 && LDH[ch];
  }

  /** The offending character as written in a zone file: dnsjava escapes odd bytes as \DDD. */
  private static String shown(String label, int at) {
    if (label.charAt(at) != '\\' || at + 1 >= label.length()) {
      return String.valueOf(label.charAt(at));
    }
    boolean decimal = at + 3 < label.length() && Character.isDigit(label.charAt(at + 1));
    return label.substring(at, decimal ? at + 4 : at + 2);
  }
}

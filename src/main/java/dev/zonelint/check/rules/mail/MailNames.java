package dev.zonelint.check.rules.mail;

import dev.zonelint.zone.Labels;
import dev.zonelint.zone.Node;
import dev.zonelint.zone.ZoneRecord;
import java.util.List;
import org.xbill.DNS.Name;
import org.xbill.DNS.Type;

/**
 * The owner-name conventions of mail authentication and a few shared tests. The few public ones are
 * also what the inventory reads, so both agree on what a name's mail posture is.
 */
public final class MailNames {
  private MailNames() {}

  /** Whether label {@code index} (0 is the leftmost) is {@code label} in any letter case. */
  static boolean labelIs(Name name, int index, String label) {
    return index < name.labels() - 1 && Labels.is(name, index, label);
  }

  /** A DMARC policy name: {@code _dmarc.<domain>} (RFC 7489 §6.1). */
  static boolean isDmarcName(Name name) {
    return labelIs(name, 0, "_dmarc");
  }

  /** {@code <domain>._report._dmarc.<receiver>}: external report authorization (RFC 7489 §7.1). */
  static boolean isReportAuthorization(Name name) {
    for (int i = 0; i + 1 < name.labels() - 1; i++) {
      if (labelIs(name, i, "_report") && labelIs(name, i + 1, "_dmarc")) {
        return true;
      }
    }
    return false;
  }

  /** A DKIM key name: {@code <selector>._domainkey.<domain>} (RFC 6376 §3.6.2.1). */
  public static boolean isDkimName(Name name) {
    for (int i = 1; i < name.labels() - 1; i++) {
      if (labelIs(name, i, "_domainkey")) {
        return true;
      }
    }
    return false;
  }

  /** The selector of a DKIM key name, for messages: the labels before {@code _domainkey}. */
  public static String selector(Name name) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < name.labels() - 1 && !labelIs(name, i, "_domainkey"); i++) {
      out.append(i == 0 ? "" : ".").append(name.getLabelString(i));
    }
    return out.toString();
  }

  /**
   * An SPF record: TXT text that starts with {@code v=spf1} then a space or the end (RFC 7208
   * §4.5).
   */
  static boolean isSpf(String text) {
    return text.regionMatches(true, 0, "v=spf1", 0, 6)
        && (text.length() == 6 || text.charAt(6) == ' ');
  }

  /** The first SPF TXT record at a node, or null. */
  public static ZoneRecord spf(Node node) {
    for (ZoneRecord r : node.records(Type.TXT)) {
      if (isSpf(r.txt())) {
        return r;
      }
    }
    return null;
  }

  /** An MX whose exchange is the root (RFC 7505), whatever its preference. */
  public static boolean isNullMx(ZoneRecord mx) {
    // Wire RDATA: a 2-octet preference, then the exchange; the root name is one zero octet.
    byte[] rdata = mx.rdata();
    return rdata.length == 3 && rdata[2] == 0;
  }

  /** What the node's MX records say of its mail, for the mail-posture rules. */
  enum MxPosture {
    /** No MX in effect: none, or the name is not served, or a CNAME stands there. */
    NONE,
    /** Every MX is a null MX (RFC 7505): the name takes no mail. */
    NULL_MX,
    /** Null and real MX records together: null-mx-mixed's finding. */
    MIXED,
    /** Every MX names a real exchange. */
    RECEIVES,
  }

  /** The posture of the node's MX records. */
  static MxPosture mxPosture(Node node) {
    List<ZoneRecord> mx = node.records(Type.MX);
    if (mx.isEmpty() || !node.isServed() || node.has(Type.CNAME)) {
      return MxPosture.NONE;
    }
    int nulls = 0;
    for (ZoneRecord r : mx) {
      nulls += isNullMx(r) ? 1 : 0;
    }
    return nulls == 0
        ? MxPosture.RECEIVES
        : nulls == mx.size() ? MxPosture.NULL_MX : MxPosture.MIXED;
  }

  /** Whether the node owns a real TXT record: the first test of every TXT rule, the cheapest. */
  static boolean hasTxt(Node node) {
    return node.has(Type.TXT);
  }

  /** " (character 12 of the TXT text)" for a position past the first, else "". */
  static String at(int column) {
    return column > 1 ? " (character " + column + " of the TXT text)" : "";
  }

  /**
   * The domain below the first {@code label} in a name ({@code example.com} for {@code
   * _dmarc.example.com.}), without the trailing dot, for examples in help texts.
   */
  static String domainOf(Name name, String label) {
    Name domain = name;
    for (int i = 0; i < name.labels() - 1; i++) {
      if (labelIs(name, i, label)) {
        domain = new Name(name, i + 1);
        break;
      }
    }
    return domain.toString(true);
  }
}

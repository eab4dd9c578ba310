package dev.zonelint.inventory;

import dev.zonelint.check.rules.mail.DmarcLookup;
import dev.zonelint.check.rules.mail.MailNames;
import dev.zonelint.mail.dmarc.DmarcRecord;
import dev.zonelint.mail.spf.Directive;
import dev.zonelint.mail.spf.SpfParser;
import dev.zonelint.mail.spf.SpfRecord;
import dev.zonelint.zone.Node;
import dev.zonelint.zone.Zone;
import dev.zonelint.zone.ZoneRecord;
import java.util.List;
import java.util.Locale;
import org.xbill.DNS.Type;

/**
 * What a name says about mail, as the zone alone shows it.
 *
 * @param mx whether the name receives mail
 * @param spf how the name's SPF record ends
 * @param spfSenders whether the SPF record lets any sender pass (a mechanism besides {@code all},
 *     or a redirect)
 * @param dmarc the DMARC policy that applies: the name's own, else the apex's
 * @param dmarcOrganisational whether that policy is the apex's (its {@code sp=})
 * @param dmarcGap what keeps DMARC from rejecting all failing mail from the name, or null
 * @param dkimSelectors the selectors under {@code _domainkey.<name>} in the zone, sorted
 */
public record MailPosture(
    Mx mx,
    Spf spf,
    boolean spfSenders,
    Dmarc dmarc,
    boolean dmarcOrganisational,
    String dmarcGap,
    List<String> dkimSelectors) {

  /** Whether the name receives mail. */
  public enum Mx {
    MX,
    NULL_MX,
    NONE;

    public String label() {
      return this == NULL_MX ? "null MX" : this == MX ? "MX" : "none";
    }
  }

  /** The result an SPF check of the name gives a sender that nothing lists. */
  public enum Spf {
    PASS_ALL,
    SOFT_FAIL,
    HARD_FAIL,
    NEUTRAL,
    /** No {@code all}, but a redirect: the other domain's record decides. */
    REDIRECT,
    /** Several SPF records, or one that does not parse: permerror. */
    INVALID,
    NONE;

    public String label() {
      return switch (this) {
        case PASS_ALL -> "pass-all";
        case SOFT_FAIL -> "soft";
        case HARD_FAIL -> "hard";
        default -> name().toLowerCase(Locale.ROOT);
      };
    }
  }

  /** The DMARC policy that applies to the name. */
  public enum Dmarc {
    REJECT,
    QUARANTINE,
    NONE,
    /** A DMARC record without a valid policy. */
    INVALID,
    /** {@code _dmarc} is a CNAME or delegated: the policy lives in another zone. */
    ELSEWHERE,
    MISSING;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public MailPosture {
    dkimSelectors = List.copyOf(dkimSelectors);
  }

  /** The posture of {@code node}; {@code dkimSelectors} come from the zone-wide scan. */
  static MailPosture of(Zone zone, Node node, List<String> dkimSelectors) {
    Mx mx = Mx.NONE;
    for (ZoneRecord r : node.records(Type.MX)) {
      mx = MailNames.isNullMx(r) && mx != Mx.MX ? Mx.NULL_MX : Mx.MX;
    }
    int spfCount = 0;
    for (ZoneRecord r : node.records(Type.TXT)) {
      spfCount += SpfRecord.isSpf(r.txt()) ? 1 : 0;
    }
    ZoneRecord spfTxt = MailNames.spf(node);
    SpfRecord spf = spfTxt == null ? null : SpfParser.parse(spfTxt.txt());
    DmarcLookup lookup = DmarcLookup.applying(zone, node);
    return new MailPosture(
        mx,
        spfCount > 1 ? Spf.INVALID : spf(spf),
        spf != null
            && (spf.redirect() != null || spf.directives().size() > (spf.all() == null ? 0 : 1)),
        dmarc(lookup, node),
        lookup.state() == DmarcLookup.State.FOUND && lookup.inherited(node),
        lookup.rejectGap(node),
        dkimSelectors);
  }

  private static Spf spf(SpfRecord spf) {
    if (spf == null) {
      return Spf.NONE;
    }
    if (!spf.valid()) {
      return Spf.INVALID;
    }
    Directive all = spf.all();
    if (all == null) {
      // RFC 7208 §4.7: with no match and no redirect the result is neutral.
      return spf.redirect() != null ? Spf.REDIRECT : Spf.NEUTRAL;
    }
    return switch (all.qualifier()) {
      case PASS -> Spf.PASS_ALL;
      case FAIL -> Spf.HARD_FAIL;
      case SOFTFAIL -> Spf.SOFT_FAIL;
      case NEUTRAL -> Spf.NEUTRAL;
    };
  }

  private static Dmarc dmarc(DmarcLookup lookup, Node node) {
    return switch (lookup.state()) {
      case ELSEWHERE -> Dmarc.ELSEWHERE;
      case NONE -> Dmarc.MISSING;
      case FOUND -> {
        DmarcRecord.Policy policy = lookup.policyFor(node);
        yield policy == null ? Dmarc.INVALID : Dmarc.valueOf(policy.name());
      }
    };
  }

  /** Whether the name sends or receives mail: a real MX, or SPF that lets a sender pass. */
  public boolean sendsOrReceivesMail() {
    return mx == Mx.MX || spfSenders;
  }
}

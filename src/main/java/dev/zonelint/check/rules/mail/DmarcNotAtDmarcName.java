package dev.zonelint.check.rules.mail;

import dev.zonelint.check.Category;
import dev.zonelint.check.NodeRule;
import dev.zonelint.check.RuleContext;
import dev.zonelint.check.RuleInfo;
import dev.zonelint.diag.Severity;
import dev.zonelint.mail.dmarc.DmarcRecord;
import dev.zonelint.zone.Node;
import dev.zonelint.zone.ZoneRecord;
import java.util.Locale;
import java.util.Set;
import org.xbill.DNS.Name;
import org.xbill.DNS.NameTooLongException;
import org.xbill.DNS.Type;

/**
 * Receivers look for a domain's DMARC policy only at {@code _dmarc.<domain>} (RFC 7489 §6.1), so a
 * {@code v=DMARC1} record anywhere else (usually at the domain itself, or at {@code dmarc.} without
 * the underscore) protects nothing. External report authorizations ({@code
 * <domain>._report._dmarc.<receiver>}, RFC 7489 §7.1) also start with {@code v=DMARC1} and are left
 * alone.
 */
public final class DmarcNotAtDmarcName implements NodeRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "dmarc-not-at-dmarc-name",
          "A DMARC record must be published at a _dmarc name",
          Severity.WARNING,
          Category.MAIL,
          "RFC 7489 §6.1",
          "RFC 7489 §7.1");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  private static final Name DMARC = Name.fromConstantString("_dmarc");

  @Override
  public Set<Integer> triggerTypes() {
    return Set.of(Type.TXT);
  }

  @Override
  public void check(Node node, RuleContext context) {
    if (!MailNames.hasTxt(node) || !node.isServed()) {
      return;
    }
    Name name = node.name();
    for (ZoneRecord r : node.records(Type.TXT)) {
      if (!DmarcRecord.mentionsDmarc(r.txt())
          || MailNames.isDmarcName(name)
          || MailNames.isReportAuthorization(name)) {
        continue;
      }
      context.report(
          r,
          "this TXT at '"
              + name
              + "' is a DMARC policy, but receivers look for DMARC only at '_dmarc.' names:"
              + " here it has no effect",
          "move the record to '" + intended(name) + "' and delete it here");
    }
  }

  /** The _dmarc name the admin most likely meant. */
  private static String intended(Name name) {
    boolean misspelled =
        name.labels() > 1 && name.getLabelString(0).toLowerCase(Locale.ROOT).contains("dmarc");
    Name domain = misspelled ? new Name(name, 1) : name;
    try {
      return Name.concatenate(DMARC, domain).toString();
    } catch (NameTooLongException e) {
      return "_dmarc." + domain;
    }
  }
}

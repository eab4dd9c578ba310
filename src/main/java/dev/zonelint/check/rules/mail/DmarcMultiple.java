package dev.zonelint.check.rules.mail;

import dev.zonelint.check.Category;
import dev.zonelint.check.NodeRule;
import dev.zonelint.check.RuleContext;
import dev.zonelint.check.RuleInfo;
import dev.zonelint.diag.Related;
import dev.zonelint.diag.Severity;
import dev.zonelint.mail.dmarc.DmarcRecord;
import dev.zonelint.zone.Node;
import dev.zonelint.zone.ZoneRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.xbill.DNS.Type;

/**
 * A {@code _dmarc} name must hold one DMARC record. RFC 7489 §6.6.3: when more than one TXT there
 * starts with {@code v=DMARC1}, receivers stop policy discovery and apply no DMARC at all, so the
 * domain loses the protection both records meant to give. Reported on the first record, with the
 * others as related locations.
 */
public final class DmarcMultiple implements NodeRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "dmarc-multiple",
          "A _dmarc name must hold exactly one DMARC record",
          Severity.ERROR,
          Category.MAIL,
          "RFC 7489 §6.6.3");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public Set<Integer> triggerTypes() {
    return Set.of(Type.TXT);
  }

  @Override
  public void check(Node node, RuleContext context) {
    if (!MailNames.hasTxt(node) || !MailNames.isDmarcName(node.name()) || !node.isServed()) {
      return;
    }
    List<ZoneRecord> dmarc = new ArrayList<>(2);
    for (ZoneRecord r : node.records(Type.TXT)) {
      if (DmarcRecord.isDmarc(r.txt())) {
        dmarc.add(r);
      }
    }
    if (dmarc.size() < 2) {
      return;
    }
    List<Related> others = new ArrayList<>();
    for (ZoneRecord r : dmarc.subList(1, dmarc.size())) {
      others.add(new Related(context.location(r), "another DMARC record is here"));
    }
    context.report(
        dmarc.get(0),
        "'"
            + node.name()
            + "' has "
            + dmarc.size()
            + " DMARC records: receivers apply no DMARC policy at all when there is more than one",
        "merge them into a single TXT record starting with v=DMARC1 and delete the others",
        others);
  }
}

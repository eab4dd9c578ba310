package dev.zonelint.check.rules.targets;

import dev.zonelint.check.Category;
import dev.zonelint.check.NodeRule;
import dev.zonelint.check.RuleContext;
import dev.zonelint.check.RuleInfo;
import dev.zonelint.check.rules.mail.MailNames;
import dev.zonelint.diag.Severity;
import dev.zonelint.zone.Node;
import dev.zonelint.zone.ZoneRecord;
import java.util.List;
import java.util.Set;
import org.xbill.DNS.MXRecord;
import org.xbill.DNS.Type;

/**
 * A null MX ({@code MX 0 .}) says the domain accepts no mail, and RFC 7505 §3 forbids any other MX
 * beside it: senders then either bounce at once or try the other exchanges, depending on the
 * software. Any MX whose exchange is the root counts as a null MX here, whatever its preference
 * (RFC 7505 §3 requires 0, but "." can never be a mail host either way); it is reported only when
 * the name also has an MX with a real exchange.
 */
public final class NullMxMixed implements NodeRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "null-mx-mixed",
          "A null MX must be the only MX record at its name",
          Severity.ERROR,
          Category.TARGETS,
          "RFC 7505 §3");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public Set<Integer> triggerTypes() {
    return Set.of(Type.MX);
  }

  @Override
  public void check(Node node, RuleContext context) {
    if (!node.isServed()) {
      return;
    }
    List<ZoneRecord> all = node.records(Type.MX);
    ZoneRecord other = null;
    for (ZoneRecord mx : all) {
      if (!MailNames.isNullMx(mx)) {
        other = mx;
        break;
      }
    }
    if (other == null) {
      return;
    }
    for (ZoneRecord mx : all) {
      if (!MailNames.isNullMx(mx)) {
        continue;
      }
      int preference = mx.toDns() instanceof MXRecord record ? record.getPriority() : 0;
      String nonZero =
          preference == 0 ? "" : " (and a null MX must have preference 0, not " + preference + ")";
      context.report(
          mx,
          "'"
              + node.name()
              + "' has a null MX, which says it receives no mail, and also the MX '"
              + other.target()
              + "': senders either bounce at once or deliver to it, depending on their"
              + " software"
              + nonZero,
          "decide whether '"
              + node.name()
              + "' receives mail: if it does, delete the null MX; if not, delete the other MX"
              + " records and keep 'MX 0 .' alone",
          other,
          "the other MX is here");
    }
  }
}

package dev.zonelint.check.rules.mail;

import dev.zonelint.check.RuleContext;
import dev.zonelint.diag.Related;
import dev.zonelint.mail.sts.StsIssue;
import dev.zonelint.zone.Node;
import dev.zonelint.zone.ZoneRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.xbill.DNS.Type;

/**
 * The shared check of the one-record mail policies published as TXT at a fixed name (MTA-STS at
 * {@code _mta-sts}, TLS-RPT at {@code _smtp._tls}): every record that looks like the policy must
 * parse, and only one may be there, or senders ignore them all.
 *
 * @param labels the name's leftmost labels, e.g. {@code _smtp}, {@code _tls}
 * @param kind how the policy is named in messages
 * @param isPolicy whether a TXT is the policy as senders count it
 * @param mentions whether a TXT is meant as the policy (and so worth parsing)
 * @param issues the grammar's findings on a TXT
 * @param consequence what senders do when they ignore the policy
 * @param help how to write the record
 * @param multipleHelp what to do about several records
 */
record PolicyTxt(
    List<String> labels,
    String kind,
    Predicate<String> isPolicy,
    Predicate<String> mentions,
    Function<String, List<StsIssue>> issues,
    String consequence,
    String help,
    String multipleHelp) {

  void check(Node node, RuleContext context) {
    if (!MailNames.hasTxt(node) || !atPolicyName(node) || !node.isServed()) {
      return;
    }
    List<ZoneRecord> counted = new ArrayList<>(1);
    for (ZoneRecord r : node.records(Type.TXT)) {
      String text = r.txt();
      if (isPolicy.test(text)) {
        counted.add(r);
      }
      if (!mentions.test(text)) {
        continue;
      }
      for (StsIssue issue : issues.apply(text)) {
        context.report(
            r,
            issue.message()
                + MailNames.at(issue.column())
                + ": senders ignore the record and "
                + consequence,
            help);
      }
    }
    if (counted.size() > 1) {
      List<Related> others = new ArrayList<>();
      for (ZoneRecord r : counted.subList(1, counted.size())) {
        others.add(new Related(context.location(r), "another " + kind + " record is here"));
      }
      context.report(
          counted.get(0),
          "'"
              + node.name()
              + "' has "
              + counted.size()
              + " "
              + kind
              + " records: senders ignore them all and "
              + consequence,
          multipleHelp,
          others);
    }
  }

  private boolean atPolicyName(Node node) {
    for (int i = 0; i < labels.size(); i++) {
      if (!MailNames.labelIs(node.name(), i, labels.get(i))) {
        return false;
      }
    }
    return true;
  }
}

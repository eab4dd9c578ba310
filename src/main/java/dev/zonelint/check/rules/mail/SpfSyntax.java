package dev.zonelint.check.rules.mail;

import dev.zonelint.check.Category;
import dev.zonelint.check.NodeRule;
import dev.zonelint.check.RuleContext;
import dev.zonelint.check.RuleInfo;
import dev.zonelint.diag.Severity;
import dev.zonelint.mail.spf.Modifier;
import dev.zonelint.mail.spf.SpfError;
import dev.zonelint.mail.spf.SpfRecord;
import dev.zonelint.mail.spf.Term;
import dev.zonelint.zone.Node;
import dev.zonelint.zone.ZoneRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.xbill.DNS.Type;

/**
 * An SPF record must follow the grammar of RFC 7208 §12: a receiver that meets a term it cannot
 * parse returns permerror for the whole record (§4.6), so SPF fails for every message of the
 * domain, and DMARC with it. The message names the first bad term and its column in the joined TXT
 * text (RFC 7208 §3.3). Also reported: a modifier named like a mechanism ({@code include=x}) or a
 * second {@code v=spf1} inside the record, which the grammar reads as an unknown modifier that
 * receivers silently ignore (§6).
 */
public final class SpfSyntax implements NodeRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "spf-syntax",
          "An SPF record must follow the RFC 7208 grammar",
          Severity.ERROR,
          Category.MAIL,
          "RFC 7208 §12",
          "RFC 7208 §4.6");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  private static final Set<String> MECHANISMS =
      Set.of("all", "include", "a", "mx", "ptr", "ip4", "ip6", "exists", "v");

  private final SpfMemo memo;

  public SpfSyntax() {
    this(new SpfMemo());
  }

  SpfSyntax(SpfMemo memo) {
    this.memo = memo;
  }

  @Override
  public Set<Integer> triggerTypes() {
    return Set.of(Type.TXT);
  }

  @Override
  public void check(Node node, RuleContext context) {
    List<SpfZone.Entry> entries = memo.of(context).collect(context.zone(), node);
    if (entries.isEmpty()) {
      return;
    }
    for (SpfZone.Entry e : entries) {
      ZoneRecord r = e.txt();
      SpfRecord spf = e.spf();
      if (spf.valid() && !suspicious(spf)) {
        continue;
      }
      List<SpfError> errors = new ArrayList<>(spf.errors());
      for (Term t : spf.terms()) {
        if (t instanceof Modifier.Unknown u && MECHANISMS.contains(lower(u.name()))) {
          errors.add(new SpfError(u.column(), u.text(), ignoredModifier(u)));
        }
      }
      if (errors.isEmpty()) {
        continue;
      }
      errors.sort((a, b) -> Integer.compare(a.column(), b.column()));
      SpfError first = errors.get(0);
      String more =
          errors.size() == 1
              ? ""
              : "; "
                  + (errors.size() - 1)
                  + " more bad term"
                  + (errors.size() > 2 ? "s" : "")
                  + ": "
                  + others(errors);
      String help =
          spf.valid()
              ? "receivers ignore a term they read as an unknown modifier, so the hosts it was"
                  + " meant to authorise fail SPF: write mechanisms with ':' and publish one"
                  + " policy per TXT record"
              : "fix the term as RFC 7208 §5 and §6 spell it; until then receivers return"
                  + " permerror for the whole record, so SPF (and DMARC through it) fails for all"
                  + " mail from '"
                  + node.name()
                  + "'";
      context.report(
          r,
          "SPF term '"
              + first.term()
              + "' at column "
              + (first.column() + 1)
              + " of the record is invalid: "
              + first.message()
              + more,
          help);
    }
  }

  /** Whether the record has an unknown modifier named like a mechanism or like the version. */
  private static boolean suspicious(SpfRecord spf) {
    for (Term t : spf.terms()) {
      if (t instanceof Modifier.Unknown u && MECHANISMS.contains(lower(u.name()))) {
        return true;
      }
    }
    return false;
  }

  private static String ignoredModifier(Modifier.Unknown u) {
    if (lower(u.name()).equals("v")) {
      return "a second 'v=spf1' inside the record: two policies were merged into one TXT;"
          + " receivers ignore it as an unknown modifier";
    }
    return "'"
        + u.name()
        + "=' is read as an unknown modifier and silently ignored; write '"
        + lower(u.name())
        + ":"
        + u.value().text()
        + "'";
  }

  private static String others(List<SpfError> errors) {
    StringBuilder out = new StringBuilder();
    for (int i = 1; i < errors.size() && i <= 3; i++) {
      out.append(i > 1 ? ", " : "")
          .append('\'')
          .append(errors.get(i).term())
          .append("' at column ")
          .append(errors.get(i).column() + 1);
    }
    return out.append(errors.size() > 4 ? " and " + (errors.size() - 4) + " more" : "").toString();
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}

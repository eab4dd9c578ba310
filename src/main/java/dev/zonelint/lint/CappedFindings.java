package dev.zonelint.lint;

import dev.zonelint.check.FindingSink;
import dev.zonelint.diag.Diagnostic;
import dev.zonelint.diag.Location;
import dev.zonelint.diag.Severity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.Predicate;

/**
 * The findings a file's report keeps, taken one at a time as the checking threads make them: those
 * no inline comment suppresses and the selection leaves on, at the severity it gives, and of each
 * rule the first {@code max} in report order, with a count of the rest (0: only the counts).
 * Holding every finding until the end kept about 600 bytes each alive on a zone with findings on
 * most names (5M records: 245,000 findings, 5,000 of them shown), and a broken zone of tens of
 * millions of records could run out of memory on findings nobody sees.
 */
final class CappedFindings implements FindingSink {
  /**
   * Report order, then every other field, so that which of two findings the same in report order is
   * kept does not depend on which thread made its finding first. (A class, not a lambda: lambdas
   * link on first use, at start-up.)
   */
  private static final Comparator<Diagnostic> TOTAL = new TotalOrder();

  private static final Comparator<Diagnostic> LAST_FIRST = Collections.reverseOrder(TOTAL);

  private static final class TotalOrder implements Comparator<Diagnostic> {
    @Override
    public int compare(Diagnostic a, Diagnostic b) {
      int c = Diagnostic.ORDER.compare(a, b);
      return c != 0 ? c : a.toString().compareTo(b.toString());
    }
  }

  private final Suppressions suppressions;
  private final RuleSelection selection;
  private final int max;
  // Per rule: its first findings so far (at least one, to place the count of the rest when none is
  // shown) with the last of them in report order on top, and how serious the worst not shown is.
  private final Map<String, PriorityQueue<Diagnostic>> kept = new HashMap<>();
  private final Map<String, Severity> worstHidden = new HashMap<>();
  private final Map<String, Integer> total = new HashMap<>();

  CappedFindings(Suppressions suppressions, RuleSelection selection, int max) {
    this.suppressions = suppressions;
    this.selection = selection;
    this.max = Math.max(0, max);
  }

  @Override
  public synchronized void accept(Diagnostic finding) {
    if (!suppressions.suppresses(finding)) {
      keep(selection.apply(finding));
    }
  }

  /**
   * A finding after the last one a full rule keeps, in report order, is hidden whatever its text:
   * counted here as {@link #keep} would. One that a suppression may cover, or at the same place as
   * the last kept, goes the whole way.
   */
  @Override
  public synchronized boolean countIfHidden(String rule, Severity severity, Location at) {
    if (!selection.isEnabled(rule) || suppressions.mentions(rule)) {
      return false;
    }
    PriorityQueue<Diagnostic> first = kept.get(rule);
    if (first == null
        || first.size() < Math.max(max, 1)
        || at.compareTo(first.peek().location()) <= 0) {
      return false;
    }
    total.put(rule, total.get(rule) + 1);
    hide(rule, selection.severity(rule, severity));
    return true;
  }

  private void keep(Diagnostic finding) {
    if (finding == null) {
      return;
    }
    String rule = finding.rule();
    total.put(rule, total.getOrDefault(rule, 0) + 1);
    PriorityQueue<Diagnostic> first = kept.get(rule);
    if (first == null) {
      first = new PriorityQueue<>(LAST_FIRST);
      kept.put(rule, first);
    }
    Diagnostic hidden = finding;
    if (first.size() < Math.max(max, 1)) {
      first.add(finding);
      hidden = max == 0 ? finding : null;
    } else if (TOTAL.compare(finding, first.peek()) < 0) {
      Diagnostic evicted = first.poll();
      first.add(finding);
      // With nothing shown the one kept only places the count, and every finding is hidden.
      hidden = max == 0 ? finding : evicted;
    }
    if (hidden != null) {
      hide(rule, hidden.severity());
    }
  }

  private void hide(String rule, Severity severity) {
    Severity worst = worstHidden.get(rule);
    if (worst == null || severity.atLeast(worst)) {
      worstHidden.put(rule, severity);
    }
  }

  /**
   * The findings kept, in report order, with the {@code unused-suppression} ones and, for each rule
   * cut short, a finding at its last one shown that says how many are not.
   *
   * @param ran whether a rule ran; suppressions of other rules are not judged unused
   */
  synchronized List<Diagnostic> result(Predicate<String> ran) {
    for (Diagnostic unused : suppressions.leftovers(ran)) {
      keep(selection.apply(unused));
    }
    List<Diagnostic> out = new ArrayList<>();
    for (Map.Entry<String, PriorityQueue<Diagnostic>> rule : kept.entrySet()) {
      PriorityQueue<Diagnostic> first = rule.getValue();
      int shown = Math.min(max, first.size());
      int more = total.get(rule.getKey()) - shown;
      if (more > 0) {
        out.add(notShown(first.peek(), worstHidden.get(rule.getKey()), more));
      }
      if (shown > 0) {
        out.addAll(first);
      }
    }
    Collections.sort(out, TOTAL);
    return out;
  }

  /**
   * The count of a rule's findings not shown, at its last one shown (its first when none is), as
   * serious as the worst of them: a hidden error still fails the check.
   */
  private Diagnostic notShown(Diagnostic lastShown, Severity worst, int more) {
    return new Diagnostic(
        lastShown.rule(),
        worst,
        lastShown.location(),
        "",
        "",
        more + " more " + lastShown.rule() + " findings in this file are not shown",
        "raise --max-diagnostics (now " + max + ") to see them all",
        List.of());
  }
}
